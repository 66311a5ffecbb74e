package org.dmreport.cli;

import org.dmreport.input.core.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into {@code version.properties} at build time, for {@code --version}. */
final class VersionProvider implements IVersionProvider {

    static String version() {
        return BuildInfo.version();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"dmreport " + version()};
    }
}
