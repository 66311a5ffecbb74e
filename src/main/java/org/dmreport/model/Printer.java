package org.dmreport.model;

import java.util.Locale;

/**
 * What printed a full response, and so what it tells completely: dmctl's {@code query-status}, or
 * one of the DM OpenAPI's status endpoints (DM 5.3 and later), whose documents are mapped onto the
 * same model. The API leaves out a source whose worker did not answer, so an API document never
 * says a subtask of a source it does not list is gone.
 */
public enum Printer {
    /** {@code dmctl query-status}. */
    DMCTL("dmctl query-status"),
    /** {@code GET /api/v1/tasks/{task-name}/status}: one task's subtasks, on the sources that answered. */
    API_TASK_STATUS("GET /api/v1/tasks/{task-name}/status"),
    /** {@code GET /api/v1/tasks?with_status=true}: every task, each with its subtasks' status. */
    API_TASK_LIST("GET /api/v1/tasks?with_status=true"),
    /** {@code GET /api/v1/tasks/{task-name}?with_status=true}: one task with its subtasks' status. */
    API_TASK("GET /api/v1/tasks/{task-name}?with_status=true"),
    /** {@code GET /api/v1/sources/{source-name}/status}: one source's relay status, per worker. */
    API_SOURCE_STATUS("GET /api/v1/sources/{source-name}/status"),
    /** {@code GET /api/v1/sources?with_status=true}: every source with its relay status. */
    API_SOURCE_LIST("GET /api/v1/sources?with_status=true"),
    /** {@code GET /api/v1/sources/{source-name}?with_status=true}: one source with its relay status. */
    API_SOURCE("GET /api/v1/sources/{source-name}?with_status=true");

    private final String request;

    Printer(String request) {
        this.request = request;
    }

    /** Its name in outputs: {@code dmctl}, {@code api-task-status}, {@code api-task-list}, ... */
    public String label() {
        return this == DMCTL ? "dmctl" : name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The command or request that prints it, as users write it. */
    public String request() {
        return request;
    }

    /** Whether the DM OpenAPI printed it. */
    public boolean api() {
        return this != DMCTL;
    }
}
