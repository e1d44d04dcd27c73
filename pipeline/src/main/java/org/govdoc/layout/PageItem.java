package org.govdoc.layout;

/** A piece of one page in reading order, before paragraphs are made: a line outside tables, or a table. */
sealed interface PageItem permits PageItem.Line, PageItem.TableAt {

    /** Top edge on the page, for the reading order. */
    float top();

    /** A line of text outside any table. */
    record Line(TextLine line) implements PageItem {
        @Override
        public float top() {
            return line.top;
        }
    }

    /** A table found on the page. */
    record TableAt(PageTable table) implements PageItem {
        @Override
        public float top() {
            return table.top();
        }
    }
}
