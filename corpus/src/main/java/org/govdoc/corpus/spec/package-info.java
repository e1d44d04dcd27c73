/**
 * The format-neutral description of a generated document: paragraphs, headings, tables with
 * merged cells, and page furniture, as the generators build it and the renderers draw it.
 */
package org.govdoc.corpus.spec;
