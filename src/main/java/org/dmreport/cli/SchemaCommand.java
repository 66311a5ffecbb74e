package org.dmreport.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.dmreport.app.OutputFiles;
import org.dmreport.input.schema.DocumentSchema;
import org.dmreport.report.Output;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code dmreport schema NAME}: the published JSON Schemas (dmctl's summary and full response, the
 * DM OpenAPI's status documents), for editors and other tools.
 */
@Command(name = "schema")
final class SchemaCommand implements Callable<Integer> {

    private final Streams streams;

    @Parameters(
            paramLabel = "NAME",
            description = "Which schema: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Candidates.Schemas.class)
    String which;

    SchemaCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
        DocumentSchema schema = DocumentSchema.of(which)
                .orElseThrow(() -> new UsageException(
                        "the schema is " + Words.or(DocumentSchema.keys()) + ", not '" + which + "'"));
        OutputFiles.write("-", Output.of(schema.text()), streams.out());
        return ExitCode.OK.code();
    }
}
