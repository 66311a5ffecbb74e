package org.dmreport.report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.dmreport.report.findings.CodeClimateRenderer;
import org.dmreport.report.findings.FindingsView;
import org.dmreport.report.findings.GithubRenderer;
import org.dmreport.report.findings.JsonRenderer;
import org.dmreport.report.findings.JunitRenderer;
import org.dmreport.report.findings.SarifRenderer;
import org.dmreport.report.findings.TextRenderer;

/**
 * The formats {@code check -f} takes, each with its renderer, in the order help lists them: the
 * one list the command, its help, shell completion and the writer read. A format is one constant
 * here, and cannot be one without its renderer.
 */
public enum CheckFormat {
    TEXT("text", TextRenderer::new),
    JSON("json", color -> new JsonRenderer()),
    JUNIT("junit", color -> new JunitRenderer()),
    GITHUB("github", color -> new GithubRenderer()),
    SARIF("sarif", color -> new SarifRenderer()),
    CODECLIMATE("codeclimate", color -> new CodeClimateRenderer());

    private final String key;
    private final Function<Boolean, Renderer<FindingsView>> renderer;

    CheckFormat(String key, Function<Boolean, Renderer<FindingsView>> renderer) {
        this.key = key;
        this.renderer = renderer;
    }

    /** Its name as {@code -f} takes it. */
    public String key() {
        return key;
    }

    /** Its renderer; {@code color} applies to text only. */
    public Renderer<FindingsView> renderer(boolean color) {
        return renderer.apply(color);
    }

    /** The format named {@code key}. */
    public static Optional<CheckFormat> of(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    /** Every name {@code -f} takes, in order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(CheckFormat::key).toList();
    }
}
