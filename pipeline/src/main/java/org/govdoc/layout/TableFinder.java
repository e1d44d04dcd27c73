package org.govdoc.layout;

import java.util.List;

/**
 * One way of finding tables on a page. The analysis runs the finders in turn (ruled, then
 * aligned), each on the lines the ones before left.
 */
sealed interface TableFinder permits LatticeTableFinder, StreamTableFinder {

    /**
     * A table found on a page.
     *
     * @param lines the lines it was read from, top to bottom (for aligned tables, whose columns
     *              and row pitch are taken up again when the table goes on over the next page)
     */
    record Found(PageTable table, List<TextLine> lines) {
    }

    /** The tables found on a page (top to bottom) and the page's lines outside them. */
    record Result(List<Found> tables, List<TextLine> rest) {
    }

    Result find(PageContent page, List<TextLine> lines);
}
