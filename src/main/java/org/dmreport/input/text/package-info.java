/**
 * An input's bytes to text as found in the field (gzip, byte order marks, UTF-16, line endings,
 * zero-width characters), our own outputs recognised and set aside, and the text cut into JSON
 * documents, with the lenient repairs of pasted text, every step a note with its line.
 */
package org.dmreport.input.text;
