package org.govdoc.corpus.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.govdoc.corpus.spec.DocSpec;
import org.govdoc.corpus.spec.SpecBlock;

/**
 * Renders a {@link DocSpec} as plain text in a given charset (UTF-8, or GB18030/GBK as older
 * Chinese systems write): one line per paragraph (line breaks inside it kept), tables as
 * tab-separated lines with a merged cell's text at its top-left position and empty fields for the
 * positions it covers, line breaks inside a cell turned into spaces, a blank line around tables and
 * at page breaks. Running headers and page numbers are not rendered.
 */
public final class TxtRenderer implements Renderer {

    private final Charset charset;
    private final String newline;

    /** Lines end with '\n'. */
    public TxtRenderer(Charset charset) {
        this(charset, "\n");
    }

    /** @param newline "\n" or "\r\n" (as Windows editors write) */
    public TxtRenderer(Charset charset, String newline) {
        this.charset = charset;
        this.newline = newline;
    }

    public Charset charset() {
        return charset;
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public void render(DocSpec spec, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, charset.newEncoder());
        for (String line : lines(spec)) {
            w.write(line);
            w.write(newline);
        }
        w.flush();
    }

    /** The lines of the text file. */
    public List<String> lines(DocSpec spec) {
        List<String> out = new ArrayList<>();
        for (SpecBlock b : spec.blocks()) {
            if (b instanceof SpecBlock.Paragraph p) {
                out.addAll(List.of(p.text().split("\n", -1)));
            } else if (b instanceof SpecBlock.Table t) {
                out.add("");
                SpecGrid grid = new SpecGrid(t);
                for (int r = 0; r < grid.rowCount(); r++) {
                    List<String> fields = new ArrayList<>();
                    for (int c = 0; c < grid.columnCount(); c++) {
                        SpecGrid.Placed o = grid.owner(r, c);
                        boolean start = o != null && o.row() == r && o.column() == c;
                        fields.add(start ? o.cell().text().replace('\n', ' ').replace('\t', ' ') : "");
                    }
                    out.add(String.join("\t", fields).replaceAll("\t+$", ""));
                }
                out.add("");
            } else if (b instanceof SpecBlock.PageBreak) {
                out.add("");
            }
        }
        return out;
    }
}
