/**
 * Renderers of a {@code DocSpec} into one file format each (DOCX, XLSX, HTML, TXT, PDF with a
 * shipped CJK font): formats only, no knowledge of genres.
 */
package org.govdoc.corpus.render;
