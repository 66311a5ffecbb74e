package org.dmreport.input.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.zip.CRC32;

/** What this build is: the version Maven wrote at build time, and a checksum of a class's code. */
public final class BuildInfo {

    private BuildInfo() {}

    /** The version in {@code version.properties}, or {@code unknown}. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/org/dmreport/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }

    /** A CRC-32 of {@code type}'s class file, in hex: it changes whenever its code does. */
    public static String codeOf(Class<?> type) {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            if (in == null) {
                throw new IllegalStateException("no class file for " + type.getName());
            }
            CRC32 crc = new CRC32();
            crc.update(in.readAllBytes());
            return Long.toHexString(crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
