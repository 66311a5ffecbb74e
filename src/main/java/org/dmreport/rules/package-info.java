/**
 * The rule catalogue: one small pure class per check, each with a stable ID and its own
 * documentation, and the engine that runs them over snapshots, captures and series.
 */
package org.dmreport.rules;
