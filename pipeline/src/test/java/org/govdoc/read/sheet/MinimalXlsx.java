package org.govdoc.read.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an XLSX package from hand-written part XML, for workbooks POI's writer does not make
 * (inline and rich strings with phonetic runs, cells without references, duplicate rows, missing
 * parts, odd states).
 */
final class MinimalXlsx {

    static final String NS = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    private record Sheet(String attributes, String xml, boolean chart) {
    }

    private final List<Sheet> sheets = new ArrayList<>();
    private final Map<String, String> extraSheetEntries = new LinkedHashMap<>();
    private String sharedStrings;
    private String styles;
    private String core;
    private String workbookOverride;

    /** A sheet: the attributes of its {@code <sheet>} besides r:id and sheetId, and its worksheet XML. */
    MinimalXlsx sheet(String attributes, String worksheetXml) {
        sheets.add(new Sheet(attributes, worksheetXml, false));
        return this;
    }

    /** A chartsheet (a sheet holding only a chart). */
    MinimalXlsx chartsheet(String attributes) {
        sheets.add(new Sheet(attributes, "<chartsheet " + NS + "><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews></chartsheet>", true));
        return this;
    }

    /** A worksheet with {@code <sheetData>} content and what follows it (mergeCells). */
    static String worksheet(String before, String sheetData, String after) {
        return "<worksheet " + NS + ">" + before + "<sheetData>" + sheetData + "</sheetData>" + after + "</worksheet>";
    }

    /** A {@code <sheet>} element with no part behind it. */
    MinimalXlsx danglingSheet(String attributes) {
        extraSheetEntries.put(attributes, "");
        return this;
    }

    MinimalXlsx sharedStrings(String... items) {
        StringBuilder b = new StringBuilder("<sst " + NS + " count=\"" + items.length + "\">");
        for (String i : items) {
            b.append(i);
        }
        sharedStrings = b.append("</sst>").toString();
        return this;
    }

    /** The styles part: {@code <numFmts>} content and the {@code <cellXfs>} xf elements. */
    MinimalXlsx styles(String numFmts, String... xfs) {
        StringBuilder b = new StringBuilder("<styleSheet " + NS + ">");
        if (!numFmts.isEmpty()) {
            b.append("<numFmts>").append(numFmts).append("</numFmts>");
        }
        b.append("<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"宋体\"/></font></fonts>")
                .append("<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>")
                .append("<borders count=\"1\"><border/></borders>")
                .append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
                .append("<cellXfs count=\"").append(xfs.length).append("\">");
        for (String xf : xfs) {
            b.append(xf);
        }
        styles = b.append("</cellXfs></styleSheet>").toString();
        return this;
    }

    MinimalXlsx core(String title, String creator, String created, String modified) {
        core = "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:title>" + title + "</dc:title><dc:creator>" + creator + "</dc:creator>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + created + "</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + modified + "</dcterms:modified>"
                + "</cp:coreProperties>";
        return this;
    }

    /** Replaces the workbook part's XML ({@code %SHEETS%} stands for the generated sheet list). */
    MinimalXlsx workbook(String xml) {
        workbookOverride = xml;
        return this;
    }

    Path write(Path file) throws IOException {
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        StringBuilder list = new StringBuilder();
        for (int i = 1; i <= sheets.size(); i++) {
            String kind = sheets.get(i - 1).chart() ? "chartsheet" : "worksheet";
            types.append("<Override PartName=\"/xl/").append(kind).append("s/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.").append(kind).append("+xml\"/>");
            rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/")
                    .append(kind).append("\" Target=\"").append(kind).append("s/sheet").append(i).append(".xml\"/>");
            list.append("<sheet ").append(sheets.get(i - 1).attributes()).append(" sheetId=\"").append(i)
                    .append("\" r:id=\"rId").append(i).append("\"/>");
        }
        int id = sheets.size() + 1;
        for (String attributes : extraSheetEntries.keySet()) {
            list.append("<sheet ").append(attributes).append(" sheetId=\"").append(id++).append("\"/>");
        }
        if (sharedStrings != null) {
            types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
            rels.append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        }
        if (styles != null) {
            types.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
            rels.append("<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        }
        if (core != null) {
            types.append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>");
        }
        types.append("</Types>");
        rels.append("</Relationships>");
        String pkgRels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + (core == null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>")
                + "</Relationships>";
        String workbook = workbookOverride != null ? workbookOverride.replace("%SHEETS%", list)
                : "<workbook " + NS + "><sheets>" + list + "</sheets></workbook>";
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            put(zip, "[Content_Types].xml", types.toString());
            put(zip, "_rels/.rels", pkgRels);
            put(zip, "xl/workbook.xml", workbook);
            put(zip, "xl/_rels/workbook.xml.rels", rels.toString());
            for (int i = 1; i <= sheets.size(); i++) {
                Sheet sheet = sheets.get(i - 1);
                put(zip, "xl/" + (sheet.chart() ? "chartsheets" : "worksheets") + "/sheet" + i + ".xml", sheet.xml());
            }
            if (sharedStrings != null) {
                put(zip, "xl/sharedStrings.xml", sharedStrings);
            }
            if (styles != null) {
                put(zip, "xl/styles.xml", styles);
            }
            if (core != null) {
                put(zip, "docProps/core.xml", core);
            }
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
