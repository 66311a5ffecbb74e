package org.dmreport.cli;

import java.util.ArrayList;
import java.util.List;
import org.dmreport.findings.Category;
import org.dmreport.report.findings.FindingsRenderers;

/**
 * The values options take, as picocli's completion script offers them (an option's
 * {@code completionCandidates} is a class it instantiates). Paths complete as files through the
 * options' {@code Path} type.
 */
final class Candidates {

    private Candidates() {}

    static final class FailOn extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        FailOn() {
            super(List.of("error", "warning", "info", "never"));
        }
    }

    static final class CheckFormats extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        CheckFormats() {
            super(FindingsRenderers.FORMATS);
        }
    }

    static final class ReportFormats extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        ReportFormats() {
            super(ReportCommand.FORMATS);
        }
    }

    static final class StatusFormats extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        StatusFormats() {
            super(List.of("text", "json"));
        }
    }

    static final class RulesFormats extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        RulesFormats() {
            super(List.of("text", "json", "md"));
        }
    }

    static final class Colors extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Colors() {
            super(List.of("auto", "always", "never"));
        }
    }

    static final class TimeFrom extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        TimeFrom() {
            super(List.of("auto", "path", "mtime"));
        }
    }

    static final class Transitions extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Transitions() {
            super(List.of("dm", "documented"));
        }
    }

    static final class Categories extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Categories() {
            super(java.util.Arrays.stream(Category.values()).map(Category::label).toList());
        }
    }

    static final class Schemas extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Schemas() {
            super(List.of("summary", "full"));
        }
    }
}
