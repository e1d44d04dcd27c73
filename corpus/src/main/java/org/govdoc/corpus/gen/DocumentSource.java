package org.govdoc.corpus.gen;

/** Where the corpus generator gets document i from (a {@link DocumentFactory}; tests wrap it). */
public interface DocumentSource {

    /** Document {@code index}, made on demand. */
    GeneratedDocument create(long index);

    /** The random source choosing document {@code index}'s format, independent of its content. */
    Rng formatRng(long index);
}
