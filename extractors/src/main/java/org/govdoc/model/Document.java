package org.govdoc.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** A document as an ordered list of blocks, independent of the file format it came from. */
public record Document(List<Block> blocks, DocumentMetadata metadata) {

    public Document {
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(metadata, "metadata");
    }

    public List<Paragraph> paragraphs() {
        return blocks.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }

    public List<Table> tables() {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    /** Plain text in reading order: paragraphs as lines, table rows as tab-separated lines. */
    public String plainText() {
        return blocks.stream().map(Block::text).filter(t -> !t.isEmpty()).collect(Collectors.joining("\n"));
    }

    public boolean isEmpty() {
        return blocks.stream().allMatch(b -> b.text().isBlank());
    }
}
