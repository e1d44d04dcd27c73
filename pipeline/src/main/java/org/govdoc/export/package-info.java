/**
 * Exports of search results as spreadsheets: one row per entry (document, indicator, task or amount),
 * one column per field, with the source path and the provenance (page, table, row, column) of each
 * row. CSV in UTF-8 with a byte-order mark (Excel on Chinese Windows opens it right) and XLSX written
 * as a stream, so memory does not grow with the rows. Used by {@code govdoc export} and the API.
 */
package org.govdoc.export;
