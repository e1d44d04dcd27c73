package org.govdoc.corpus.spec;

import java.util.List;

/** A block of a generated document. */
public sealed interface SpecBlock {

    /**
     * A paragraph.
     *
     * @param headingLevel 0 for body text, 1.. for headings
     * @param centered     centred (titles, signatures)
     */
    record Paragraph(String text, int headingLevel, boolean centered) implements SpecBlock {
        public static Paragraph body(String text) {
            return new Paragraph(text, 0, false);
        }
    }

    /**
     * A table. Each row lists the cells that start in it (a merged cell once, at its top-left).
     *
     * @param bordered   ruling lines drawn (false: an aligned, borderless table)
     * @param headerRows how many leading rows are the header (repeated on continuation pages when
     *                   {@code repeatHeader})
     */
    record Table(List<List<Cell>> rows, boolean bordered, int headerRows, boolean repeatHeader)
            implements SpecBlock {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A cell; text may hold '\n' for line breaks inside the cell. */
    record Cell(String text, int rowSpan, int colSpan) {
        public static Cell of(String text) {
            return new Cell(text, 1, 1);
        }
    }

    /** Forces a new page (a cover page, a landscape annex). */
    record PageBreak(boolean landscapeAfter) implements SpecBlock {
    }
}
