/**
 * Finding inputs, reading their bytes and text as found in the field, splitting them into JSON
 * documents (with lenient repairs when asked), parsing with Jackson into a located tree, and
 * mapping that tree to the model by hand. Every failure becomes a {@link org.dmreport.model.Problem}.
 */
package org.dmreport.input;
