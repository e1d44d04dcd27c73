package org.govdoc.corpus.spec;

import java.util.List;

/**
 * What a generated document says and how it is laid out, independent of the format it is
 * rendered to. Renderers (DOCX, XLSX, HTML, TXT, PDF) turn it into a file.
 *
 * @param title      the file's metadata title (may be null)
 * @param author     the file's metadata author (may be null)
 * @param blocks     the body in reading order
 * @param furniture  running header/footer and page numbers for paged formats
 */
public record DocSpec(String title, String author, List<SpecBlock> blocks, PageFurniture furniture) {

    public DocSpec {
        blocks = List.copyOf(blocks);
        furniture = furniture == null ? PageFurniture.NONE : furniture;
    }
}
