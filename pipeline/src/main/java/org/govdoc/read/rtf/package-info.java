/**
 * RTF with govdoc's own parser (Tika's RTF output has no table structure): paragraphs with heading
 * levels, tables rebuilt from row definitions and merges, text in each font's code page.
 */
package org.govdoc.read.rtf;
