package org.dmreport.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Inputs read at once share the budget: a large one waits for the others, and one over the whole budget runs alone. */
class MemoryBudgetTest {

    private static final long LIMIT = 64L << 20;

    @Test
    void aReadThatDoesNotFitWaitsUntilAnotherIsDone() throws Exception {
        MemoryBudget budget = new MemoryBudget(10L << 20);
        MemoryBudget.Reservation first = budget.reserve(1L << 20, false, LIMIT); // 5 MiB of the 10
        Thread beside = new Thread(() -> budget.reserve(1L << 20, false, LIMIT).close());
        beside.start();
        beside.join(10_000);
        assertFalse(beside.isAlive(), "5 MiB fits beside 5");
        waitsUntilClosed(first, budget, 2L << 20, "10 MiB cannot be reserved beside 5");
    }

    @Test
    void anInputOverTheWholeBudgetTakesAllOfItAndRunsAlone() throws Exception {
        MemoryBudget budget = new MemoryBudget(10L << 20);
        MemoryBudget.Reservation huge = budget.reserve(60L << 20, false, LIMIT);
        waitsUntilClosed(huge, budget, 1024, "nothing is read beside an input that takes the whole budget");
    }

    @Test
    void aGzipInputIsReckonedAtItsInflatedSizeUpToTheInputLimit() throws Exception {
        MemoryBudget budget = new MemoryBudget(100L << 20);
        MemoryBudget.Reservation gzip = budget.reserve(2L << 20, true, LIMIT); // 16 MiB of text: 80 MiB
        waitsUntilClosed(gzip, budget, 5L << 20, "25 MiB cannot be reserved beside 80 of 100");
    }

    /** A reservation for an input of {@code size} bytes waits while {@code held} is held, and no longer. */
    private static void waitsUntilClosed(MemoryBudget.Reservation held, MemoryBudget budget, long size, String why)
            throws InterruptedException {
        Thread waiting = new Thread(() -> budget.reserve(size, false, LIMIT).close());
        waiting.start();
        // It must come to wait on the budget: a thread that got its reservation ends instead, and one
        // still starting proves nothing, so its state is watched until it is one or the other.
        long deadline = System.nanoTime() + 10_000_000_000L;
        Thread.State state = waiting.getState();
        while (state != Thread.State.WAITING
                && state != Thread.State.TIMED_WAITING
                && state != Thread.State.TERMINATED
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            state = waiting.getState();
        }
        assertTrue(state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING, why + ": " + state);
        held.close();
        waiting.join(10_000);
        assertFalse(waiting.isAlive());
    }
}
