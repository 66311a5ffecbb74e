/** Findings: what a rule says, where, how severe; their one order; baseline fingerprints. */
package org.dmreport.findings;
