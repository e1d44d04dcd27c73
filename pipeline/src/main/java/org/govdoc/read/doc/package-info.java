/**
 * Word 97–2003 (DOC) and WPS Writer (.wps, the same binary) files through POI HWPF: paragraphs
 * with heading levels and list numbers, tables with their grid rebuilt from cell edges.
 */
package org.govdoc.read.doc;
