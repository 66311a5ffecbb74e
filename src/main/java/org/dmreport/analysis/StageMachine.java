package org.dmreport.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dmreport.model.DmVersion;
import org.dmreport.model.Stage;
import org.dmreport.model.Unit;

/**
 * The subtask stage machine (dm-behaviour §5), as the documentation draws it or as DM's worker runs
 * it, and the paths that explain a change seen between two captures.
 */
public final class StageMachine {

    /** Which machine. */
    public enum Mode {
        /** The documentation's diagram only. */
        DOCUMENTED,
        /** What the worker does, for the DM version the documents imply. */
        DM;

        /** The lower-case word {@code --transitions} takes. */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Map<Stage, Set<Stage>> edges = new EnumMap<>(Stage.class);

    private StageMachine() {
        for (Stage s : Stage.values()) {
            edges.put(s, EnumSet.noneOf(Stage.class));
        }
    }

    /** The four machines there are: by mode, and whether a Stopped subtask can be resumed (DM 6.0+). */
    private static final Map<Mode, StageMachine[]> MACHINES = new EnumMap<>(Mode.class);

    static {
        for (Mode mode : Mode.values()) {
            MACHINES.put(mode, new StageMachine[] {build(mode, DmVersion.of(1, 0)), build(mode, DmVersion.of(6, 0))});
        }
    }

    /** The machine of {@code mode} for documents of DM {@code version} and later. */
    public static StageMachine of(Mode mode, DmVersion version) {
        return MACHINES.get(mode)[version.compareTo(DmVersion.of(6, 0)) >= 0 ? 1 : 0];
    }

    private static StageMachine build(Mode mode, DmVersion version) {
        StageMachine m = new StageMachine();
        m.add(Stage.New, Stage.Running, Stage.Paused);
        m.add(Stage.Running, Stage.Paused, Stage.Stopped, Stage.Finished);
        m.add(Stage.Paused, Stage.Running, Stage.Stopped);
        m.add(Stage.Stopped, Stage.Running);
        if (mode == Mode.DM) {
            m.add(Stage.Running, Stage.Pausing);
            m.add(Stage.Pausing, Stage.Paused);
            m.add(Stage.Paused, Stage.Resuming);
            m.add(Stage.Resuming, Stage.Running);
            for (Stage s : List.of(Stage.New, Stage.Running, Stage.Paused, Stage.Pausing, Stage.Resuming)) {
                m.add(s, Stage.Stopping);
            }
            m.add(Stage.Stopping, Stage.Stopped);
            // fetchResultAndUpdateStage: a unit that stops with errors leaves the subtask Paused.
            m.add(Stage.Stopping, Stage.Paused);
            if (version.compareTo(DmVersion.of(6, 0)) >= 0) {
                m.add(Stage.Stopped, Stage.Resuming);
                m.add(Stage.New, Stage.Stopped);
            }
        }
        return m;
    }

    private void add(Stage from, Stage... to) {
        Collections.addAll(edges.get(from), to);
    }

    /**
     * The shortest path of stages from {@code from} to {@code to} (both included), or empty when no
     * path explains the change. In {@link Mode#DM}, Finished leads on to Running only when the unit
     * moved on (a unit that ends is Finished for an instant before the next starts).
     */
    public Optional<List<Stage>> path(Stage from, Stage to, boolean unitMovedOn, Mode mode) {
        if (from == to) {
            return Optional.of(List.of(from));
        }
        Map<Stage, Stage> previous = new EnumMap<>(Stage.class);
        Deque<Stage> queue = new ArrayDeque<>(List.of(from));
        previous.put(from, from);
        while (!queue.isEmpty()) {
            Stage current = queue.removeFirst();
            Set<Stage> next =
                    EnumSet.copyOf(edges.get(current).isEmpty() ? EnumSet.noneOf(Stage.class) : edges.get(current));
            if (current == Stage.Finished && mode == Mode.DM && unitMovedOn) {
                next.add(Stage.Running);
            }
            for (Stage n : next) {
                if (!previous.containsKey(n)) {
                    previous.put(n, current);
                    if (n == to) {
                        List<Stage> path = new ArrayList<>();
                        for (Stage s = to; s != from; s = previous.get(s)) {
                            path.add(0, s);
                        }
                        path.add(0, from);
                        return Optional.of(path);
                    }
                    queue.addLast(n);
                }
            }
        }
        return Optional.empty();
    }

    /** Position of a unit in a task's run (Dump, Load, Sync), or -1 for units outside that order. */
    public static int order(String unit) {
        return Unit.parse(unit)
                .map(u -> switch (u) {
                    case Check -> 0;
                    case Dump -> 1;
                    case Load -> 2;
                    case Sync -> 3;
                    case Relay, InvalidUnit -> -1;
                })
                .orElse(-1);
    }
}
