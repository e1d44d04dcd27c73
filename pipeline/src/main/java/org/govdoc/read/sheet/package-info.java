/**
 * Spreadsheets (XLSX streamed with bounded memory, XLS and WPS .et through POI): each visible
 * sheet as title paragraphs and one table, merged regions as spans, values as Excel displays them.
 */
package org.govdoc.read.sheet;
