/**
 * Where the points of subtask series wait between reading and the rules and reports: encoded
 * compactly, in memory up to a budget, then in one temporary file. An implementation of
 * {@link org.dmreport.analysis.PointStore}; its owner (a check or report job) closes it.
 */
package org.dmreport.store;
