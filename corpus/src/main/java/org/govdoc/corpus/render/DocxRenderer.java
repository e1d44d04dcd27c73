package org.govdoc.corpus.render;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.govdoc.corpus.spec.DocSpec;
import org.govdoc.corpus.spec.PageFurniture;
import org.govdoc.corpus.spec.SpecBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Renders a {@link DocSpec} as DOCX with POI XWPF, the way Chinese government documents are
 * typically laid out: 仿宋 body text, 黑体 headings ("heading N" styles with outline levels),
 * tables with merged cells as Word stores them ({@code gridSpan} across, {@code vMerge}
 * restart/continue down), one paragraph per line inside a cell, optional borders, repeated header
 * rows, a running header and a page-number footer, page breaks and landscape sections.
 */
public final class DocxRenderer implements Renderer {

    static final String BODY_FONT = "仿宋";
    static final String HEADING_FONT = "黑体";
    /** A4 in twips. */
    private static final int PAGE_W = 11906;
    private static final int PAGE_H = 16838;
    private static final int MARGIN = 1440;

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public void render(DocSpec spec, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            if (spec.title() != null) {
                doc.getProperties().getCoreProperties().setTitle(spec.title());
            }
            if (spec.author() != null) {
                doc.getProperties().getCoreProperties().setCreator(spec.author());
            }
            addHeadingStyles(doc);
            List<CTSectPr> sectionEnds = new ArrayList<>();
            boolean landscape = false;
            for (SpecBlock b : spec.blocks()) {
                if (b instanceof SpecBlock.Paragraph p) {
                    paragraph(doc, p);
                } else if (b instanceof SpecBlock.Table t) {
                    table(doc, t);
                    doc.createParagraph(); // Word needs a paragraph between adjacent tables
                } else if (b instanceof SpecBlock.PageBreak pb) {
                    XWPFParagraph p = doc.createParagraph();
                    if (pb.landscapeAfter() && !landscape) {
                        // a section break ends the portrait section; it starts a new page itself
                        CTSectPr sect = p.getCTP().addNewPPr().addNewSectPr();
                        pageSetup(sect, false);
                        sectionEnds.add(sect);
                        landscape = true;
                    } else {
                        p.createRun().addBreak(BreakType.PAGE);
                    }
                }
            }
            CTSectPr body = doc.getDocument().getBody().isSetSectPr()
                    ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
            pageSetup(body, landscape);
            furniture(doc, spec.furniture());
            for (CTSectPr s : sectionEnds) {
                // every section shows the same header and footer
                s.setHeaderReferenceArray(body.getHeaderReferenceArray());
                s.setFooterReferenceArray(body.getFooterReferenceArray());
            }
            doc.write(out);
        }
    }

    private static void addHeadingStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        for (int level = 1; level <= 6; level++) {
            CTStyle ct = CTStyle.Factory.newInstance();
            ct.setStyleId("Heading" + level);
            ct.setType(STStyleType.PARAGRAPH);
            ct.addNewName().setVal("heading " + level);
            ct.addNewQFormat();
            ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
            ct.addNewRPr().addNewB();
            styles.addStyle(new XWPFStyle(ct, styles));
        }
    }

    private static void paragraph(XWPFDocument doc, SpecBlock.Paragraph sp) {
        XWPFParagraph p = doc.createParagraph();
        if (sp.headingLevel() > 0) {
            p.setStyle("Heading" + Math.min(6, sp.headingLevel()));
        }
        if (sp.centered()) {
            p.setAlignment(ParagraphAlignment.CENTER);
        }
        XWPFRun run = p.createRun();
        font(run, sp.headingLevel() > 0 ? HEADING_FONT : BODY_FONT, sp.headingLevel() > 0 ? 16 : 14);
        String[] lines = sp.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static void table(XWPFDocument doc, SpecBlock.Table spec) {
        SpecGrid grid = new SpecGrid(spec);
        int cols = Math.max(1, grid.columnCount());
        int colWidth = (PAGE_W - 2 * MARGIN) / cols;
        XWPFTable t = doc.createTable();
        t.removeRow(0);
        t.setWidth("100%");
        CTTblGrid tblGrid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (tblGrid.sizeOfGridColArray() > 0) {
            tblGrid.removeGridCol(0);
        }
        for (int c = 0; c < cols; c++) {
            tblGrid.addNewGridCol().setW(BigInteger.valueOf(colWidth));
        }
        XWPFTable.XWPFBorderType border = spec.bordered() ? XWPFTable.XWPFBorderType.SINGLE
                : XWPFTable.XWPFBorderType.NONE;
        int size = spec.bordered() ? 4 : 0;
        t.setTopBorder(border, size, 0, "000000");
        t.setBottomBorder(border, size, 0, "000000");
        t.setLeftBorder(border, size, 0, "000000");
        t.setRightBorder(border, size, 0, "000000");
        t.setInsideHBorder(border, size, 0, "000000");
        t.setInsideVBorder(border, size, 0, "000000");
        for (int r = 0; r < grid.rowCount(); r++) {
            XWPFTableRow row = t.createRow();
            while (!row.getTableCells().isEmpty()) {
                row.removeCell(0); // createRow copies the first row's cell count
            }
            if (spec.repeatHeader() && r < spec.headerRows()) {
                row.setRepeatHeader(true);
            }
            int c = 0;
            while (c < cols) {
                SpecGrid.Placed owner = grid.owner(r, c);
                if (owner == null) {
                    cell(row, "", 1, colWidth, null); // a short row: pad to the grid
                    c++;
                    continue;
                }
                int span = owner.colSpan();
                if (owner.row() == r) {
                    cell(row, owner.cell().text(), span, colWidth,
                            owner.rowSpan() > 1 ? STMerge.RESTART : null);
                } else {
                    cell(row, "", span, colWidth, STMerge.CONTINUE);
                }
                c += span;
            }
        }
    }

    private static void cell(XWPFTableRow row, String text, int span, int colWidth, STMerge.Enum vMerge) {
        XWPFTableCell cell = row.addNewTableCell();
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth w = pr.addNewTcW();
        w.setW(BigInteger.valueOf((long) colWidth * span));
        w.setType(STTblWidth.DXA);
        if (span > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        if (vMerge != null) {
            pr.addNewVMerge().setVal(vMerge);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            // POI gives every new cell one empty paragraph: it holds the first line
            XWPFParagraph p = i == 0 && !cell.getParagraphs().isEmpty() ? cell.getParagraphs().get(0)
                    : cell.addParagraph();
            XWPFRun run = p.createRun();
            font(run, BODY_FONT, 12);
            run.setText(line);
        }
    }

    private static void font(XWPFRun run, String family, int size) {
        run.setFontFamily(family, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
        run.setFontSize(size);
    }

    private static void pageSetup(CTSectPr sect, boolean landscape) {
        CTPageSz sz = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        sz.setW(BigInteger.valueOf(landscape ? PAGE_H : PAGE_W));
        sz.setH(BigInteger.valueOf(landscape ? PAGE_W : PAGE_H));
        if (landscape) {
            sz.setOrient(STPageOrientation.LANDSCAPE);
        }
        var mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN));
        mar.setBottom(BigInteger.valueOf(MARGIN));
        mar.setLeft(BigInteger.valueOf(MARGIN));
        mar.setRight(BigInteger.valueOf(MARGIN));
        mar.setHeader(BigInteger.valueOf(851));
        mar.setFooter(BigInteger.valueOf(992));
    }

    private static void furniture(XWPFDocument doc, PageFurniture f) {
        if (f.header() != null) {
            XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
            XWPFParagraph p = header.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = p.createRun();
            font(run, BODY_FONT, 10);
            run.setText(f.header());
        }
        if (f.pageNumberStyle() != null) {
            XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph p = footer.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            if ("of".equals(f.pageNumberStyle())) {
                text(p, "第");
                field(p, "PAGE");
                text(p, "页 共");
                field(p, "NUMPAGES");
                text(p, "页");
            } else {
                text(p, "－ ");
                field(p, "PAGE");
                text(p, " －");
            }
        }
    }

    private static void text(XWPFParagraph p, String s) {
        XWPFRun run = p.createRun();
        font(run, BODY_FONT, 10);
        run.setText(s);
    }

    /** A complex field (begin, instruction, separate, result, end) such as PAGE. */
    private static void field(XWPFParagraph p, String instruction) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = p.createRun();
        instr.getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        text(p, "1");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
