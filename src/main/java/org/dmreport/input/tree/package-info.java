/**
 * One document parsed by Jackson's streaming parser into a small tree whose every value knows its
 * line and column, within the reading limits, duplicate keys noted or refused.
 */
package org.dmreport.input.tree;
