package org.dmreport.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** Runs independent pure tasks on a number of threads and gives their results in the tasks' order. */
final class InOrder {

    private InOrder() {}

    /** The results of {@code tasks}, in order; on the calling thread alone when {@code threads} is 1. */
    static <T> List<T> run(List<Supplier<T>> tasks, int threads) {
        List<T> results = new ArrayList<>(tasks.size());
        if (threads == 1 || tasks.size() < 2) {
            tasks.forEach(task -> results.add(task.get()));
            return results;
        }
        ExecutorService pool = pool(Math.min(threads, tasks.size()));
        try {
            return run(tasks, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The results of {@code tasks}, in order, run on {@code pool}. */
    static <T> List<T> run(List<Supplier<T>> tasks, ExecutorService pool) {
        List<T> results = new ArrayList<>(tasks.size());
        try {
            List<Callable<T>> callables =
                    tasks.stream().<Callable<T>>map(task -> task::get).toList();
            for (Future<T> future : pool.invokeAll(callables)) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw rethrown(e);
        }
    }

    /** A pool of daemon threads named for the tool, so a stack dump says whose they are. */
    static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "dmreport-worker");
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
