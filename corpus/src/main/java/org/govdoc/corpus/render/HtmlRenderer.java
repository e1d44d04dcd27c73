package org.govdoc.corpus.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.govdoc.corpus.spec.DocSpec;
import org.govdoc.corpus.spec.SpecBlock;

/**
 * Renders a {@link DocSpec} as UTF-8 HTML: h1..h6 headings, centred paragraphs, tables with
 * rowspan/colspan (header rows in {@code <thead>} with {@code <th>}), {@code <br>} for line breaks
 * inside cells and paragraphs, page breaks as CSS page-break markers. Running headers and page
 * numbers have no place in HTML and are not rendered.
 */
public final class HtmlRenderer implements Renderer {

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void render(DocSpec spec, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        if (spec.title() != null) {
            w.write("<title>" + escape(spec.title()) + "</title>\n");
        }
        if (spec.author() != null) {
            w.write("<meta name=\"author\" content=\"" + escape(spec.author()) + "\">\n");
        }
        w.write("<style>table{border-collapse:collapse}table.bordered td,table.bordered th"
                + "{border:1px solid #000}td,th{padding:2px 6px}</style>\n</head>\n<body>\n");
        for (SpecBlock b : spec.blocks()) {
            if (b instanceof SpecBlock.Paragraph p) {
                String tag = p.headingLevel() > 0 ? "h" + Math.min(6, p.headingLevel()) : "p";
                w.write("<" + tag + (p.centered() ? " style=\"text-align:center\"" : "") + ">"
                        + lines(p.text()) + "</" + tag + ">\n");
            } else if (b instanceof SpecBlock.Table t) {
                table(w, t);
            } else if (b instanceof SpecBlock.PageBreak) {
                w.write("<div style=\"page-break-after:always\"></div>\n");
            }
        }
        w.write("</body>\n</html>\n");
        w.flush();
    }

    private static void table(Writer w, SpecBlock.Table t) throws IOException {
        w.write(t.bordered() ? "<table class=\"bordered\">\n" : "<table>\n");
        int header = Math.min(t.headerRows(), t.rows().size());
        for (int r = 0; r < t.rows().size(); r++) {
            if (r == 0 && header > 0) {
                w.write("<thead>\n");
            }
            if (r == header) {
                w.write("<tbody>\n");
            }
            String cellTag = r < header ? "th" : "td";
            w.write("<tr>");
            for (SpecBlock.Cell c : t.rows().get(r)) {
                w.write("<" + cellTag);
                if (c.rowSpan() > 1) {
                    w.write(" rowspan=\"" + c.rowSpan() + "\"");
                }
                if (c.colSpan() > 1) {
                    w.write(" colspan=\"" + c.colSpan() + "\"");
                }
                w.write(">" + lines(c.text()) + "</" + cellTag + ">");
            }
            w.write("</tr>\n");
            if (r == header - 1) {
                w.write("</thead>\n");
            }
        }
        if (header < t.rows().size()) {
            w.write("</tbody>\n");
        }
        w.write("</table>\n");
    }

    private static String lines(String s) {
        return escape(s).replace("\n", "<br>");
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
