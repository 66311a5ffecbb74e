package org.dmreport.report.json;

import java.io.IOException;
import java.io.Writer;
import org.dmreport.report.JsonStream;
import org.dmreport.report.Rendered;
import org.dmreport.report.Renderer;
import org.dmreport.report.view.ReportModel;

/**
 * The report as JSON: the whole view model (overview, every task with its subtasks, errors, sharding,
 * relays, stage and unit times, throughput, and the findings by rule), without chart geometry,
 * serialised straight into the output.
 */
public final class ReportJsonRenderer implements Renderer<ReportModel> {

    @Override
    public Rendered render(ReportModel view, Writer out) throws IOException {
        JsonStream.write(out, json -> json.writePOJO(view));
        return Rendered.WHOLE;
    }
}
