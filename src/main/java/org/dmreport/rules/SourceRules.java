package org.dmreport.rules;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dmreport.analysis.HumanDuration;
import org.dmreport.analysis.SourcePoint;
import org.dmreport.findings.Episode;

/** What the source rules share: spans of episodes. */
final class SourceRules {

    private SourceRules() {}

    /** An episode of {@code kind} over {@code points}, or null when they have no capture time. */
    static Episode episode(Episode.Kind kind, List<SourcePoint> points) {
        return Lives.episode(
                kind, points.get(0).capture(), points.get(points.size() - 1).capture());
    }

    static void span(Map<String, String> evidence, List<SourcePoint> episode) {
        evidence.put("from", String.valueOf(episode.get(0).capture().capturedAt()));
        evidence.put(
                "until",
                String.valueOf(episode.get(episode.size() - 1).capture().capturedAt()));
        evidence.put("captures", Integer.toString(episode.size()));
    }

    static String lasting(List<SourcePoint> episode) {
        if (episode.size() < 2 || episode.get(0).capture().capturedAt() == null) {
            return "";
        }
        Duration d = Duration.between(
                episode.get(0).capture().capturedAt(),
                episode.get(episode.size() - 1).capture().capturedAt());
        return " (for " + HumanDuration.of(d) + ", " + episode.size() + " captures)";
    }
}
