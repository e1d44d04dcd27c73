package org.govdoc.corpus.gen;

import java.util.ArrayList;
import java.util.List;
import org.govdoc.corpus.spec.DocSpec;
import org.govdoc.corpus.spec.PageFurniture;
import org.govdoc.corpus.spec.SpecBlock;

/** Collects the blocks of a document, writing paragraphs in the office's punctuation style. */
final class SpecBuilder {

    private final Style style;
    private final List<SpecBlock> blocks = new ArrayList<>();

    SpecBuilder(Style style) {
        this.style = style;
    }

    SpecBuilder p(String text) {
        blocks.add(SpecBlock.Paragraph.body(style.punct(text)));
        return this;
    }

    /** Appends text to the last block, which must be a body paragraph (an inline assignment note). */
    SpecBuilder appendToLast(String text) {
        SpecBlock last = blocks.get(blocks.size() - 1);
        if (!(last instanceof SpecBlock.Paragraph p) || p.headingLevel() != 0) {
            throw new IllegalStateException("the last block is not a body paragraph");
        }
        blocks.set(blocks.size() - 1, new SpecBlock.Paragraph(p.text() + style.punct(text), 0, p.centered()));
        return this;
    }

    SpecBuilder heading(String text, int level) {
        blocks.add(new SpecBlock.Paragraph(style.punct(text), level, false));
        return this;
    }

    SpecBuilder title(String text) {
        blocks.add(new SpecBlock.Paragraph(text, 1, true));
        return this;
    }

    SpecBuilder center(String text) {
        blocks.add(new SpecBlock.Paragraph(style.punct(text), 0, true));
        return this;
    }

    /** A signature line (right side in print; centred is the nearest the spec has). */
    SpecBuilder sign(String text) {
        return center(text);
    }

    SpecBuilder pageBreak(boolean landscapeAfter) {
        blocks.add(new SpecBlock.PageBreak(landscapeAfter));
        return this;
    }

    SpecBuilder table(SpecBlock.Table table) {
        blocks.add(table);
        return this;
    }

    DocSpec build(String title, String author, PageFurniture furniture) {
        return new DocSpec(title, author, blocks, furniture);
    }

    /** Random page furniture: running header, page numbers, or none. */
    static PageFurniture furniture(Rng rng, String header) {
        String h = rng.chance(0.4) ? header : null;
        String numbers = rng.pick("dash", "of", null, "dash");
        return new PageFurniture(h, numbers);
    }
}
