package org.dmreport.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Inputs read at once share the budget: a large one waits for the others, and one over the whole budget runs alone. */
class MemoryBudgetTest {

    private static final long LIMIT = 64L << 20;

    @Test
    void aReadThatDoesNotFitWaitsUntilAnotherIsDone() throws Exception {
        MemoryBudget budget = new MemoryBudget(10L << 20);
        MemoryBudget.Reservation first = budget.reserve(1L << 20, false, LIMIT); // 5 MiB of the 10
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
            started.countDown();
            budget.reserve(1L << 20, false, LIMIT).close();
        });
        CompletableFuture<Void> third = CompletableFuture.runAsync(() -> budget.reserve(2L << 20, false, LIMIT).close());
        started.await();
        second.get(10, TimeUnit.SECONDS); // fits beside the first
        Thread.sleep(200);
        assertFalse(third.isDone(), "10 MiB cannot be reserved beside 5");
        first.close();
        third.get(10, TimeUnit.SECONDS);
    }

    @Test
    void anInputOverTheWholeBudgetTakesAllOfItAndRunsAlone() throws Exception {
        MemoryBudget budget = new MemoryBudget(10L << 20);
        MemoryBudget.Reservation huge = budget.reserve(60L << 20, false, LIMIT);
        CompletableFuture<Void> small = CompletableFuture.runAsync(() -> budget.reserve(1024, false, LIMIT).close());
        Thread.sleep(200);
        assertFalse(small.isDone());
        huge.close();
        small.get(10, TimeUnit.SECONDS);
        assertTrue(small.isDone());
    }

    @Test
    void aGzipInputIsReckonedAtItsInflatedSizeUpToTheInputLimit() throws Exception {
        MemoryBudget budget = new MemoryBudget(100L << 20);
        MemoryBudget.Reservation gzip = budget.reserve(2L << 20, true, LIMIT); // 16 MiB of text: 80 MiB
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> budget.reserve(5L << 20, false, LIMIT).close());
        Thread.sleep(200);
        assertFalse(other.isDone(), "25 MiB cannot be reserved beside 80 of 100");
        gzip.close();
        other.get(10, TimeUnit.SECONDS);
    }
}
