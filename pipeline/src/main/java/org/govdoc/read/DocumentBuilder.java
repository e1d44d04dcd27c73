package org.govdoc.read;

import java.util.ArrayList;
import java.util.List;
import org.govdoc.model.Block;
import org.govdoc.model.Document;
import org.govdoc.model.DocumentMetadata;
import org.govdoc.model.Location;
import org.govdoc.model.Paragraph;
import org.govdoc.model.Table;
import org.govdoc.record.WarningCode;

/**
 * Collects the blocks of a document in reading order and numbers them: block index, table index
 * and the location of every paragraph, row and cell. Blank paragraphs and tables without any cell
 * are dropped. Every reader builds its {@link Document} through this class so that locations mean
 * the same thing for every format.
 *
 * <p>Tables written as text: a run of consecutive paragraphs that contain a tab (rows of a
 * plain-text file, or of any format whose table came out as tab-separated lines) becomes one
 * {@link Table}, one row per line, a cell per tab-separated field, so extractors only ever see
 * real tables. It is numbered in reading order like any other table.
 *
 * <p>Bounded: a builder made with a {@link ReadContext} keeps at most {@link ReadContext#maxChars()}
 * characters of plain text ({@link Document#plainText()}: the blocks' texts and the line breaks
 * between them; the record's text bound, {@code --max-text-chars}). The block that passes the bound
 * is cut (a paragraph to the characters that fit, a table to the rows, cells and characters that
 * fit), later blocks are left out, and the built document's context gets the warning
 * {@code content_truncated} saying where the cut is and how much that was read was left out.
 * Readers that stream stop reading once the builder is {@link #full()}, so a huge file (a sheet of
 * a million cells, a paragraph of 50 MB) costs what the bound costs, and the extractors see no more
 * than the record can carry (issue 18, hole 8).
 */
public final class DocumentBuilder {

    private record TabLine(String text, Integer page) {
    }

    private final List<Block> blocks = new ArrayList<>();
    private final List<TabLine> tabRun = new ArrayList<>();
    private int tables;
    private final ReadContext context;
    private final long maxChars;
    /** Characters of the plain text so far: the blocks' texts and the line breaks between them. */
    private long chars;
    /** Where the document was cut (the first text left out), null while nothing was. */
    private Location cutAt;
    private String cutWhere;
    /** Characters offered after the cut and left out. */
    private long left;

    /** A builder without a bound (tools, tests, a part read to be appended to a bounded builder). */
    public DocumentBuilder() {
        this(new ReadContext());
    }

    /** A builder that keeps the document within the context's bound and tells it what it cut. */
    public DocumentBuilder(ReadContext context) {
        this.context = context;
        this.maxChars = context.maxChars();
    }

    /**
     * True once the document was cut at its bound: whatever is added from now on is left out, so a
     * reader can stop reading (the warning says the rest was not read).
     */
    public boolean full() {
        return cutAt != null;
    }

    /** How many more characters of plain text the document may hold (separators included). */
    public long remaining() {
        return cutAt != null ? 0 : Math.max(0, maxChars - chars);
    }

    /**
     * Says that the reader stopped reading here because the bound was reached (a sheet whose cells
     * past {@link #remaining()} were not kept): the document is cut after what it holds, with the
     * warning, unless it was cut already.
     */
    public void stoppedAtBound() {
        closeTabRun();
        if (cutAt == null) {
            cutAt = Location.ofBlock(null, blocks.size());
            cutWhere = "第 " + (blocks.size() + 1) + " 块";
        }
    }

    /** Adds a body paragraph. */
    public DocumentBuilder paragraph(String text, Integer page) {
        return paragraph(text, null, page);
    }

    /**
     * Adds a paragraph; blank text is dropped. Trailing whitespace of each line is removed.
     *
     * @param headingLevel 1.. for headings, null for body text
     * @param page         1-based page, null for formats without pages
     */
    public DocumentBuilder paragraph(String text, Integer headingLevel, Integer page) {
        return add(TextCleanup.cleanParagraph(text), headingLevel, page, BlockReading.NONE);
    }

    /**
     * Adds a paragraph read from a page: as {@link #paragraph(String, Integer, Integer)}, with its
     * box and, for text read by OCR, its confidence (a paragraph with a tab, read as a table row,
     * keeps neither).
     */
    public DocumentBuilder paragraph(String text, Integer headingLevel, Integer page, BlockReading reading) {
        return add(TextCleanup.cleanParagraph(text), headingLevel, page, reading);
    }

    /** Adds a line of a plain-text file: like a body paragraph, but leading tabs are kept (empty leading fields). */
    public DocumentBuilder line(String text, Integer page) {
        return add(TextCleanup.cleanLine(text), null, page, BlockReading.NONE);
    }

