/**
 * Immutable records and value types for every field of every DM version's {@code query-status}
 * output. This package depends on nothing but the JDK.
 */
package org.dmreport.model;
