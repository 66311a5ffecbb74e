/**
 * A deterministic generator of realistic capture series, for the shipped samples, tests and
 * benchmarks. Pure: it builds model records; writing them is the app's job.
 */
package org.dmreport.generate;
