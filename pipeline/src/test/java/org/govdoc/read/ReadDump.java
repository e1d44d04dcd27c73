package org.govdoc.read;

import java.nio.file.Path;
import org.govdoc.model.Block;
import org.govdoc.model.Cell;
import org.govdoc.model.Document;
import org.govdoc.model.Paragraph;
import org.govdoc.model.Row;
import org.govdoc.model.Table;

/**
 * Prints what {@link TikaFileReader} makes of files, block by block, with every cell's grid
 * position and spans. A tool for checking readers by hand, not a test:
 * {@code java -cp <test classpath> org.govdoc.read.ReadDump file...}.
 */
public final class ReadDump {

    private ReadDump() {
    }

    public static void main(String[] args) {
        TikaFileReader reader = new TikaFileReader();
        for (String a : args) {
            Path f = Path.of(a);
            ReadOutcome o = reader.read(f);
            System.out.println("== " + f.getFileName() + "  [" + o.mediaType() + "]");
            if (o instanceof ReadOutcome.Failed failed) {
                System.out.println("FAILED " + failed.error().code() + ": " + failed.error().message());
                continue;
            }
            Document d = ((ReadOutcome.Read) o).document();
            System.out.println("metadata " + d.metadata());
            for (Block b : d.blocks()) {
                if (b instanceof Paragraph p) {
                    System.out.println("P" + (p.headingLevel() == null ? "" : "h" + p.headingLevel())
                            + (p.location().page() == null ? "" : " p" + p.location().page()) + " | "
                            + p.text().replace("\n", "⏎"));
                } else if (b instanceof Table t) {
                    System.out.println("TABLE " + t.index() + " rows=" + t.rows().size() + " cols=" + t.columnCount());
                    for (Row r : t.rows()) {
                        StringBuilder sb = new StringBuilder("  r" + r.index() + ":");
                        for (Cell c : r.cells()) {
                            sb.append(" [").append(c.column());
                            if (c.rowSpan() > 1 || c.colSpan() > 1) {
                                sb.append(' ').append(c.rowSpan()).append('x').append(c.colSpan());
                            }
                            sb.append("] ").append(c.text().replace("\n", "⏎"));
                        }
                        System.out.println(sb);
                    }
                }
            }
        }
    }
}
