/**
 * A deterministic generator of realistic capture series, for the shipped samples, tests and
 * benchmarks: it builds model records, and {@link org.dmreport.generate.DmJsonWriter} writes them
 * as DM prints them; putting them in files is the app's job.
 */
package org.dmreport.generate;
