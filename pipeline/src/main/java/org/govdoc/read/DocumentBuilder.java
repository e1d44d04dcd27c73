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
 */
public final class DocumentBuilder {

    private final List<Block> blocks = new ArrayList<>();
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
        String t = TextCleanup.cleanParagraph(text);
        if (t.isBlank()) {
            return this;
        }
        blocks.add(new Paragraph(t, headingLevel, Location.ofBlock(page, blocks.size())));
        return this;
    }

    /** Adds a line of a plain-text file: like a body paragraph, but leading tabs are kept. */
    public DocumentBuilder line(String text, Integer page) {
        String t = TextCleanup.cleanLine(text);
        if (t.isBlank()) {
            return this;
        }
        blocks.add(new Paragraph(t, null, Location.ofBlock(page, blocks.size())));
        return this;
    }

    /** Adds a table built with {@link TableBuilder}; a table without cells is dropped. */
    public DocumentBuilder table(TableBuilder table) {
        if (table.isEmpty()) {
            return this;
        }
        Table t = table.build(tables, blocks.size());
        blocks.add(t);
        tables++;
        return this;
    }

    /** The blocks added so far, in order. */
    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    public int blockCount() {
        return blocks.size();
    }

    public Document build(DocumentMetadata metadata) {
        return new Document(blocks, metadata);
    }
}
