package org.dmreport.analysis;

import java.util.Iterator;

/**
 * Where the points of subtask series are kept while a batch is read, so that memory need not hold
 * every point of every capture: points are appended in capture order and read back in that order,
 * one series at a time. Appending is done by one thread; reading, once appending is over, by any.
 */
public interface PointStore {

    /** A new, empty series; its id. */
    int open();

    /** Appends a point to series {@code series}. */
    void append(int series, SubtaskPoint point);

    /**
     * The points of series {@code series}, in the order they were appended; with
     * {@code withErrorsOnly}, only those with errors (the others are skipped unread).
     */
    Iterator<SubtaskPoint> read(int series, boolean withErrorsOnly);
}
