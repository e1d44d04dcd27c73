package org.govdoc.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.govdoc.model.Block;
import org.govdoc.read.BlockReading;
import org.govdoc.read.DocumentBuilder;
import org.govdoc.read.TableBuilder;

/**
 * Turns pages of positioned text and ruling lines into document blocks in reading order. The
 * steps, each in its own class:
 * <ol>
 *   <li>lines from the boxes ({@link LineBuilder});</li>
 *   <li>page furniture dropped: page numbers, running headers and footers ({@link FurnitureFilter});</li>
 *   <li>tables per page, each {@link TableFinder} on the lines the one before left: from ruling
 *       lines ({@link LatticeTableFinder}), then from text alignment ({@link StreamTableFinder});</li>
 *   <li>tables over page breaks made one ({@link TableJoiner});</li>
 *   <li>the remaining lines grouped into paragraphs ({@link ParagraphGrouper}), a paragraph running
 *       over a page break joined;</li>
 *   <li>heading levels from font sizes, and the blocks handed to a {@link DocumentBuilder}, which
 *       numbers them as for every other format.</li>
 * </ol>
 *
 * <p>Knows nothing about the source format: PDFs, OCR word boxes or OFD feed it the same
 * {@link PageContent} (see docs/pdf-layout.md for the contract). Single-column reading order, top
 * to bottom. The tolerances are in {@link LayoutConfig}.
 */
public final class LayoutAnalyzer {

    private final LayoutConfig config;

    /** An analyzer with the {@linkplain LayoutConfig#DEFAULTS default tolerances}. */
    public LayoutAnalyzer() {
        this(LayoutConfig.DEFAULTS);
    }

    public LayoutAnalyzer(LayoutConfig config) {
        this.config = config;
    }

    /**
     * The blocks of the pages, numbered (blocks, tables, rows with their pages) as
     * {@link DocumentBuilder} numbers them. The same as {@link #analyze(List, DocumentBuilder)}
     * into a new builder.
     */
    public List<Block> analyze(List<PageContent> pages) {
        DocumentBuilder out = new DocumentBuilder();
        analyze(pages, out);
        return out.blocks();
    }

    /** Adds the blocks of the pages, in reading order, to a document being built. */
    public void analyze(List<PageContent> pages, DocumentBuilder out) {
        List<List<TextLine>> raw = new ArrayList<>(pages.size());
        LineBuilder lineBuilder = new LineBuilder(config);
        for (PageContent p : pages) {
            raw.add(lineBuilder.lines(p.boxes()));
        }
        List<List<TextLine>> kept = new FurnitureFilter(config).filter(pages, raw);

        StreamTableFinder stream = new StreamTableFinder(config);
        List<TableFinder> finders = List.of(new LatticeTableFinder(config), stream);
        TableJoiner joiner = new TableJoiner(config, stream);
        List<List<PageItem>> pageItems = new ArrayList<>(pages.size());
        List<List<TextLine>> outside = new ArrayList<>(pages.size());
        for (int p = 0; p < pages.size(); p++) {
            List<TextLine> lines = kept.get(p);
            List<PageItem> items = new ArrayList<>();
            for (TableFinder finder : finders) {
                TableFinder.Result found = finder.find(pages.get(p), lines);
                for (TableFinder.Found f : found.tables()) {
                    items.add(new PageItem.TableAt(f.table()));
                    joiner.readFrom(f.table(), f.lines());
                }
                lines = found.rest();
            }
            List<TextLine> rest = new ArrayList<>(lines);
            for (TextLine l : rest) {
                items.add(new PageItem.Line(l));
            }
            items.sort(Comparator.comparingDouble(PageItem::top));
            pageItems.add(items);
            outside.add(rest);
        }
        joiner.prepare(pageItems, outside, pages);

        TextMetrics metrics = new TextMetrics(pages, outside, config);
        List<Piece> pieces = joiner.joinTables(new ParagraphGrouper(config).group(pages, pageItems, metrics));
        emit(pieces, metrics, out);
    }

    /** The pieces as blocks: paragraph text from its lines, heading levels by font size, tables cell by cell. */
    private void emit(List<Piece> pieces, TextMetrics metrics, DocumentBuilder out) {
        // heading levels from font sizes clearly larger than the body's, largest = 1
        TreeSet<Float> headingSizes = new TreeSet<>(Comparator.reverseOrder());
        for (Piece it : pieces) {
            if (it instanceof Piece.Para p && p.lines().get(0).fontSize >= metrics.bodySize * config.headingSizeRatio()) {
                headingSizes.add(roundedSize(p.lines().get(0)));
            }
        }
        List<Float> levels = new ArrayList<>(headingSizes);
        for (Piece it : pieces) {
            if (it instanceof Piece.Para p) {
                StringBuilder sb = new StringBuilder();
                TextLine prevLine = null;
                for (TextLine l : p.lines()) {
                    TextLine.appendWrapped(sb, prevLine, l.text());
                    prevLine = l;
                }
                int idx = levels.indexOf(roundedSize(p.lines().get(0)));
                out.paragraph(sb.toString().strip(), idx >= 0 ? Math.min(6, idx + 1) : null, p.page(), reading(p));
            } else if (it instanceof Piece.Tab t) {
                PageTable pt = t.table();
                TableBuilder table = new TableBuilder();
                for (int r = 0; r < pt.rows().size(); r++) {
                    table.row(pt.rowPages().get(r));
                    for (PageTable.RawCell c : pt.rows().get(r)) {
                        table.cellAt(c.column(), c.text(), c.rowSpan(), c.colSpan(), c.reading().toBlockReading());
                    }
                }
                out.table(table);
            }
        }
    }

    /** A paragraph's region (its lines on its first page) and the OCR confidence of all its lines. */
    private static BlockReading reading(Piece.Para p) {
        int firstPageLines = p.lines().size();
        for (int i = 1; i < p.lines().size(); i++) {
            if (p.lines().get(i).top < p.lines().get(i - 1).top) { // the lines went on at the next page's top
                firstPageLines = i;
                break;
            }
        }
        return BoxReading.ofLines(p.lines().subList(0, firstPageLines))
                .joinedWith(BoxReading.ofLines(p.lines().subList(firstPageLines, p.lines().size())))
                .toBlockReading();
    }

    private static float roundedSize(TextLine line) {
        return Math.round(line.fontSize * 2) / 2f;
    }
}
