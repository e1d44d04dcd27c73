package org.govdoc.read.doc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.govdoc.model.Document;
import org.govdoc.model.DocumentMetadata;
import org.govdoc.read.ColumnEdges;
import org.govdoc.read.DocumentBuilder;
import org.govdoc.read.DocumentReader;
import org.govdoc.read.HeadingStyles;
import org.govdoc.read.MergedGrid.Merge;
import org.govdoc.read.MergedGrid.Slot;
import org.govdoc.read.MergedGrid;
import org.govdoc.read.MetadataValues;
import org.govdoc.read.ReadContext;
import org.govdoc.read.ReadFailure;
import org.govdoc.read.TableBuilder;

/**
 * Reads Word 97-2003 binaries (.doc) and WPS Writer files (.wps, the same binary format) with POI
 * HWPF: main-text paragraphs and tables in order, heading styles and outline levels as heading
 * levels, list numbers put back in front of their paragraph, field codes removed (their results
 * kept). A DOC table stores each cell's left edge and width rather than grid columns, so the grid
 * is rebuilt from all cell edges of the table: a cell covering several edge intervals gets a
 * column span. Vertically merged cells become row spans.
 */
public final class DocReader implements DocumentReader {

    @Override
    public Document read(Path file, String mediaType, ReadContext context) throws ReadFailure, IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            HWPFDocument doc = new HWPFDocument(fs);
            DocNumbering lists = new DocNumbering();
            Range range = doc.getRange();
            DocumentBuilder out = new DocumentBuilder(context);
            int n = range.numParagraphs();
            for (int i = 0; i < n && !out.full(); i++) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable() && p.getTableLevel() >= 1) {
                    Table t = tableAt(range, p);
                    if (t != null) {
                        out.table(table(doc, lists, t));
                        i += Math.max(0, t.numParagraphs() - 1);
                        continue;
                    }
                }
                out.paragraph(paragraphText(lists, p), headingLevel(doc, p), null);
            }
            return out.build(metadata(doc, mediaType));
        }
    }

    /** The table starting at {@code p}, or null when HWPF cannot make one (the text is kept as paragraphs). */
    private static Table tableAt(Range range, Paragraph p) {
        try {
            return range.getTable(p);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private static TableBuilder table(HWPFDocument doc, DocNumbering lists, Table t) {
        ColumnEdges edges = new ColumnEdges(ColumnEdges.TWIP_TOLERANCE);
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                edges.add(cell.getLeftEdge());
                edges.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> lines = edges.lines();
        MergedGrid grid = new MergedGrid();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            grid.row();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int col = ColumnEdges.nearest(lines, cell.getLeftEdge());
                int end = ColumnEdges.nearest(lines, cell.getLeftEdge() + cell.getWidth());
                int span = Math.max(1, end - col);
                if (cell.isMerged() && !cell.isFirstMerged()) {
                    Slot left = grid.removeLast();
                    if (left != null) {
                        grid.add(new Slot(left.text(), left.column(), Math.max(left.span(), end - left.column()),
                                left.merge()));
                        continue;
                    }
                }
                Merge merge = !cell.isVerticallyMerged() ? Merge.NONE
                        : cell.isFirstVerticallyMerged() ? Merge.RESTART : Merge.CONTINUE;
                grid.add(new Slot(cellText(lists, cell), col, span, merge));
            }
        }
        return grid.toTable();
    }



    private static String cellText(DocNumbering lists, TableCell cell) {
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < cell.numParagraphs(); k++) {
            String s = paragraphText(lists, cell.getParagraph(k));
            s = s.strip();
            if (!s.isEmpty()) {
                lines.add(s);
            }
        }
        return String.join("\n", lines);
    }

    private static String paragraphText(DocNumbering lists, Paragraph p) {
        String text = clean(visibleText(p));
        String number = null;
        try {
            number = lists.next(p);
        } catch (RuntimeException e) {
            // a damaged list definition costs the number, not the text
        }
        if (!text.isBlank()) {
            if (number != null) {
                String n = number.strip();
                if (!n.isEmpty() && n.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    char last = n.charAt(n.length() - 1);
                    boolean punct = last == '.' || last == '、' || last == '）' || last == ')' || last == '．';
                    return n + (punct ? "" : " ") + text.stripLeading();
                }
            }
        }
        return text;
    }

    /** The paragraph's text without tracked deletions. */
    private static String visibleText(Paragraph p) {
        StringBuilder b = new StringBuilder();
        boolean deleted = false;
        for (int i = 0; i < p.numCharacterRuns(); i++) {
            CharacterRun run = p.getCharacterRun(i);
            if (run.isMarkedDeleted()) {
                deleted = true;
            } else {
                b.append(run.text());
            }
        }
        return deleted ? b.toString() : p.text();
    }

    /** Field instructions removed (results kept), Word's special characters mapped. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int depth = 0;
        boolean[] inCode = new boolean[64];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0013') {
                depth = Math.min(depth + 1, inCode.length - 1);
                inCode[depth] = true;
            } else if (c == '\u0014') {
                if (depth > 0) {
                    inCode[depth] = false;
                }
            } else if (c == '\u0015') {
                if (depth > 0) {
                    inCode[depth] = false;
                    depth--;
                }
            } else if (depth > 0 && inCode[depth]) {
                // instruction text of a field
            } else if (c == '\u001E') {
                b.append('-');
            } else if (c == '\u001F') {
                // optional hyphen
            } else if (c == '\u0007' || c == '\r') {
                b.append('\n');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static Integer headingLevel(HWPFDocument doc, Paragraph p) {
        try {
            StyleDescription sd = doc.getStyleSheet().getStyleDescription(p.getStyleIndex());
            if (sd != null && sd.getName() != null) {
                Integer heading = HeadingStyles.levelOf(sd.getName());
                if (heading != null) {
                    return heading;
                }
            }
        } catch (RuntimeException e) {
            // no usable style sheet: fall back to the outline level
        }
        int lvl = p.getLvl();
        return lvl >= 0 && lvl <= 8 ? lvl + 1 : null;
    }

    private static DocumentMetadata metadata(HWPFDocument doc, String mediaType) {
        SummaryInformation si = doc.getSummaryInformation();
        if (si == null) {
            return DocumentMetadata.empty(mediaType);
        }
        int pages = si.getPageCount();
        return new DocumentMetadata(MetadataValues.text(si.getTitle()), MetadataValues.text(si.getAuthor()),
                MetadataValues.instant(si.getCreateDateTime()),
                MetadataValues.instant(si.getLastSaveDateTime()),
                pages > 0 ? pages : null, mediaType);
    }

}
