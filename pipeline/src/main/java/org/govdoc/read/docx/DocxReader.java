package org.govdoc.read.docx;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.govdoc.model.Document;
import org.govdoc.model.DocumentMetadata;
import org.govdoc.read.DocumentBuilder;
import org.govdoc.read.DocumentReader;
import org.govdoc.read.Failures;
import org.govdoc.read.HeadingStyles;
import org.govdoc.read.MergedGrid.Merge;
import org.govdoc.read.MergedGrid.Slot;
import org.govdoc.read.MergedGrid;
import org.govdoc.read.MetadataValues;
import org.govdoc.read.ReadFailure;
import org.govdoc.read.TableBuilder;
import org.govdoc.record.ErrorCode;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads DOCX with POI XWPF: body paragraphs and tables in document order; Word heading styles and
 * outline levels as heading levels; automatic list numbers ("1." "（一）") put back in front of
 * their paragraph; tables with exact grid positions ({@code gridBefore}, {@code gridSpan}) and
 * vertical merges ({@code vMerge}) turned into row spans. Nested tables are flattened into their
 * cell, one line per nested row. Headers, footers and footnotes are not body text and are left out.
 */
public final class DocxReader implements DocumentReader {

    @Override
    public Document read(Path file, String mediaType) throws ReadFailure, IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException e) {
            throw new ReadFailure(ErrorCode.CORRUPT,
                    "The DOCX (Word) file is truncated or damaged: " + Failures.detail(e), e);
        }
        try (XWPFDocument doc = new XWPFDocument(pkg)) {
            return new Reading(doc).read(mediaType);
        } finally {
            pkg.revert();
        }
    }

    /** The state of reading one document. */
    private static final class Reading {
        private final XWPFDocument doc;
        private final XWPFStyles styles;
        private final DocxNumbering lists;
        private final DocumentBuilder out = new DocumentBuilder();

        Reading(XWPFDocument doc) {
            this.doc = doc;
            this.styles = doc.getStyles();
            this.lists = new DocxNumbering(doc.getNumbering(), styles);
        }

        Document read(String mediaType) {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    List<String> boxes = new ArrayList<>();
                    out.paragraph(paragraphText(p, boxes), headingLevel(p), null);
                    for (String box : boxes) {
                        out.paragraph(box, null);
                    }
                } else if (e instanceof XWPFTable t) {
                    out.table(table(t));
                } else if (e instanceof XWPFSDT sdt) {
                    for (String line : sdt.getContent().getText().split("\n")) {
                        out.paragraph(line, null);
                    }
                }
            }
            return out.build(metadata(mediaType));
        }

        /** The paragraph's text with its automatic number (if any) in front; text boxes to {@code boxes}. */
        private String paragraphText(XWPFParagraph p, List<String> boxes) {
            String text = DocxText.paragraph(p.getCTP().getDomNode(), boxes);
            String number = safeNumber(p); // advances the counters even for an empty paragraph, as Word does
            if (!text.isBlank()) {
                if (number != null && !number.isBlank()) {
                    String n = number.strip();
                    // bullets are list decoration, not numbers worth keeping
                    if (n.codePoints().anyMatch(Character::isLetterOrDigit)) {
                        return n + (endsWithPunctuation(n) ? "" : " ") + text.stripLeading();
                    }
                }
            }
            return text;
        }

        private String safeNumber(XWPFParagraph p) {
            try {
                return lists.next(p);
            } catch (RuntimeException e) {
                return null; // a damaged numbering definition costs the number, not the text
            }
        }

        private static boolean endsWithPunctuation(String n) {
            char c = n.charAt(n.length() - 1);
            return c == '.' || c == '、' || c == '）' || c == ')' || c == '．' || c == '：' || c == ':';
        }

        private Integer headingLevel(XWPFParagraph p) {
            Integer own = outline(p.getCTP().getPPr());
            if (own != null) {
                return own;
            }
            String styleId = p.getStyleID();
            for (int depth = 0; styleId != null && styles != null && depth < 10; depth++) {
                XWPFStyle style = styles.getStyle(styleId);
                if (style == null) {
                    return null;
                }
                if (style.getName() != null) {
                    Integer heading = HeadingStyles.levelOf(style.getName());
                    if (heading != null) {
                        return heading;
                    }
                }
                CTStyle ct = style.getCTStyle();
                Integer lvl = ct == null ? null : outline(ct.getPPr());
                if (lvl != null) {
                    return lvl;
                }
                styleId = style.getBasisStyleID();
            }
            return null;
        }

        /** Outline level 0..8 → heading 1..9; 9 (body text) and absent → null. */
        private static Integer outline(CTPPrBase ppr) {
            if (ppr == null || !ppr.isSetOutlineLvl() || ppr.getOutlineLvl().getVal() == null) {
                return null;
            }
            int v = ppr.getOutlineLvl().getVal().intValue();
            return v >= 0 && v <= 8 ? v + 1 : null;
        }

        private TableBuilder table(XWPFTable t) {
            MergedGrid grid = new MergedGrid();
            for (XWPFTableRow row : t.getRows()) {
                grid.row();
                int col = gridBefore(row);
                for (ICell ic : row.getTableICells()) {
                    if (ic instanceof XWPFTableCell c) {
                        CTTcPr pr = c.getCTTc().getTcPr();
                        int span = 1;
                        Merge merge = Merge.NONE;
                        boolean hContinue = false;
                        if (pr != null) {
                            if (pr.isSetGridSpan() && pr.getGridSpan().getVal() != null) {
                                span = Math.max(1, pr.getGridSpan().getVal().intValue());
                            }
                            if (pr.isSetVMerge()) {
                                merge = pr.getVMerge().getVal() == STMerge.RESTART ? Merge.RESTART : Merge.CONTINUE;
                            }
                            if (pr.isSetHMerge()) {
                                hContinue = pr.getHMerge().getVal() != STMerge.RESTART;
                            }
                        }
                        Slot left = hContinue ? grid.removeLast() : null;
                        if (left != null) {
                            // legacy horizontal merge: widen the cell on the left
                            grid.add(new Slot(left.text(), left.column(), left.span() + span, left.merge()));
                        } else {
                            grid.add(new Slot(cellText(c), col, span, merge));
                        }
                        col += span;
                    } else if (ic instanceof XWPFSDTCell sc) {
                        grid.add(new Slot(sc.getContent().getText(), col, 1, Merge.NONE));
                        col += 1;
                    }
                }
            }
            return grid.toTable();
        }

        private static int gridBefore(XWPFTableRow row) {
            CTTrPr pr = row.getCtRow().getTrPr();
            if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
                return 0;
            }
            CTDecimalNumber n = pr.getGridBeforeArray(0);
            BigInteger v = n == null ? null : n.getVal();
            return v == null ? 0 : Math.max(0, v.intValue());
        }

        /** A cell's paragraphs as lines (blank ones dropped); nested tables one line per row. */
        private String cellText(XWPFTableCell c) {
            List<String> lines = new ArrayList<>();
            for (IBodyElement e : c.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    List<String> boxes = new ArrayList<>();
                    String text = paragraphText(p, boxes);
                    if (!text.isBlank()) {
                        lines.add(text);
                    }
                    lines.addAll(boxes);
                } else if (e instanceof XWPFTable nested) {
                    for (XWPFTableRow row : nested.getRows()) {
                        List<String> parts = new ArrayList<>();
                        for (ICell ic : row.getTableICells()) {
                            String s = ic instanceof XWPFTableCell nc ? cellText(nc)
                                    : ic instanceof XWPFSDTCell sc ? sc.getContent().getText() : "";
                            s = s.replace('\n', ' ').strip();
                            if (!s.isEmpty()) {
                                parts.add(s);
                            }
                        }
                        if (!parts.isEmpty()) {
                            lines.add(String.join(" ", parts));
                        }
                    }
                } else if (e instanceof XWPFSDT sdt) {
                    lines.add(sdt.getContent().getText());
                }
            }
            return String.join("\n", lines);
        }

        private DocumentMetadata metadata(String mediaType) {
            POIXMLProperties props = doc.getProperties();
            POIXMLProperties.CoreProperties core = props.getCoreProperties();
            Integer pages = null;
            POIXMLProperties.ExtendedProperties ext = props.getExtendedProperties();
            if (ext != null && ext.getUnderlyingProperties() != null
                    && ext.getUnderlyingProperties().isSetPages()) {
                int p = ext.getUnderlyingProperties().getPages();
                pages = p > 0 ? p : null;
            }
            return new DocumentMetadata(MetadataValues.text(core.getTitle()), MetadataValues.text(core.getCreator()),
                    MetadataValues.instant(core.getCreated()), MetadataValues.instant(core.getModified()), pages, mediaType);
        }
    }


}
