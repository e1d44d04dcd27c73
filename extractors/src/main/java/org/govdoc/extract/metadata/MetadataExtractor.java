package org.govdoc.extract.metadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdoc.extract.ExtractionDraft;
import org.govdoc.extract.FieldExtractor;
import org.govdoc.extract.TextLines;
import org.govdoc.extract.TextLines.Line;
import org.govdoc.extract.units.UnitNames;
import org.govdoc.model.Block;
import org.govdoc.model.Cell;
import org.govdoc.model.Document;
import org.govdoc.model.Location;
import org.govdoc.model.Paragraph;
import org.govdoc.model.Row;
import org.govdoc.model.Table;
import org.govdoc.record.Warning;
import org.govdoc.record.WarningCode;
import org.govdoc.text.ChineseText;
import org.govdoc.text.DateParser;
import org.govdoc.text.DateParser.DateMention;
import org.govdoc.text.DateParser.Precision;

/**
 * Title, 发文字号, 发文机关, issue date and year of a document, and implausible_year warnings.
 * Stateless and thread-safe.
 */
public final class MetadataExtractor implements FieldExtractor {

    /** How many opening lines may hold the header (发文机关标志, 发文字号, title). */
    private static final int HEAD_LINES = 20;

    static final Pattern DOC_NUMBER = Pattern.compile(
            "[\\p{IsHan}A-Za-z]{1,16}\\s*[〔\\[【（(﹝［〖]\\s*(?:19|20)[0-9]{2}\\s*[〕\\]】）)﹞］〗]\\s*第?\\s*[0-9]{1,4}\\s*号");
    private static final Pattern SKIP_HEAD = Pattern.compile(
            "^(?:发布时间|发布日期|发布者|时间[：:]|来源[：:]|信息来源|签发人|签发|密级|紧急程度|特急|加急|急件|平急|★|秘密|机密|绝密|编号|公开属性|公开方式|份号|\\d{6}$|[（(]?此件|主送|抄送)");
    private static final Pattern TITLE_END = Pattern.compile(
            "(?:方案|通知|意见|办法|计划|报告|答复|复函|函|项目|细则|决定|批复|总结|规划|要点|申报书|申报表|请示|通报|公告|说明|情况|"
                    + "规定|制度|纲要|清单|目标表|提案|建议|意见书|汇报|讲话|公示|决议|条例|安排|指引|指南|标准|任务书|责任书|预算)[\\s》”\"]*$");
    private static final Pattern SENTENCE_END = Pattern.compile("[。：:；;，,！!？?]$");
    private static final Pattern ISSUED_LINE = Pattern.compile("^(?<unit>.{2,60}?)\\s*(?<date>(?:[12][0-9]{3}|[〇零○一二][〇零○一二三四五六七八九]{3})\\s*年.{1,8}?[日号])\\s*印发");
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})\\s*年");
    private static final Pattern BUDGET_YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})\\s*年度");
    /** A table's year line standing alone under its title: (2022年度), （ 2019 年度）, 2019年度）. */
    private static final Pattern YEAR_LINE = Pattern.compile("^[（(]?\\s*((?:19|20)[0-9]{2})\\s*年度?\\s*[）)]?$");
    /** The year in the brackets of a 发文字号 (〔2016〕13号). */
    private static final Pattern DOC_NUMBER_YEAR = Pattern.compile("[〔\\[【（(﹝［〖]\\s*((?:19|20)[0-9]{2})\\s*[〕\\]】）)﹞］〗]\\s*第?\\s*[0-9]{1,4}\\s*号");
    /** How many rows of each opening table may hold the table's year line. */
    private static final int HEAD_ROWS = 4;
    private static final Pattern HEADER_MARK = Pattern.compile("^(.{2,40}?)(?:文件|公函|函件|简报)$");
    private static final Pattern SIGNER = Pattern.compile("签\\s*发\\s*人\\s*[：:]\\s*[\\p{IsHan}·、 ]{0,20}");
    /** A line that is a bracketed text and nothing else. */
    private static final Pattern BRACKETED_LINE = Pattern.compile("^\\s*[（(]\\s*(.+?)\\s*[）)]\\s*$");
    private static final Pattern SPACE_OR_PUNCTUATION = Pattern.compile("[\\s\\p{P}]");
    private static final Pattern SPACE_OR_PARENTHESIS = Pattern.compile("[\\s（）()]");
    private static final Pattern SEAL_NOTE = Pattern.compile("[（(]\\s*(?:盖章|印章|公章|章)\\s*[）)]$");

    /** Writes title, docNumber, issuer, issueDate, year and implausible_year warnings into the draft. */
    @Override
    public void extract(Document doc, ExtractionDraft draft) {
        Integer periodYear = draft.project() != null && draft.project().periodStart() != null
                ? draft.project().periodStart().getYear() : null;
        Metadata m = extract(doc, periodYear);
        if (m.title() != null) {
            draft.title(m.title());
        }
        draft.docNumber(m.docNumber());
        draft.issuer(m.issuer());
        draft.issueDate(m.issueDate());
        draft.year(m.year());
        m.warnings().forEach(draft::warn);
    }

    public Metadata extract(Document doc) {
        return extract(doc, (Integer) null);
    }

    /**
     * The metadata; {@code periodYear} is the year the document's period starts in (a budget
     * project's 项目期限), used for the year when the title names none.
     */
    public Metadata extract(Document doc, Integer periodYear) {
        List<Line> lines = TextLines.of(doc, null);
        int docNumberLine = docNumberLine(lines);
        String docNumber = docNumberLine < 0 ? headerTableDocNumber(doc) : docNumber(lines.get(docNumberLine).text());
        String title = title(lines, docNumberLine);
        if (title == null) {
            title = tableTitleRow(doc);
        }
        if (title == null && doc.metadata().title() != null && !doc.metadata().title().isBlank()) {
            title = TextLines.clean(doc.metadata().title());
        }
        Signature sig = signature(lines, docNumberLine);
        Integer year = year(title, periodYear, doc, lines, sig.date, docNumber);
        return new Metadata(title, docNumber, sig.unit, sig.date, year, implausibleYears(doc));
    }

    /**
     * The title written as the first row of a table that opens the document (a form or a task list
     * whose title is a cell merged across the table), or null.
     */
    private static String tableTitleRow(Document doc) {
        if (doc.blocks().isEmpty() || !(doc.blocks().get(0) instanceof org.govdoc.model.Table t) || t.rows().isEmpty()
                || t.columnCount() < 2) {
            return null;
        }
        List<org.govdoc.model.Cell> cells = t.rows().get(0).cells().stream().filter(c -> !c.isEmpty()).toList();
        if (cells.size() != 1 || cells.get(0).colSpan() < t.columnCount()) {
            return null;
        }
        String text = TextLines.clean(cells.get(0).text().replace('\n', ' '));
        return isTitleLike(text) && TITLE_END.matcher(text).find() ? text : null;
    }

    /** The 发文字号 in a text, brackets folded to 〔〕 and spaces removed, or null. */
    public static String docNumber(String text) {
        if (text == null || text.indexOf('号') < 0) {
            return null; // every 发文字号 ends in 号
        }
        Matcher m = DOC_NUMBER.matcher(text);
        if (!m.find()) {
            return null;
        }
        return ChineseText.foldYearBrackets(ChineseText.removeWhitespace(m.group()));
    }

    /** How many opening blocks may hold a layout table with the 发文字号. */
    private static final int HEAD_BLOCKS = 6;

    /**
     * The 发文字号 laid out in a small table among the opening blocks (a borderless row
     * 某发〔2023〕15号 | 签发人：张三, as Word templates do), or null.
     */
    static String headerTableDocNumber(Document doc) {
        List<Block> blocks = doc.blocks();
        for (int i = 0; i < Math.min(HEAD_BLOCKS, blocks.size()); i++) {
            if (!(blocks.get(i) instanceof Table t) || t.rows().size() > 2) {
                continue;
            }
            for (Row r : t.rows()) {
                for (Cell c : r.cells()) {
                    String text = TextLines.clean(c.text().replace('\n', ' '));
                    if (isDocNumberLine(text)) {
                        return docNumber(text);
                    }
                }
            }
        }
        return null;
    }

    /** The opening line that is (mostly) a 发文字号, or -1. */
    private static int docNumberLine(List<Line> lines) {
        for (int i = 0; i < Math.min(HEAD_LINES, lines.size()); i++) {
            if (isDocNumberLine(lines.get(i).text())) {
                return i;
            }
        }
        return -1;
    }

    /** A line that is a 发文字号 and little else (签发人 may stand beside it); not a citation in brackets. */
    private static boolean isDocNumberLine(String t) {
        if (t.indexOf('号') < 0) {
            return false;
        }
        Matcher bracketed = BRACKETED_LINE.matcher(t);
        if (bracketed.matches()) {
            t = bracketed.group(1); // (甬政办发〔2007〕106号) alone under the title of a reprinted notice
        }
        Matcher m = DOC_NUMBER.matcher(t);
        if (!m.find() || m.start() > 0 && "（(《“".indexOf(t.charAt(m.start() - 1)) >= 0) {
            return false;
        }
        String rest = SIGNER.matcher(t.substring(0, m.start()) + t.substring(m.end())).replaceAll("");
        rest = SPACE_OR_PUNCTUATION.matcher(rest).replaceAll("");
        return rest.length() <= 4;
    }

    private String title(List<Line> lines, int docNumberLine) {
        String below = titleBelow(lines, docNumberLine);
        if (below != null || docNumberLine <= 0 || docNumberLine > 5) {
            return below;
        }
        // replies and letters often put the 发文字号 under the title: a line above it that ends
        // like a title (…的答复, …的函) is the title when nothing below is one
        for (int i = 0; i < docNumberLine; i++) {
            String t = lines.get(i).text();
            if (skipInHead(t) || !isTitleLike(t) || UnitNames.looksLikeUnit(t) || HEADER_MARK.matcher(t).find()) {
                continue;
            }
            String whole = withContinuation(lines, i);
            if (TITLE_END.matcher(whole).find()) {
                return whole;
            }
        }
        return null;
    }

    private String titleBelow(List<Line> lines, int docNumberLine) {
        int limit = Math.min(HEAD_LINES, lines.size());
        // the 发文机关标志 stands above the 发文字号, the title below it
        int from = docNumberLine >= 0 && docNumberLine <= 5 ? docNumberLine + 1 : 0;
        // a paragraph marked as a heading wins, unless it is the header mark (a unit's name)
        for (int i = from; i < limit; i++) {
            Line l = lines.get(i);
            if (l.headingLevel() != null && l.headingLevel() <= 2 && i != docNumberLine && isTitleLike(l.text())
                    && !UnitNames.looksLikeUnit(l.text()) && !HEADER_MARK.matcher(l.text()).find()) {
                return withContinuation(lines, i);
            }
        }
        for (int i = from; i < limit; i++) {
            String t = lines.get(i).text();
            if (i == docNumberLine || skipInHead(t)) {
                continue;
            }
            if (UnitNames.looksLikeUnit(t) || HEADER_MARK.matcher(t).find() && t.length() <= 42) {
                continue; // a header mark (发文机关标志) above the title
            }
            if (isTitleLike(t)) {
                return withContinuation(lines, i);
            }
            return null; // the body starts: no title in the text
        }
        return null;
    }

    /** The title line with the lines continuing it (a title broken over two or three lines). */
    private static String withContinuation(List<Line> lines, int i) {
        String t = lines.get(i).text();
        if (TITLE_END.matcher(t).find()) {
            return t;
        }
        StringBuilder acc = new StringBuilder(t);
        for (int k = 1; k <= 2 && i + k < lines.size(); k++) {
            String n = lines.get(i + k).text();
            if (!isTitleLike(n) || skipInHead(n) || acc.length() + n.length() > 100 || isDocNumberLine(n)) {
                break;
            }
            acc.append(n);
            if (TITLE_END.matcher(acc).find()) {
                return acc.toString();
            }
        }
        return t;
    }

    private static boolean skipInHead(String t) {
        return t.isBlank() || SKIP_HEAD.matcher(t).find() || isDateOnly(t);
    }

    private static boolean isTitleLike(String t) {
        return t.length() >= 4 && t.length() <= 100 && !SENTENCE_END.matcher(t).find()
                && !t.startsWith("尊敬的") && org.govdoc.extract.tasks.Numbering.parse(t).isEmpty();
    }

    /** A line that is a date and nothing else (2023年5月4日, 二〇二三年五月四日). */
    static boolean isDateOnly(String t) {
        if (t.length() > 24) {
            return false;
        }
        List<DateMention> ds = DateParser.find(t, null);
        if (ds.size() != 1) {
            return false;
        }
        DateMention d = ds.get(0);
        String rest = SPACE_OR_PARENTHESIS.matcher(t.substring(0, d.start()) + t.substring(d.end())).replaceAll("");
        return d.precision() == Precision.DAY && d.yearExplicit() && rest.isEmpty();
    }

    private record Signature(String unit, LocalDate date) {
    }

    /**
     * The signature: a date-only line with unit-like lines right above it (first such, so that a
     * notice's signature wins over dates of attachments); else the 印发 line of the 版记; else the
     * header mark and no date.
     */
    /** A label before the signature date (日期：2023年8月25日, 答复日期：…); not a web page's 发布日期. */
    private static final Pattern DATE_LABEL = Pattern.compile("^(?:日\\s*期|成文日期|签发日期|答复日期|办复日期)\\s*[：:]\\s*");

    private static Signature signature(List<Line> lines, int docNumberLine) {
        LocalDate loneDate = null;
        for (int i = 0; i < lines.size(); i++) {
            String t = SEAL_NOTE.matcher(DATE_LABEL.matcher(lines.get(i).text()).replaceFirst("")).replaceFirst("").strip();
            if (isDateOnly(t)) {
                LocalDate d = DateParser.parseDate(t).orElse(null);
                String unit = unitAbove(lines, i);
                if (unit != null) {
                    return new Signature(unit, d);
                }
                if (loneDate == null && i > 0) {
                    loneDate = d;
                }
            } else if (DateParser.parseCompactDate(t).isPresent() && unitAbove(lines, i) != null) {
                // a signature date stored without its 年月日 (2023619): read only under the unit
                return new Signature(unitAbove(lines, i), DateParser.parseCompactDate(t).get());
            } else {
                Signature inline = inlineSignature(t);
                if (inline != null && i > Math.min(3, lines.size() - 1)) {
                    return inline;
                }
            }
        }
        for (Line l : lines) {
            Matcher m = ISSUED_LINE.matcher(l.text());
            if (m.find()) {
                String unit = TextLines.clean(m.group("unit"));
                return new Signature(UnitNames.endsLikeUnit(unit) ? unit : null,
                        DateParser.parseDate(m.group("date")).orElse(loneDate));
            }
        }
        return new Signature(headerMark(lines, docNumberLine), loneDate);
    }

    /** 某某局 2023年5月4日 on one line. */
    private static Signature inlineSignature(String t) {
        if (t.length() > 70 || !(t.endsWith("日") || t.endsWith("号"))) {
            return null;
        }
        List<DateMention> ds = DateParser.find(t, null);
        if (ds.size() != 1 || ds.get(0).precision() != Precision.DAY || !ds.get(0).yearExplicit()
                || ds.get(0).end() != t.length()) {
            return null;
        }
        String unit = t.substring(0, ds.get(0).start()).strip();
        if (!UnitNames.looksLikeUnit(unit)) {
            return null;
        }
        return new Signature(unit, ds.get(0).first());
    }

    /** The longest signature line: a bureau of an autonomous county of an autonomous prefecture runs to 36 characters. */
    private static final int UNIT_LINE_LENGTH = 40;

    /** Unit-like lines just above line i, joined (a long name broken over two lines). */
    private static String unitAbove(List<Line> lines, int i) {
        StringBuilder b = new StringBuilder();
        int j = i - 1;
        int taken = 0;
        while (j >= 0 && taken < 3) {
            String t = SEAL_NOTE.matcher(lines.get(j).text()).replaceAll("").strip();
            if (t.length() > UNIT_LINE_LENGTH || SENTENCE_END.matcher(t).find() || NOT_IN_UNIT.matcher(t).find()
                    || isDateOnly(t) || t.isEmpty()) {
                break;
            }
            b.insert(0, t);
            taken++;
            j--;
            if (UnitNames.looksLikeUnit(b.toString()) && (j < 0 || !UnitNames.looksLikeUnit(lines.get(j).text())
                    && !continuesUnit(lines.get(j).text()))) {
                return b.toString();
            }
        }
        String s = b.toString();
        return UnitNames.looksLikeUnit(s) ? s : null;
    }

    private static boolean continuesUnit(String t) {
        return t.length() <= 16 && !SENTENCE_END.matcher(t).find() && !NOT_IN_UNIT.matcher(t).find() && !isDateOnly(t);
    }

    /** Characters a unit's name (or a line of one) never holds: sentence marks, colons, digits. */
    private static final Pattern NOT_IN_UNIT = Pattern.compile("[。：:，,；;！!？?0-9０-９]");

    /** The 发文机关标志: the lines above the 发文字号, or a 某某文件 line, or a unit line opening the document. */
    private static String headerMark(List<Line> lines, int docNumberLine) {
        if (docNumberLine > 0 && docNumberLine <= 5) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < docNumberLine; i++) {
                if (!skipInHead(lines.get(i).text())) {
                    b.append(lines.get(i).text());
                }
            }
            String s = b.toString();
            Matcher m = HEADER_MARK.matcher(s);
            if (m.find()) {
                s = m.group(1);
            }
            if (UnitNames.looksLikeUnit(s)) {
                return s;
            }
        }
        for (int i = 0; i < Math.min(HEAD_LINES, lines.size()); i++) {
            String t = lines.get(i).text();
            Matcher m = HEADER_MARK.matcher(t);
            if (m.find() && UnitNames.looksLikeUnit(m.group(1))) {
                return m.group(1);
            }
        }
        for (int i = 0; i < Math.min(3, lines.size()); i++) {
            String t = lines.get(i).text();
            if (skipInHead(t)) {
                continue;
            }
            return UnitNames.looksLikeUnit(t) ? t : null;
        }
        return null;
    }

    /**
     * The year the document is about: the title's (2023年工作方案); else a table's year line
     * standing alone ((2022年度) under a form's title); else the project period's; else a 年度 in
     * the opening lines; else the issue date's; else the year of a 发文字号 (the document's own,
     * else the first one cited).
     */
    private static Integer year(String title, Integer periodYear, Document doc, List<Line> lines, LocalDate issueDate,
                                String docNumber) {
        Integer y = firstYear(title, YEAR_IN_TEXT);
        if (y != null) {
            return y;
        }
        y = yearLine(doc, lines);
        if (y != null) {
            return y;
        }
        if (periodYear != null && !YearCheck.implausible(periodYear)) {
            return periodYear;
        }
        for (int i = 0; i < Math.min(HEAD_LINES * 2, lines.size()); i++) {
            y = firstYear(lines.get(i).text(), BUDGET_YEAR);
            if (y != null) {
                return y;
            }
        }
        if (issueDate != null) {
            return issueDate.getYear();
        }
        y = firstYear(docNumber, DOC_NUMBER_YEAR);
        for (int i = 0; y == null && i < lines.size(); i++) {
            y = firstYear(lines.get(i).text(), DOC_NUMBER_YEAR);
        }
        return y;
    }

    /** The first year line ((2022年度)) among the opening lines and the first rows of the tables. */
    private static Integer yearLine(Document doc, List<Line> lines) {
        for (int i = 0; i < Math.min(HEAD_LINES * 2, lines.size()); i++) {
            Integer y = firstYear(TextLines.clean(lines.get(i).text()), YEAR_LINE);
            if (y != null) {
                return y;
            }
        }
        for (Block b : doc.blocks()) {
            if (!(b instanceof Table t)) {
                continue;
            }
            for (int r = 0; r < Math.min(HEAD_ROWS, t.rows().size()); r++) {
                for (Cell c : t.rows().get(r).cells()) {
                    Integer y = firstYear(TextLines.clean(c.text()), YEAR_LINE);
                    if (y != null) {
                        return y;
                    }
                }
            }
        }
        return null;
    }

    private static Integer firstYear(String s, Pattern p) {
        if (s == null) {
            return null;
        }
        Matcher m = p.matcher(ChineseText.toHalfWidth(s));
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (!YearCheck.implausible(y)) {
                return y;
            }
        }
        return null;
    }

    /** implausible_year for every written year outside 1900..2100, in paragraphs and table cells. */
    static List<Warning> implausibleYears(Document doc) {
        List<Warning> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                check(p.text(), p.location(), out, seen);
            } else if (b instanceof Table t) {
                for (Row r : t.rows()) {
                    for (Cell c : r.cells()) {
                        check(c.text(), c.location(), out, seen);
                    }
                }
            }
        }
        return out;
    }

    private static final Pattern ANY_YEAR = Pattern.compile("(?<![0-9.])([0-9]{4})(?=\\s*年|\\s*[-—–~至]\\s*[0-9]{4}\\s*年)");

    private static void check(String text, Location loc, List<Warning> out, Set<String> seen) {
        // every year ANY_YEAR finds is followed by a 年
        Matcher m = ANY_YEAR.matcher(text.indexOf('年') >= 0 ? ChineseText.toHalfWidth(text) : "");
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (YearCheck.implausible(y) && y >= 1000) {
                int from = Math.max(0, m.start() - 10);
                int to = Math.min(text.length(), m.end() + 10);
                String snippet = TextLines.clean(text.substring(from, to));
                String key = y + "@" + loc;
                if (seen.add(key)) {
                    out.add(Warning.of(WarningCode.IMPLAUSIBLE_YEAR,
                            "年份 " + y + " 不可能正确（原文：…" + snippet + "…）", loc));
                }
            }
        }
        for (DateMention d : DateParser.find(text, null)) {
            if (d.precision() == Precision.DAY && d.year() != null && YearCheck.implausible(d.year())
                    && !d.text().contains("年") && seen.add(d.year() + "@" + loc)) {
                out.add(Warning.of(WarningCode.IMPLAUSIBLE_YEAR, "年份 " + d.year() + " 不可能正确（原文：" + d.text() + "）", loc));
            }
        }
    }
}
