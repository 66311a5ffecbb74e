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
        Thread waiting = new Thread(() -> budget.reserve(2L << 20, false, LIMIT).close());
        waiting.start();
        waiting.join(200);
        assertTrue(waiting.isAlive(), "10 MiB cannot be reserved beside 5");
        first.close();
        waiting.join(10_000);
        assertFalse(waiting.isAlive());
    }

    @Test
    void anInputOverTheWholeBudgetTakesAllOfItAndRunsAlone() throws Exception {
        MemoryBudget budget = new MemoryBudget(10L << 20);
        MemoryBudget.Reservation huge = budget.reserve(60L << 20, false, LIMIT);
        Thread small = new Thread(() -> budget.reserve(1024, false, LIMIT).close());
        small.start();
        small.join(200);
        assertTrue(small.isAlive(), "nothing is read beside an input that takes the whole budget");
        huge.close();
        small.join(10_000);
        assertFalse(small.isAlive());
    }

    @Test
    void aGzipInputIsReckonedAtItsInflatedSizeUpToTheInputLimit() throws Exception {
        MemoryBudget budget = new MemoryBudget(100L << 20);
        MemoryBudget.Reservation gzip = budget.reserve(2L << 20, true, LIMIT); // 16 MiB of text: 80 MiB
        Thread other = new Thread(() -> budget.reserve(5L << 20, false, LIMIT).close());
        other.start();
        other.join(200);
        assertTrue(other.isAlive(), "25 MiB cannot be reserved beside 80 of 100");
        gzip.close();
        other.join(10_000);
        assertFalse(other.isAlive());
    }
}
