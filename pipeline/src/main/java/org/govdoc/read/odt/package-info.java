/**
 * OpenDocument text (ODT) read from its content.xml with StAX: paragraphs, headings, list
 * numbers rebuilt from list styles, tables with spans; page headers and footers left out.
 */
package org.govdoc.read.odt;
