package org.govdoc.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines outside tables grouped into paragraphs ({@link ParagraphRules} says where one ends),
 * tables kept in their place; a paragraph that ends a page on a full line and goes on at the
 * margin of the next page is one paragraph, located on its first page.
 */
final class ParagraphGrouper {

    private final ParagraphRules rules;

    ParagraphGrouper(LayoutConfig config) {
        this.rules = new ParagraphRules(config);
    }

    List<Piece> group(List<PageContent> pages, List<List<PageItem>> pageItems, TextMetrics metrics) {
        List<Piece> pieces = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            PageContent page = pages.get(p);
            float left = metrics.left(page);
            float right = metrics.right(page);
            List<TextLine> para = null;
            List<PageItem> items = pageItems.get(p);
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof PageItem.TableAt t) {
                    para = null;
                    pieces.add(new Piece.Tab(page.number(), t.table()));
                    continue;
                }
                TextLine line = ((PageItem.Line) items.get(i)).line();
                if (para == null || rules.breaksBefore(para.get(para.size() - 1), para.size() == 1, line, left, right, metrics)) {
                    if (para == null && i == 0 && !pieces.isEmpty() && pieces.get(pieces.size() - 1) instanceof Piece.Para prev
                            && prev.page() < page.number()
                            && rules.continuesOnNextPage(prev.lines().get(prev.lines().size() - 1), prev.lines().size() == 1,
                                    metrics.right(prev.pageContent()), line, left)) {
                        para = prev.lines();
                        para.add(line);
                        continue;
                    }
                    para = new ArrayList<>();
                    pieces.add(new Piece.Para(page.number(), para, page));
                }
                para.add(line);
            }
        }
        return pieces;
    }
}
