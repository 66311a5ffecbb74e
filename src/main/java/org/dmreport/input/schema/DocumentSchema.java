package org.dmreport.input.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dmreport.model.FullResponse;
import org.dmreport.model.Printer;
import org.dmreport.model.Response;
import org.dmreport.model.SummaryResponse;

/**
 * The published JSON Schemas, one per document a capture may hold: dmctl's summary and full
 * response, and the DM OpenAPI's status documents. The API's share one set of definitions
 * ({@code dm-openapi.defs.json}, after the spec's {@code components/schemas}); each is those with
 * its response at the root. {@code dmreport schema NAME} prints them.
 */
public enum DocumentSchema {
    SUMMARY("summary", "dmctl query-status summary", "query-status-summary.schema.json", null),
    FULL("full", "dmctl query-status full response", "query-status-full.schema.json", null),
    API_TASK_STATUS("api-task-status", Printer.API_TASK_STATUS.request(), null, "GetTaskStatusResponse"),
    API_TASK_LIST("api-task-list", Printer.API_TASK_LIST.request(), null, "GetTaskListResponse"),
    API_TASK("api-task", Printer.API_TASK.request(), null, "Task"),
    API_SOURCE_STATUS("api-source-status", Printer.API_SOURCE_STATUS.request(), null, "GetSourceStatusResponse"),
    API_SOURCE_LIST("api-source-list", Printer.API_SOURCE_LIST.request(), null, "GetSourceListResponse"),
    API_SOURCE("api-source", Printer.API_SOURCE.request(), null, "Source"),
    API_ERROR("api-error", "a DM OpenAPI error (ErrorWithMessage)", null, "ErrorWithMessage");

    private static final String FOLDER = "/org/dmreport/schemas/";
    private static final String API_DEFS = FOLDER + "dm-openapi.defs.json";

    private final String key;
    private final String title;
    private final String file;
    private final String root;
    /** The text, made when first asked: the API's schemas each hold the whole of its definitions. */
    private volatile String text;

    DocumentSchema(String key, String title, String file, String root) {
        this.key = key;
        this.title = title;
        this.file = file;
        this.root = root;
    }

    /** The name {@code dmreport schema} takes. */
    public String key() {
        return key;
    }

    /** Every name {@code dmreport schema} takes, in order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(DocumentSchema::key).toList();
    }

    /** The schema named {@code key}. */
    public static Optional<DocumentSchema> of(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    /** The schema {@code response} is held to; empty for a failed query, which has none of its own. */
    public static Optional<DocumentSchema> of(Response response) {
        if (response instanceof SummaryResponse) {
            return Optional.of(SUMMARY);
        }
        if (!(response instanceof FullResponse full)) {
            return Optional.empty();
        }
        return Optional.of(
                switch (full.printer()) {
                    case DMCTL -> FULL;
                    case API_TASK_STATUS -> API_TASK_STATUS;
                    case API_TASK_LIST -> API_TASK_LIST;
                    case API_TASK -> API_TASK;
                    case API_SOURCE_STATUS -> API_SOURCE_STATUS;
                    case API_SOURCE_LIST -> API_SOURCE_LIST;
                    case API_SOURCE -> API_SOURCE;
                });
    }

    /** The resource that holds its definitions: its own file, or the one the API's schemas share. */
    String definitions() {
        return file != null ? FOLDER + file : API_DEFS;
    }

    /** The schema's text: a file of its own, or the API's definitions with this document at the root. */
    public String text() {
        String made = text;
        if (made == null) {
            made = make();
            text = made;
        }
        return made;
    }

    private String make() {
        if (file != null) {
            return SchemaValidator.text(definitions());
        }
        return "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"
                + "  \"$id\": \"urn:dmreport:schema:" + key + "\",\n"
                + "  \"title\": \"" + title + "\",\n"
                + "  \"description\": \"A DM OpenAPI document (DM 5.3 and later), after dm/openapi/spec/dm.yaml: "
                + "types as the API prints them (numbers, not dmctl's quoted 64-bit integers).\",\n"
                + "  \"$ref\": \"#/$defs/" + root + "\",\n"
                + "  \"$defs\": " + SchemaValidator.text(API_DEFS).strip() + "\n}\n";
    }
}
