package org.dmreport.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.dmreport.analysis.Runner;

/**
 * The runner of one job: independent pure tasks on a pool of {@code threads} and their results in
 * the tasks' order. A task may run tasks of its own on the same runner (the writing of a report file
 * runs the batches of its table's rows): it waits for them by running them or others, so nested
 * work shares the one pool and never needs more threads than it has.
 */
final class InOrder implements Runner, AutoCloseable {

    /** Null when there is one thread: every task then runs on the calling thread. */
    private final ForkJoinPool pool;

    private InOrder(ForkJoinPool pool) {
        this.pool = pool;
    }

    /** A runner on {@code threads} threads, to be closed by its job. */
    static InOrder of(int threads) {
        if (threads == 1) {
            return new InOrder(null);
        }
        AtomicInteger made = new AtomicInteger();
        return new InOrder(new ForkJoinPool(threads, pool -> worker(pool, made.getAndIncrement()), null, false));
    }

    @Override
    public <T> List<T> run(List<Supplier<T>> tasks) {
        if (pool == null || tasks.size() < 2) {
            return SEQUENTIAL.run(tasks);
        }
        if (ForkJoinTask.getPool() == pool) {
            return forkAll(tasks);
        }
        return pool.invoke(ForkJoinTask.adapt(() -> forkAll(tasks)));
    }

    /** Runs {@code tasks} from a thread of the pool, joining them in order. */
    private static <T> List<T> forkAll(List<Supplier<T>> tasks) {
        List<ForkJoinTask<T>> forked = new ArrayList<>(tasks.size());
        for (Supplier<T> task : tasks) {
            forked.add(ForkJoinTask.adapt(task::get));
        }
        ForkJoinTask.invokeAll(forked);
        List<T> results = new ArrayList<>(forked.size());
        for (ForkJoinTask<T> task : forked) {
            results.add(task.join());
        }
        return results;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /**
     * Threads named for the tool, so a stack dump says whose they are, and numbered as made: a new
     * worker has no pool index yet (it registers when it starts), so that cannot tell them apart.
     */
    private static ForkJoinWorkerThread worker(ForkJoinPool pool, int number) {
        ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        thread.setName("dmreport-worker-" + number);
        return thread;
    }

    /**
     * A fixed pool of daemon threads named for the tool, for reading, which keeps a bounded number
     * of inputs in flight and merges them as they come.
     */
    static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "dmreport-reader");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The task's own error, or its exception wrapped once: a bug, caught at the edge. */
    static RuntimeException rethrown(ExecutionException e) {
        if (e.getCause() instanceof Error error) {
            throw error;
        }
        if (e.getCause() instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(e.getCause().getMessage(), e.getCause());
    }
}
