package org.dmreport.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.dmreport.app.OutputFiles;
import org.dmreport.report.Renderer;
import org.dmreport.report.Renderers;
import org.dmreport.rules.RuleCatalog;
import org.dmreport.rules.RuleDescriptor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dmreport rules}: the rule catalogue. */
@Command(name = "rules")
final class RulesCommand implements Callable<Integer> {

    private final Streams streams;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "text|json|md",
            defaultValue = "text",
            completionCandidates = Candidates.RulesFormats.class)
    String format;

    RulesCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
        Renderer<List<RuleDescriptor>> renderer = Renderers.rules(format)
                .orElseThrow(() -> new UsageException("--format must be text, json or md, not '" + format + "'"));
        if (Outcomes.stopped(OutputFiles.write("-", renderer.of(RuleCatalog.descriptors()), streams.out()), streams)) {
            return ExitCode.USAGE.code();
        }
        return ExitCode.OK.code();
    }
}
