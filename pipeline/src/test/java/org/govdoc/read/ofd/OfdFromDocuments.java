package org.govdoc.read.ofd;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.govdoc.corpus.spec.DocSpec;
import org.govdoc.corpus.spec.PageFurniture;
import org.govdoc.corpus.spec.SpecBlock;
import org.govdoc.model.Block;
import org.govdoc.model.Cell;
import org.govdoc.model.Document;
import org.govdoc.model.Paragraph;
import org.govdoc.model.Row;
import org.govdoc.model.Table;
import org.govdoc.read.ReadOutcome;
import org.govdoc.read.TikaFileReader;

/**
 * A measuring tool (test classpath, not a test): reads every file of a folder with govdoc's readers
 * and writes what was read as an OFD with {@link OfdRenderer} (paragraphs with their heading level,
 * tables with their spans), so that OFD versions of real documents can be ingested and scored
 * against the gold of the originals. {@code java ... OfdFromDocuments IN_DIR OUT_DIR}
 */
public final class OfdFromDocuments {

    private OfdFromDocuments() {
    }

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        TikaFileReader reader = new TikaFileReader();
        List<Path> files;
        try (Stream<Path> s = Files.list(in)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            ReadOutcome o = reader.read(f);
            if (!(o instanceof ReadOutcome.Read r)) {
                System.err.println("skipped " + f.getFileName() + ": " + o);
                continue;
            }
            String name = f.getFileName().toString();
            String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            new OfdRenderer().render(spec(r.document()), out.resolve(stem + ".ofd"));
        }
    }

    static DocSpec spec(Document doc) {
        List<SpecBlock> blocks = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                blocks.add(new SpecBlock.Paragraph(p.text(), p.headingLevel() == null ? 0 : p.headingLevel(), false));
            } else if (b instanceof Table t) {
                List<List<SpecBlock.Cell>> rows = new ArrayList<>();
                for (Row row : t.rows()) {
                    List<SpecBlock.Cell> cells = new ArrayList<>();
                    for (Cell c : row.cells()) {
                        cells.add(new SpecBlock.Cell(c.text(), c.rowSpan(), c.colSpan()));
                    }
                    rows.add(cells);
                }
                blocks.add(new SpecBlock.Table(rows, true, 1, true));
            }
        }
        return new DocSpec(doc.metadata().title(), doc.metadata().author(), blocks, PageFurniture.NONE);
    }
}
