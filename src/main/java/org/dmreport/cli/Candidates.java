package org.dmreport.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dmreport.findings.Category;
import org.dmreport.input.schema.DocumentSchema;
import org.dmreport.report.Renderers;
import org.dmreport.report.ReportFormat;

/**
 * The values options take, as picocli's completion script offers them (an option's
 * {@code completionCandidates} is a class it instantiates). Paths complete as files through the
 * options' {@code Path} type, and an option typed by an enum offers its constants' words ({@link Words}).
 */
final class Candidates {

    private Candidates() {}

    /** A fixed list of values; picocli instantiates each subclass by its no-argument constructor. */
    abstract static class Values extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Values(List<String> values) {
            super(values);
        }
    }

    static final class CheckFormats extends Values {
        CheckFormats() {
            super(Renderers.CHECK);
        }
    }

    static final class ReportFormats extends Values {
        ReportFormats() {
            super(ReportFormat.keys());
        }
    }

    static final class StatusFormats extends Values {
        StatusFormats() {
            super(Renderers.STATUS);
        }
    }

    static final class RulesFormats extends Values {
        RulesFormats() {
            super(Renderers.RULES);
        }
    }

    static final class Categories extends Values {
        Categories() {
            super(Arrays.stream(Category.values()).map(Category::label).toList());
        }
    }

    static final class Schemas extends Values {
        Schemas() {
            super(DocumentSchema.keys());
        }
    }
}
