package org.dmreport.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dmreport.model.DmVersion;
import org.dmreport.model.FullResponse;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SourceEntry;
import org.dmreport.model.VersionSign;
import org.dmreport.model.Where;

/** Keys that the DM version implied by the document always prints, but which are missing. */
public final class MissingKeysRule implements Rule.OfSnapshot {

    private record Requirement(DmVersion since, String key) {}

    /** What DM always prints in each object, by release: read from {@link VersionSign}, the one table. */
    private static final List<Requirement> SUBTASK = requirements("subtask");

    private static final List<Requirement> SYNC = requirements("sync");
    private static final List<Requirement> LOAD = requirements("load");
    private static final List<Requirement> ENTRY = requirements("source");

    private static List<Requirement> requirements(String object) {
        List<Requirement> requirements = new ArrayList<>();
        for (VersionSign sign : VersionSign.values()) {
            for (String always : sign.always()) {
                if (always.startsWith(object + ".")) {
                    requirements.add(new Requirement(sign.since(), always.substring(object.length() + 1)));
                }
            }
        }
        return List.copyOf(requirements);
    }

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        if (snapshot.partial()
                || snapshot.version().below() != null
                || snapshot.response() instanceof FullResponse f && f.printer().api()) {
            // What the API always prints is its schema's "required": the schema rule holds it to that.
            return;
        }
        DmVersion version = snapshot.version().atLeast();
        if (snapshot.response() instanceof FullResponse full) {
            for (SourceEntry entry : full.sources()) {
                missing(
                        entry.where(),
                        ENTRY,
                        version,
                        snapshot,
                        Walk.at(snapshot, entry, entry.where().self()),
                        "source entry",
                        reporter);
            }
        }
        Walk.subtasks(snapshot, (entry, s) -> {
            missing(
                    s.where(),
                    SUBTASK,
                    version,
                    snapshot,
                    Walk.at(snapshot, entry, s, s.where().self()),
                    "subtask",
                    reporter);
            if (s.sync() != null) {
                missing(
                        s.sync().where(),
                        SYNC,
                        version,
                        snapshot,
                        Walk.at(snapshot, entry, s, s.sync().where().self()),
                        "sync status",
                        reporter);
            }
            if (s.load() != null) {
                missing(
                        s.load().where(),
                        LOAD,
                        version,
                        snapshot,
                        Walk.at(snapshot, entry, s, s.load().where().self()),
                        "load status",
                        reporter);
            }
        });
    }

    private static void missing(
            Where where,
            List<Requirement> requirements,
            DmVersion version,
            Snapshot snapshot,
            Place place,
            String what,
            Reporter reporter) {
        List<String> missing = new ArrayList<>();
        for (Requirement r : requirements) {
            if (version.compareTo(r.since()) >= 0 && !where.has(r.key())) {
                missing.add(r.key());
            }
        }
        if (!missing.isEmpty()) {
            reporter.report(
                    place,
                    what + " lacks " + String.join(", ", missing) + ", which DM "
                            + snapshot.version().label() + " always prints (a hand-edited copy?)",
                    Map.of(
                            "missing",
                            String.join(", ", missing),
                            "dmVersion",
                            snapshot.version().label()));
        }
    }
}
