package org.dmreport.rules;

import java.util.List;
import org.dmreport.analysis.SnapshotStatus;
import org.dmreport.analysis.SourceSeries;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.model.Problem;
import org.dmreport.model.Snapshot;

/**
 * A check. Rules are pure: they read what they are given and report; no I/O, no state.
 * The four kinds differ in what they read.
 */
public sealed interface Rule
        permits Rule.OfProblem, Rule.OfSnapshot, Rule.OfCapture, Rule.OfHistory, Rule.OfSubtask, Rule.OfSource {

    /** The rule's identity and documentation, as the {@link RuleCatalog} holds them. */
    default RuleDescriptor descriptor() {
        return RuleDescriptor.of(getClass());
    }

    /** Reads a document or input that could not be read. */
    non-sealed interface OfProblem extends Rule {
        void check(Problem problem, Reporter reporter);
    }

    /** Reads one document. */
    non-sealed interface OfSnapshot extends Rule {
        void check(Snapshot snapshot, RuleSettings settings, Reporter reporter);
    }

    /** Reads the task statuses of every document captured at one time. */
    non-sealed interface OfCapture extends Rule {
        void check(List<SnapshotStatus> capture, RuleSettings settings, Reporter reporter);
    }

    /** Reads the task statuses of every document with a capture time, in capture order. */
    non-sealed interface OfHistory extends Rule {
        void check(List<SnapshotStatus> history, RuleSettings settings, Reporter reporter);
    }

    /** Reads one subtask across captures. */
    non-sealed interface OfSubtask extends Rule {
        void check(SubtaskSeries series, RuleSettings settings, Reporter reporter);
    }

    /** Reads one source across captures. */
    non-sealed interface OfSource extends Rule {
        void check(SourceSeries series, RuleSettings settings, Reporter reporter);
    }
}
