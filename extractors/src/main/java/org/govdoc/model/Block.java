package org.govdoc.model;

/** One block of a document in reading order: a paragraph or a table. */
public sealed interface Block permits Paragraph, Table {

    Location location();

    /** The block's plain text: a paragraph's text, or a table's rows as tab-separated lines. */
    String text();
}
