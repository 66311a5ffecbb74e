package org.dmreport.report.json;

import org.dmreport.report.view.ReportModel;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report as JSON: the whole view model (overview, every task with its subtasks, errors, sharding,
 * relays, stage and unit times, throughput, and the findings by rule), without chart geometry.
 */
public final class ReportJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ReportJson() {}

    public static String render(ReportModel model) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(model) + "\n";
    }
}
