package org.dmreport.app;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dmreport.input.DumpReader;
import org.dmreport.input.InputFinder;
import org.dmreport.input.InputSource;
import org.dmreport.input.ReadResult;
import org.dmreport.input.SchemaValidator;
import org.dmreport.model.CaptureOrder;
import org.dmreport.model.Problem;
import org.dmreport.model.Snapshot;

/**
 * Finds and reads every input on {@code threads} threads, reduces each snapshot on the thread that
 * read it (so whole models need not be kept), and merges the results in a fixed order: the same
 * inputs give the same batch whatever the thread count.
 */
public final class Ingest {

    private Ingest() {}

    /** Reads everything {@code request} names; {@code reducer} turns each snapshot into what the caller keeps. */
    public static <T> Batch<T> run(ReadRequest request, Supplier<InputStream> stdin, Function<Snapshot, T> reducer) {
        return run(request, stdin, false, reducer);
    }

    /** As {@link #run(ReadRequest, Supplier, Function)}, validating every document's schema when asked. */
    public static <T> Batch<T> run(ReadRequest request, Supplier<InputStream> stdin, boolean validateSchema,
                                   Function<Snapshot, T> reducer) {
        InputFinder.Found found = new InputFinder(request.includes(), request.excludes()).find(request.inputs());
        DumpReader reader = new DumpReader(request.mode(), request.limits(), request.timeFrom(),
                validateSchema ? new SchemaValidator() : null);
        List<InputSource> inputs = found.inputs();
        ProgressListener progress = request.progress();
        progress.started(inputs.size(), inputs.stream().mapToLong(Ingest::size).sum());
        List<Reduced<T>> results = new ArrayList<>(inputs.size());
        if (request.threads() == 1 || inputs.size() < 2) {
            for (InputSource input : inputs) {
                results.add(readOne(reader, input, stdin, reducer, progress));
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(request.threads(), inputs.size()), r -> {
                Thread thread = new Thread(r, "dmreport-reader");
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<Future<Reduced<T>>> futures = new ArrayList<>(inputs.size());
                for (InputSource input : inputs) {
                    futures.add(pool.submit(() -> readOne(reader, input, stdin, reducer, progress)));
                }
                for (Future<Reduced<T>> future : futures) {
                    results.add(future.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        progress.finished();
        List<Problem> problems = new ArrayList<>(found.problems());
        List<Keyed<T>> keyed = new ArrayList<>();
        int documents = 0;
        for (Reduced<T> result : results) {
            problems.addAll(result.problems);
            keyed.addAll(result.items);
            documents += result.documents;
        }
        keyed.sort((a, b) -> CaptureOrder.compare(a.capture, a.document, b.capture, b.document));
        problems.sort(CaptureOrder.PROBLEMS);
        return new Batch<>(keyed.stream().map(k -> k.item).toList(), problems, found.warnings(), inputs.size(),
                documents);
    }

    private static long size(InputSource input) {
        try {
            return input.isStdin() ? 0 : java.nio.file.Files.size(input.path());
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static <T> Reduced<T> readOne(DumpReader reader, InputSource input, Supplier<InputStream> stdin,
                                          Function<Snapshot, T> reducer, ProgressListener progress) {
        ReadResult result = reader.read(input, stdin);
        progress.read(size(input));
        List<Keyed<T>> items = new ArrayList<>(result.snapshots().size());
        for (Snapshot snapshot : result.snapshots()) {
            items.add(new Keyed<>(snapshot.capture(), snapshot.document(), reducer.apply(snapshot)));
        }
        return new Reduced<>(items, result.problems(), result.snapshots().size() + result.problems().size());
    }

    /** A reduced item with what ordering needs, so the snapshot itself can be dropped. */
    private record Keyed<T>(org.dmreport.model.Capture capture, int document, T item) {}

    private record Reduced<T>(List<Keyed<T>> items, List<Problem> problems, int documents) {}
}
