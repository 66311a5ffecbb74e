package org.dmreport.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dmreport.input.DumpReader;
import org.dmreport.input.ReadResult;
import org.dmreport.input.find.InputFinder;
import org.dmreport.input.find.InputSource;
import org.dmreport.input.schema.KnownShapes;
import org.dmreport.input.schema.SchemaValidator;
import org.dmreport.model.Capture;
import org.dmreport.model.CaptureOrder;
import org.dmreport.model.Problem;
import org.dmreport.model.Snapshot;

/**
 * Finds and reads every input on {@code threads} threads and hands each snapshot, reduced on the
 * thread that read it, to a sink in capture order. An input's capture (time and name) is known
 * before it is read, so inputs are read in that order and at most a few per thread are in flight:
 * memory holds what the sink keeps, not the batch. The same inputs give the same sequence whatever
 * the thread count.
 */
public final class Ingest {

    /** Inputs read ahead of the one the sink waits for, per thread: enough to keep every thread busy. */
    private static final int AHEAD_PER_THREAD = 8;

    private Ingest() {}

    /** Reads everything {@code request} names; {@code reducer} turns each snapshot into what the caller keeps. */
    public static <T> Batch<T> run(ReadRequest request, Supplier<InputStream> stdin, Function<Snapshot, T> reducer) {
        List<T> items = new ArrayList<>();
        ReadSummary summary = stream(request, stdin, false, reducer, items::add);
        return new Batch<>(items, summary.problems(), summary.warnings(), summary.inputs(), summary.documents());
    }

    /**
     * Reads everything {@code request} names, validating every document's schema when asked, and
     * gives {@code sink} each reduced snapshot in capture order, on the calling thread.
     */
    public static <T> ReadSummary stream(
            ReadRequest request,
            Supplier<InputStream> stdin,
            boolean validateSchema,
            Function<Snapshot, T> reducer,
            Consumer<? super T> sink) {
        return stream(request, null, stdin, validateSchema, reducer, sink);
    }

    /**
     * Every input found and its capture time decided, in capture order, before a window chooses:
     * kept so that another read of the same inputs (the captures before a window, read to follow
     * an open episode back) neither walks the folders nor decides the times again.
     */
    public static final class Discovered {
        private final List<Planned> plan;

        private Discovered(List<Planned> plan) {
            this.plan = List.copyOf(plan);
        }

        /**
         * The inputs of these whose file name is one of {@code names}, when an archive names its
         * files alike from capture to capture (each name is found more than once); else all of them:
         * files named by their capture time say nothing of what they hold.
         */
        public Discovered named(Set<String> names) {
            Map<String, Integer> found = new HashMap<>();
            List<Planned> kept = new ArrayList<>();
            for (Planned p : plan) {
                String name = fileName(p);
                if (names.contains(name)) {
                    found.merge(name, 1, Integer::sum);
                    kept.add(p);
                }
            }
            boolean alike = names.stream().allMatch(n -> found.getOrDefault(n, 0) > 1);
            return alike ? new Discovered(kept) : this;
        }

        private static String fileName(Planned p) {
            Path name = Path.of(p.source().name()).getFileName();
            return name == null ? "" : name.toString();
        }
    }

