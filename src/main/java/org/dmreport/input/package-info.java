/**
 * Reading query-status output: {@link org.dmreport.input.DumpReader} takes one input through
 * each job, every failure becoming a {@link org.dmreport.model.Problem}. The jobs live in the
 * sub-packages, which depend on one another only downwards (text on tree, map and schema on tree,
 * every one on {@code core}, none on this package): {@code core} (the mode, limits and failure
 * every job shares), {@code find} (which inputs, their cluster and capture time), {@code text} (bytes to
 * text, documents cut out, lenient repairs), {@code tree} (Jackson to a located tree), {@code map}
 * (the tree to the model, and the DM versions its keys imply) and {@code schema} (JSON Schema
 * validation and the shapes known valid).
 */
package org.dmreport.input;
