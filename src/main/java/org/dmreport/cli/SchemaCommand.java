package org.dmreport.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.dmreport.app.OutputFiles;
import org.dmreport.input.schema.SchemaValidator;
import org.dmreport.report.Output;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dmreport schema summary|full}: the published JSON Schemas, for editors and other tools. */
@Command(name = "schema")
final class SchemaCommand implements Callable<Integer> {

    private final Streams streams;

    @Parameters(
            paramLabel = "summary|full",
            description = "Which schema.",
            completionCandidates = Candidates.Schemas.class)
    String which;

    SchemaCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
        String resource = switch (which) {
            case "summary" -> SchemaValidator.SUMMARY;
            case "full" -> SchemaValidator.FULL;
            default -> throw new UsageException("the schema is summary or full, not '" + which + "'");
        };
        OutputFiles.write("-", Output.of(SchemaValidator.text(resource)), streams.out());
        return ExitCode.OK.code();
    }
}