    /**
     * As {@link #stream(ReadRequest, Supplier, boolean, Function, Consumer)}, reading of the inputs
     * {@code discovered} holds (when not null) those the window chooses, instead of finding them.
     */
    public static <T> ReadSummary stream(
            ReadRequest request,
            Discovered discovered,
            Supplier<InputStream> stdin,
            boolean validateSchema,
            Function<Snapshot, T> reducer,
            Consumer<? super T> sink) {
        KnownShapes known = validateSchema && request.knownShapes() != null
                ? KnownShapes.read(request.knownShapes())
                : KnownShapes.none();
        DumpReader reader = new DumpReader(
                request.mode(), request.limits(), request.times(), validateSchema ? new SchemaValidator(known) : null);
        List<Problem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Planned> plan;
        if (discovered != null) {
            plan = new ArrayList<>(discovered.plan);
        } else {
            InputFinder.Found found = new InputFinder(
                            request.inputs().includes(),
                            request.inputs().excludes(),
                            request.inputs().clusters(),
                            request.inputs().outputs())
                    .find(request.inputs().paths());
            if (!found.clashes().isEmpty()) {
                throw new RefusedRequest(found.clashes().get(0));
            }
            CaptureDecisions.Decisions decided = CaptureDecisions.of(found.inputs(), reader, request.times());
            plan = new ArrayList<>(found.inputs().size());
            for (int k = 0; k < found.inputs().size(); k++) {
                InputSource input = found.inputs().get(k);
                // The walk read every file's attributes: its size is asked again only of files named.
                long walked = found.sizes().get(k);
                plan.add(new Planned(input, decided.captures().get(k), walked >= 0 ? walked : size(input)));
            }
            plan.sort(Comparator.comparing(Planned::capture, (a, b) -> CaptureOrder.compare(a, 0, b, 0)));
            problems.addAll(found.problems());
            warnings.addAll(found.warnings());
            warnings.addAll(decided.warnings());
        }
        // Kept only for a window that looks back: else nothing reads these inputs again, and a
        // month of per-minute captures holds some 20 MB of them.
        Discovered all = request.window().looksBack() ? new Discovered(plan) : null;
        int planned = plan.size();
        plan = request.window().select(plan, Planned::capture);
        long bytes = plan.stream().mapToLong(Planned::size).sum();
        ProgressListener progress = request.progress();
        progress.started(plan.size(), bytes);
        int[] documents = {0};
        Consumer<Reduced<T>> merge = result -> {
            result.items.forEach(sink);
            problems.addAll(result.problems);
            if (result.setAside != null) {
                warnings.add(result.setAside);
            }
            documents[0] += result.documents;
        };
        if (request.threads() == 1 || plan.size() < 2) {
            for (Planned input : plan) {
                merge.accept(readOne(reader, input, stdin, reducer, progress));
            }
        } else {
            MemoryBudget budget = MemoryBudget.ofHeap();
            long limit = request.limits().maxInputBytes();
            readInParallel(
                    request.threads(),
                    plan,
                    input -> {
                        try (MemoryBudget.Reservation reserved =
                                budget.reserve(input.size, input.source.name().endsWith(".gz"), limit)) {
                            return readOne(reader, input, stdin, reducer, progress);
                        }
                    },
                    merge);
        }
        progress.finished();
        keep(known, request.knownShapes());
        problems.sort(CaptureOrder.PROBLEMS);
        return new ReadSummary(problems, warnings, plan.size(), documents[0], planned - plan.size(), all);
    }

    /** Reads on a pool, keeping a bounded window of inputs ahead, and merges the results in plan order. */
    private static <T> void readInParallel(
            int threads, List<Planned> plan, Function<Planned, Reduced<T>> read, Consumer<Reduced<T>> merge) {
        ExecutorService pool = InOrder.pool(Math.min(threads, plan.size()));
        int window = threads * AHEAD_PER_THREAD;
        Deque<Future<Reduced<T>>> inFlight = new ArrayDeque<>(window);
        int next = 0;
        try {
            while (next < plan.size() || !inFlight.isEmpty()) {
                while (next < plan.size() && inFlight.size() < window) {
                    Planned input = plan.get(next++);
                    inFlight.add(pool.submit(() -> read.apply(input)));
                }
                merge.accept(inFlight.poll().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        } catch (ExecutionException e) {
            throw InOrder.rethrown(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Writes the shapes known valid back to their file when the run found new ones. It is a cache:
     * when it cannot be written, the next run validates those documents again, with the same result.
     */
    private static void keep(KnownShapes known, Path file) {
        if (file != null && known.grew()) {
            try {
                OutputFiles.write(file, known.text());
            } catch (IOException | RuntimeException e) {
                // nothing is lost but time
            }
        }
    }

    private static long size(InputSource input) {
        try {
            return input.isStdin() ? 0 : Files.size(input.path());
        } catch (IOException e) {
            return 0;
        }
    }

    private static <T> Reduced<T> readOne(
            DumpReader reader,
            Planned input,
            Supplier<InputStream> stdin,
            Function<Snapshot, T> reducer,
            ProgressListener progress) {
        ReadResult result = reader.read(input.source, input.capture, stdin);
        progress.read(input.size);
        List<T> items = new ArrayList<>(result.snapshots().size());
        for (Snapshot snapshot : result.snapshots()) {
            items.add(reducer.apply(snapshot));
        }
        Instant at = input.capture.capturedAt();
        return new Reduced<>(
                items,
                at == null
                        ? result.problems()
                        : result.problems().stream().map(p -> p.capturedAt(at)).toList(),
                result.snapshots().size() + result.problems().size(),
                result.setAside() == null ? null : input.source.name() + ": " + result.setAside());
    }

    /** An input with what ordering and progress need, decided before it is read. */
    private record Planned(InputSource source, Capture capture, long size) {}

    /** One input's reduced snapshots, in document order, and its problems; or why it was set aside. */
    private record Reduced<T>(List<T> items, List<Problem> problems, int documents, String setAside) {}
}
