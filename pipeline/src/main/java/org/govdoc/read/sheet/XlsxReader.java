package org.govdoc.read.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.xmlbeans.XmlException;
import org.govdoc.model.Document;
import org.govdoc.read.DocumentBuilder;
import org.govdoc.read.ReadContext;
import org.govdoc.read.ZipInflation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an XLSX workbook by streaming the parts it needs through SAX handlers instead of building
 * POI's workbook model, which parses every part of the package into XmlBeans objects: the sheet
 * list ({@link WorkbookSheetsHandler}), the shared strings ({@link SharedStringsHandler}), the
 * styles (POI's {@link StylesTable}, for number formats), each visible worksheet
 * ({@link SheetXmlHandler}) and the core properties. The document is the one
 * {@link SpreadsheetReader#readWorkbook} makes of the same file; a workbook with a structure the
 * handlers do not reproduce gives no document ({@link NotStreamable}), for the workbook model to read.
 */
final class XlsxReader {

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final OPCPackage pkg;
    private final XMLReader xml;

    private XlsxReader(OPCPackage pkg, XMLReader xml) {
        this.pkg = pkg;
        this.xml = xml;
    }

    /**
     * The workbook's document, or empty when the workbook model has to read it.
     *
     * @throws IOException      when the package cannot be opened or a part cannot be read
     * @throws RuntimeException when POI rejects a value (the workbook model fails on it too)
     */
    static Optional<Document> read(Path file, String mediaType, ReadContext context) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException e) {
            throw new IOException(e); // as POI's workbook factory reports it
        }
        try {
            return Optional.of(new XlsxReader(pkg, XMLHelper.newXMLReader()).document(mediaType, context));
        } catch (NotStreamable e) {
            return Optional.empty();
        } catch (SAXException | ParserConfigurationException | OpenXML4JException | XmlException e) {
            throw new IOException(e);
        } finally {
            pkg.revert();
        }
    }

    /** A sheet part the workbook refers to: a worksheet, or a chartsheet (no cells). */
    private record SheetPart(PackagePart part, boolean worksheet) {
    }

    /** The parts the workbook part refers to, as POI's workbook model finds them; null when absent. */
    private record WorkbookParts(Map<String, SheetPart> sheetsByRelId, PackagePart styles, PackagePart strings) {
    }

    private Document document(String mediaType, ReadContext context)
            throws IOException, SAXException, OpenXML4JException, XmlException {
        PackagePart workbook = workbookPart();
        WorkbookParts parts = parts(workbook);
        List<WorkbookSheetsHandler.SheetEntry> sheets = parse(workbook, new WorkbookSheetsHandler()).sheets();
        SharedStrings strings = parts.strings() == null
                ? new SharedStrings() : parse(parts.strings(), new SharedStringsHandler()).strings();
        // a workbook without styles gets POI's default ones, as in the workbook model
        StylesTable stylesTable = parts.styles() == null ? new StylesTable() : new StylesTable(parts.styles());
        CellStyles styles = new CellStyles(stylesTable, new DataFormatter(Locale.ROOT));
        Set<PackagePart> seen = new HashSet<>();
        DocumentBuilder out = new DocumentBuilder(context);
        for (WorkbookSheetsHandler.SheetEntry sheet : sheets) {
            if (out.full()) {
                break; // the document's bound was reached: later sheets are not read
            }
            SheetPart part = sheet.relId() == null ? null : parts.sheetsByRelId().get(sheet.relId());
            if (part == null) {
                continue; // POI skips a sheet whose part is missing
            }
            if (!seen.add(part.part())) {
                throw new NotStreamable("two sheets in one part");
            }
            if (sheet.hidden() || !part.worksheet()) {
                continue; // lookup lists and scratch data nobody sees; charts have no cells
            }
            SheetXmlHandler cells = parse(part.part(),
                    new SheetXmlHandler(strings, styles, hyperlinkRelIds(part.part()), out.remaining()));
            SheetLayout.write(sheet.name(), cells.merged(), cells.cells(), out);
            if (cells.cut()) {
                out.stoppedAtBound();
            }
        }
        return out.build(SpreadsheetReader.metadata(new POIXMLProperties(pkg).getCoreProperties(), mediaType));
    }

    /** Internal relationships to existing parts; the last styles and shared strings part count. */
    private WorkbookParts parts(PackagePart workbook) throws InvalidFormatException {
        Map<String, SheetPart> sheets = new HashMap<>();
        PackagePart styles = null;
        PackagePart strings = null;
        for (PackageRelationship rel : workbook.getRelationships()) {
            PackagePart part = rel.getTargetMode() == TargetMode.INTERNAL ? target(rel) : null;
            if (part == null) {
                continue;
            }
            String type = rel.getRelationshipType();
            if (type.equals(XSSFRelation.WORKSHEET.getRelation())) {
                sheets.put(rel.getId(), new SheetPart(part, true));
            } else if (type.equals(XSSFRelation.CHARTSHEET.getRelation())) {
                sheets.put(rel.getId(), new SheetPart(part, false));
            } else if (type.equals(XSSFRelation.STYLES.getRelation())) {
                styles = part;
            } else if (type.equals(XSSFRelation.SHARED_STRINGS.getRelation())) {
                strings = part;
            }
        }
        return new WorkbookParts(sheets, styles, strings);
    }

    private static Set<String> hyperlinkRelIds(PackagePart sheet) throws InvalidFormatException {
        Set<String> ids = new HashSet<>();
        for (PackageRelationship rel : sheet.getRelationshipsByType(XSSFRelation.SHEET_HYPERLINKS.getRelation())) {
            ids.add(rel.getId());
        }
        return ids;
    }

    /** The workbook part; the workbook model reports a package without one. */
    private PackagePart workbookPart() throws InvalidFormatException, NotStreamable {
        PackageRelationship rel = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
        PackagePart part = rel == null ? null : pkg.getPart(rel);
        if (part == null) {
            throw new NotStreamable("no workbook part");
        }
        if (part.getContentType().equals(XSSFRelation.XLSB_BINARY_WORKBOOK.getContentType())) {
            throw new NotStreamable("a binary workbook (XLSB)");
        }
        return part;
    }

    /** A relationship's target part as POI's document parts resolve it; null when it does not exist. */
    private PackagePart target(PackageRelationship rel) throws InvalidFormatException {
        URI uri = rel.getTargetURI();
        PackagePartName name = uri.getRawFragment() != null
                ? PackagingURIHelper.createPartName(uri.getPath())
                : PackagingURIHelper.createPartName(uri);
        return pkg.getPart(name);
    }

    private <H extends DefaultHandler> H parse(PackagePart part, H handler) throws IOException, SAXException {
        xml.setContentHandler(handler);
        xml.setErrorHandler(handler); // fails on malformed XML without logging it (the workbook model reports it)
        // the package's directory may understate a part's size (checked before opening): count while inflating
        long compressed = part instanceof ZipPackagePart zipPart ? zipPart.getZipArchive().getCompressedSize() : -1;
        try (InputStream in = ZipInflation.limited(part.getInputStream(), compressed)) {
            xml.parse(new InputSource(in));
        } catch (ZipInflation.Exceeded e) {
            throw new PartTooLarge(part.getPartName().getName().substring(1), e.inflated());
        }
        return handler;
    }

    /** A part that inflated past the {@link ZipInflation} limit while it was read. */
    static final class PartTooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final String part;
        final long inflated;

        PartTooLarge(String part, long inflated) {
            super(part + " inflated past " + inflated + " bytes");
            this.part = part;
            this.inflated = inflated;
        }
    }
}
