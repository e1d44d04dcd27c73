/**
 * DOCX through POI's OOXML package: paragraphs with numbering and heading styles, tables with
 * merged cells.
 */
package org.govdoc.read.docx;
