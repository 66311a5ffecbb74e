package org.dmreport.cli;

import java.util.concurrent.Callable;
import org.dmreport.report.RuleCatalogRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dmreport rules}: the rule catalogue. */
@Command(name = "rules", mixinStandardHelpOptions = true, sortOptions = false)
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
    public Integer call() {
        String text = switch (format) {
            case "text" -> RuleCatalogRenderer.text();
            case "json" -> RuleCatalogRenderer.json();
            case "md" -> RuleCatalogRenderer.markdown();
            default -> throw new UsageException("--format must be text, json or md, not '" + format + "'");
        };
        streams.out().print(text);
        streams.out().flush();
        return ExitCode.OK.code();
    }
}
