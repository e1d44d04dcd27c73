package org.govdoc.layout;

import java.util.List;

/** A piece of the document in reading order, before it becomes a block: a paragraph's lines or a table. */
sealed interface Piece permits Piece.Para, Piece.Tab {

    /** The page it starts on. */
    int page();

    /** A paragraph: its lines (over a page break, the lines of both pages). */
    record Para(int page, List<TextLine> lines, PageContent pageContent) implements Piece {
    }

    /** A table, possibly joined over pages. */
    record Tab(int page, PageTable table) implements Piece {
    }
}
