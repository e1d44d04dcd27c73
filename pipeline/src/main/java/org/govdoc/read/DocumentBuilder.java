package org.govdoc.read;

import java.util.ArrayList;
import java.util.List;
import org.govdoc.model.Block;
import org.govdoc.model.Document;
import org.govdoc.model.DocumentMetadata;
import org.govdoc.model.Location;
import org.govdoc.model.Paragraph;
import org.govdoc.model.Table;

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
 */
public final class DocumentBuilder {

    private record TabLine(String text, Integer page) {
    }

    private final List<Block> blocks = new ArrayList<>();
    private final List<TabLine> tabRun = new ArrayList<>();
    private int tables;

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
        blocks.add(new Paragraph(t, headingLevel,
                Location.ofBlock(page, blocks.size()).withProvenance(reading.box(), reading.confidence()),
                reading.ocrDigits()));
        return this;
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
        blocks.add(table.build(tables, blocks.size()));
        tables++;
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
        return new Document(blocks, metadata);
    }
}