    private DocumentBuilder add(String t, Integer headingLevel, Integer page, BlockReading reading) {
        if (t.isBlank()) {
            return this;
        }
        if (t.indexOf('\t') >= 0) {
            tabRun.add(new TabLine(t, page));
            return this;
        }
        closeTabRun();
        if (cutAt != null) {
            left += t.length();
            return this;
        }
        int block = blocks.size();
        long room = maxChars - chars - separator();
        if (t.length() <= room) {
            chars += separator() + t.length();
            blocks.add(new Paragraph(t, headingLevel,
                    Location.ofBlock(page, block).withProvenance(reading.box(), reading.confidence()),
                    reading.ocrDigits()));
            return this;
        }
        int keep = (int) Math.max(0, room);
        if (keep > 0 && Character.isHighSurrogate(t.charAt(keep - 1))) {
            keep--; // never split a character
        }
        String kept = t.substring(0, keep);
        if (!kept.isBlank()) {
            chars += separator() + keep;
            blocks.add(new Paragraph(kept, headingLevel,
                    Location.ofBlock(page, block).withProvenance(reading.box(), reading.confidence()),
                    reading.ocrDigits()));
            cutWhere = "第 " + (block + 1) + " 段的第 " + (keep + 1) + " 个字符";
        } else {
            cutWhere = "第 " + (block + 1) + " 段";
        }
        cutAt = Location.ofBlock(page, block);
        left += t.length() - keep;
        return this;
    }

    /** 1 when a block's text needs a line break before it in the plain text (some text came before). */
    private int separator() {
        return chars > 0 ? 1 : 0;
    }

    /** Adds a table built with {@link TableBuilder}; a table without cells is dropped. */
    public DocumentBuilder table(TableBuilder table) {
        closeTabRun();
        addTable(table);
        return this;
    }

    /**
     * Adds the blocks of a document read from a part of this one (a Word altChunk's HTML, MHT or
     * RTF), numbered as this document's.
     */
    public DocumentBuilder append(Document part) {
        for (org.govdoc.model.Block b : part.blocks()) {
            if (b instanceof Paragraph p) {
                paragraph(p.text(), p.headingLevel(), null);
            } else if (b instanceof Table t) {
                TableBuilder tb = new TableBuilder();
                for (org.govdoc.model.Row r : t.rows()) {
                    tb.row();
                    for (org.govdoc.model.Cell c : r.cells()) {
                        tb.cellAt(c.column(), c.text(), c.rowSpan(), c.colSpan());
                    }
                }
                table(tb);
            }
        }
        return this;
    }

    private void addTable(TableBuilder table) {
        if (table.isEmpty()) {
            return;
        }
        Table t = table.build(tables, blocks.size());
        if (cutAt != null) {
            left += t.text().length();
            return;
        }
        long length = t.text().length();
        int sep = length == 0 ? 0 : separator();
        if (chars + sep + length <= maxChars) {
            chars += sep + length;
            blocks.add(t);
            tables++;
            return;
        }
        TablePrefix prefix = TablePrefix.of(t, maxChars - chars - sep);
        cutAt = prefix.at();
        cutWhere = "第 " + (t.index() + 1) + " 个表格的第 " + (cutAt.row() + 1) + " 行"
                + (cutAt.column() == null ? "" : "第 " + (cutAt.column() + 1) + " 列");
        if (prefix.table() != null) {
            long keptLength = prefix.table().text().length();
            chars += sep + keptLength;
            left += length - keptLength;
            blocks.add(prefix.table());
            tables++;
        } else {
            left += length;
        }
    }

    /** The pending tab-separated lines as one table. */
    private void closeTabRun() {
        if (tabRun.isEmpty()) {
            return;
        }
        TableBuilder table = new TableBuilder();
        for (TabLine l : tabRun) {
            table.row(l.page());
            for (String field : l.text().split("\t", -1)) {
                table.cell(field.strip());
            }
        }
        tabRun.clear();
        addTable(table);
    }

    /** The blocks added so far, in order. */
    public List<Block> blocks() {
        closeTabRun();
        return List.copyOf(blocks);
    }

    public int blockCount() {
        closeTabRun();
        return blocks.size();
    }

    public Document build(DocumentMetadata metadata) {
        closeTabRun();
        if (cutAt != null) {
            context.warn(WarningCode.CONTENT_TRUNCATED, "文件正文超过单条记录的上限（" + maxChars + " 个字符，--max-text-chars）：只读取了前 "
                    + chars + " 个字符，自" + cutWhere + "起的内容未读取（已读出而舍去 " + left
                    + " 个字符，其后未读出的部分不计），字段只从已读取的部分中提取", cutAt);
        }
        return new Document(blocks, metadata);
    }
}
