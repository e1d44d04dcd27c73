package org.govdoc.corpus.gen;

import org.govdoc.corpus.spec.DocSpec;

/**
 * One generated document before rendering.
 *
 * @param index the document's index in the corpus
 * @param stem  the file name without extension, unique in the corpus (it starts with the index)
 * @param spec  what to render
 * @param gold  the answers
 */
public record GeneratedDocument(long index, String stem, DocSpec spec, Gold gold) {
}
