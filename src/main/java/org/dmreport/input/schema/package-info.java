/**
 * Validation against the published JSON Schemas (the one place the schema library is used), and
 * the shapes of documents known valid, kept between runs so that a document of a known shape is
 * not validated again.
 */
package org.dmreport.input.schema;
