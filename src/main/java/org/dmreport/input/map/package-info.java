/**
 * The located tree mapped to the model by hand: the document's kind, every field of every DM
 * version, notes on what was accommodated, and the versions its keys imply ({@link
 * org.dmreport.model.VersionSign}).
 */
package org.dmreport.input.map;
