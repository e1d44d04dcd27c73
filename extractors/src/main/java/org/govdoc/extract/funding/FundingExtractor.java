package org.govdoc.extract.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdoc.extract.ExtractionDraft;
import org.govdoc.extract.FieldExtractor;
import org.govdoc.extract.table.TableView;
import org.govdoc.model.Block;
import org.govdoc.model.Cell;
import org.govdoc.model.Document;
import org.govdoc.model.Paragraph;
import org.govdoc.model.Table;
import org.govdoc.record.DocType;
import org.govdoc.record.FundingAmount;
import org.govdoc.text.ChineseText;
import org.govdoc.text.MoneyAmount;
import org.govdoc.text.MoneyParser;
import org.govdoc.text.NumberParser;

/**
 * Every money figure of the document, each once, where it is written:
 * <ul>
 *   <li>in paragraphs: every expression {@link MoneyParser} finds; context is its sentence, the
 *       role is read from the clause before it (from the previous figure or the sentence start);</li>
 *   <li>in tables: expressions written with their currency in a cell, and bare numbers whose
 *       money unit is declared by the label to their left (申报金额（万元） | 69.381), a unit cell to
 *       their right (69.381 | 万元), their column header (金额（万元）) or the table's caption
 *       (单位：万元); context is the row, the role is read from the row label and column header.</li>
 * </ul>
 * A number with 万 but no 元 (854万, 资金总额：50万) is money where a money word stands before it in
 * its clause, its row label or column header, or where the table declares a money unit; or in
 * parentheses right after a figure (its listed parts). A merged cell is read once. See
 * {@link MoneyRoles} for the roles each figure's own cues give, and {@link FundingRoles} for how
 * the document's figures are settled together (each amount once, parts, mid-term totals).
 */
public final class FundingExtractor implements FieldExtractor {

    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！？!?\\n]");
    private static final int MAX_HEADER = 20;
    private static final Pattern CLAUSE_END = Pattern.compile("[，,。；;！？!?\\n]");
    private static final Pattern CAPTION_UNIT = Pattern.compile("(?:单位|金额单位|计量单位)\\s*[:：]\\s*((?:万|亿|千)?元)|[（(]\\s*((?:万|亿|千)?元)\\s*[)）]\\s*$");
    private static final Pattern MONEY_UNIT_CELL = Pattern.compile("^(?:人民币)?(?:万|亿|千|百万|千万)?元$");
    private static final Pattern LABELLED_NUMBER = Pattern.compile(
            "(?<label>[^:：\\d]{2,14}?)\\s*[:：]?\\s*(?<num>[0-9０-９][0-9０-９,，.．]*)(?=$|[\\s\\u3000；;。)）]|[，,](?![0-9０-９]))");
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[，,；;、。]+");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[，,.．]+$");
    private static final Pattern NOT_MONEY_LABEL = Pattern.compile("年度|年份|时间|日期|编号|代码|电话|期限|序号|人数|数量|比例|率|分值|权重");
    private static final Pattern MONEY_LABEL = MoneyInText.MONEY_WORDS;
    /** A header cell of the performance indicators: the rows from it on are targets, not the budget. */
    private static final Pattern INDICATOR_HEADER = Pattern.compile(
            "(?:一级|二级|三级|绩效|产出|效益|成本|数量|质量|时效|满意度)指标(?:名称)?|指标值|指标内容");
    /** The name label that opens a form (项目名称, 项目（专项）名称, 部门名称 …). */
    private static final Pattern FORM_NAME = Pattern.compile(
            "(?:项目|专项|项目\\(专项\\)|项目支出|部门|部门\\(单位\\)|单位)名称[:：]?");
    /** A label of a form's head: its rows are not indicators even after an indicator table. */
    private static final Pattern FORM_LABEL = Pattern.compile(
            FORM_NAME.pattern() + "|(?:项目资金|资金情况|年度资金总额|资金总额)(?:\\(.*\\))?[:：]?");

    @Override
    public void extract(Document doc, ExtractionDraft draft) {
        DocType budget = draft.docType();
        List<Block> blocks = doc.blocks();
        List<MoneyFigure> figures = new ArrayList<>();
        int form = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Paragraph p) {
                fromParagraph(p, budget, figures);
            } else if (b instanceof Table t) {
                TableView view = new TableView(t);
                String unit = captionUnit(blocks, i);
                form = fromTable(view, unit != null ? unit : unitRowOf(view), budget, form, figures);
            }
        }
        draft.fundingAmounts().addAll(FundingRoles.settle(figures, budget));
    }

    private static void fromParagraph(Paragraph p, DocType budget, List<MoneyFigure> figures) {
        String text = p.text();
        List<MoneyAmount> all = MoneyInText.amounts(text, false);
        int previousEnd = -1;
        int previousStart = -1;
        int previousClause = 0;
        boolean previousPart = false;
        int previousSentence = -1;
        for (MoneyAmount a : all) {
            int sentenceStart = sentenceStart(text, a.start());
            // both ends of a range share their text and read the same clause
            int clauseStart = a.start() == previousStart ? previousClause : Math.max(sentenceStart, previousEnd);
            previousStart = a.start();
            previousClause = clauseStart;
            String cue = text.substring(clauseStart, a.start());
            String after = text.substring(a.end(), clauseEnd(text, a.end(), all));
            String context = ChineseText.collapseWhitespace(text.substring(sentenceStart, sentenceEnd(text, a.end())));
            String role = MoneyRoles.of(cue, after, budget);
            // 其中培训费10万元、宣传费5万元: the list after 其中 goes on until a cue names a role
            boolean part = MoneyRoles.isPart(cue) || MoneyInText.inPartsOf(text, a.start(), all)
                    || previousPart && previousSentence == sentenceStart && role.equals(MoneyRoles.OTHER);
            figures.add(new MoneyFigure(new FundingAmount(a.yuan(), a.text(), role, a.qualifier(), a.approximate(),
                    context, p.location()), cue, role.equals(MoneyRoles.OTHER) ? "" : cue, false,
                    MoneyFigure.PARAGRAPHS, false, part, false));
            previousEnd = a.end();
            previousPart = part;
            previousSentence = sentenceStart;
        }
    }

    /**
     * The numbers of a cell with no written money: the whole cell when it is a number ({"", text}),
     * else each number right after a money label ({label, number}); empty when there is neither.
     */
    static List<String[]> labelledNumbers(String cell) {
        List<String[]> out = new ArrayList<>();
        if (NumberParser.parseArabic(cell).isPresent()) {
            out.add(new String[] {"", cell});
            return out;
        }
        Matcher m = LABELLED_NUMBER.matcher(cell);
        while (m.find()) {
            String label = LEADING_SEPARATORS.matcher(ChineseText.removeWhitespace(m.group("label"))).replaceFirst("");
            String number = TRAILING_SEPARATORS.matcher(m.group("num")).replaceFirst("");
            if (MONEY_LABEL.matcher(label).find() || label.contains("元")) {
                out.add(new String[] {label, number});
            }
        }
        return out;
    }

    /** End of the clause after a figure: the next punctuation or the next figure. */
    private static int clauseEnd(String text, int from, List<MoneyAmount> all) {
        int end = text.length();
        Matcher m = CLAUSE_END.matcher(text);
        if (m.find(from)) {
            end = m.start();
        }
        for (MoneyAmount b : all) {
            if (b.start() >= from && b.start() < end) {
                end = b.start();
            }
        }
        return end;
    }

    private static int sentenceStart(String text, int at) {
        int s = 0;
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find() && m.end() <= at) {
            s = m.end();
        }
        return s;
    }

    private static int sentenceEnd(String text, int from) {
        Matcher m = SENTENCE_END.matcher(text);
        return m.find(from) ? m.end() : text.length();
    }

    /** 单位：万元 or （万元） in one of the two paragraphs before the table. */
    private static String captionUnit(List<Block> blocks, int tableIndex) {
        int seen = 0;
        for (int j = tableIndex - 1; j >= 0 && seen < 2; j--) {
            if (!(blocks.get(j) instanceof Paragraph p)) {
                break;
            }
            String t = ChineseText.normalize(p.text());
            if (t.isEmpty()) {
                continue;
            }
            seen++;
            Matcher m = CAPTION_UNIT.matcher(t);
            if (m.find()) {
                return m.group(1) != null ? m.group(1) : m.group(2);
            }
        }
        return null;
    }

    /** 单位：万元 alone in a cell of the table's first two rows (a caption kept inside the table). */
    private static String unitRowOf(TableView t) {
        for (int r = 0; r < Math.min(2, t.rowCount()); r++) {
            for (Cell c : t.distinctCells(r)) {
                Matcher m = CAPTION_UNIT.matcher(ChineseText.normalize(c.text()));
                if (m.find() && m.group(1) != null) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    /**
     * Reads a table's figures; returns the number of the next form. Each table is a form of its
     * own, and so is each part of a table that starts with a name label (项目名称) after figures
     * were read (several forms merged into one table).
     */
    private static int fromTable(TableView t, String captionUnit, DocType budget, int firstForm,
                                 List<MoneyFigure> figures) {
        boolean[] indicatorRows = indicatorRows(t);
        TableCues cues = new TableCues(t);
        int form = firstForm;
        int read = figures.size();
        for (int r = 0; r < t.rowCount(); r++) {
            if (figures.size() > read && startsForm(t, r)) {
                form++;
                read = figures.size();
            }
            List<Cell> cells = t.distinctCells(r);
            TableCues.Row row = new TableCues.Row(cells);
            for (int i = 0; i < cells.size(); i++) {
                Cell c = cells.get(i);
                if (c.row() != r || c.isEmpty()) {
                    continue;
                }
                String rowLabel = row.labelLeftOf(i);
                String header = columnHeader(t, cues, r, c.column());
                if (groupLabelOverHeader(t, cues, row.labelCellLeftOf(i), r, c.column())) {
                    // 项目资金 merged down beside a row of headers (年度资金总额 | 其中：财政拨款 | 其他资金)
                    // and the row of values under them: the header names this value, the label the group
                    String group = rowLabel;
                    rowLabel = header;
                    header = group;
                }
                boolean moneyTable = captionUnit != null || MONEY_LABEL.matcher(rowLabel + header).find()
                        || (rowLabel + header).contains("元");
                List<MoneyAmount> written = MoneyInText.amounts(c.text(), moneyTable);
                if (!written.isEmpty()) {
                    int previousEnd = 0;
                    int previousStart = -1;
                    String previousOwn = "";
                    for (MoneyAmount a : written) {
                        String own = a.start() == previousStart ? previousOwn
                                : c.text().substring(Math.min(previousEnd, a.start()), a.start());
                        String after = c.text().substring(a.end(), clauseEnd(c.text(), a.end(), written));
                        Reading role = role(budget, after, own, rowLabel, header);
                        figures.add(new MoneyFigure(new FundingAmount(a.yuan(), a.text(), role.role(), a.qualifier(),
                                a.approximate(), t.rowText(r), t.location(r, c.column())), own + " " + rowLabel,
                                role.cue(), role.fromHeader(), form, indicatorRows[r],
                                role.part() || MoneyInText.inPartsOf(c.text(), a.start(), written),
                                written.size() == 1 && ChineseText.key(c.text()).equals(ChineseText.key(a.text()))));
                        previousEnd = a.end();
                        previousStart = a.start();
                        previousOwn = own;
                    }
                    continue;
                }
                // a bare number, or money labels each with a bare number in one cell (资金总额：1,286.5;
                // 年度资金总额：2,450,000.00　其中：财政资金2,450,000.00), the unit beside or above
                for (String[] pair : labelledNumbers(c.text())) {
                    String own = pair[0];
                    Optional<BigDecimal> number = NumberParser.parseArabic(pair[1]);
                    if (number.isEmpty()) {
                        continue;
                    }
                    String unit = own.contains("元") && MoneyParser.unitScale(own).isPresent() ? unitWord(own)
                            : unitFor(cells, i, row, rowLabel, header, captionUnit);
                    if (unit == null) {
                        continue;
                    }
                    BigDecimal yuan = NumberParser.plain(number.get().multiply(MoneyParser.unitScale(unit).orElseThrow()));
                    String text = own.isEmpty() ? c.text().strip() + (unitRightOf(cells, i) != null ? unitRightOf(cells, i) : "")
                            : pair[1];
                    // a label in the value's own cell names it; the row label and header name only its group
                    Reading role = own.isEmpty() ? role(budget, "", "", rowLabel, header) : role(budget, "", own, "", "");
                    figures.add(new MoneyFigure(new FundingAmount(yuan, text, role.role(), null, false, t.rowText(r),
                            t.location(r, c.column())), (own + " " + rowLabel).strip(), role.cue(), role.fromHeader(), form,
                            indicatorRows[r], role.part(), true));
                }
            }
        }
        return form + 1;
    }

    /**
     * The role a table figure's cues give, with the cue that gave it.
     *
     * @param fromHeader true when the column header gave it (the nearer cues named no role)
     * @param part       true when a cue marks a part (其中：财政拨款)
     */
    private record Reading(String role, String cue, boolean fromHeader, boolean part) {
    }

    /**
     * The role of a table figure from its cues, nearest first: the words before it in its own cell,
     * its row label, its column header. The first cue that names a role decides; a cue marking a
     * part (其中：培训费) makes it "other" before farther cues are read.
     */
    private static Reading role(DocType type, String after, String own, String rowLabel, String header) {
        String[] cues = {own, rowLabel, header};
        for (int k = 0; k < cues.length; k++) {
            String cue = cues[k];
            if (cue == null || cue.isBlank()) {
                continue;
            }
            String r = MoneyRoles.of(cue, after, type);
            if (!r.equals(MoneyRoles.OTHER)) {
                return new Reading(r, cue, k == 2, false);
            }
            if (MoneyRoles.isPart(cue)) {
                return new Reading(MoneyRoles.OTHER, cue, false, true);
            }
        }
        return new Reading(after.isBlank() ? MoneyRoles.OTHER : MoneyRoles.of("", after, type), "", false, false);
    }

    /** Whether a cell starting in the row is a name label that opens a form (项目名称, 部门名称). */
    private static boolean startsForm(TableView t, int r) {
        for (Cell c : t.distinctCells(r)) {
            if (c.row() == r && FORM_NAME.matcher(ChineseText.key(c.text())).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rows of the performance indicators: from a header of theirs (一级指标, 成本指标, 指标值 …)
     * on, until the next form starts in the same table (项目名称, 项目资金 …: several forms merged
     * into one table).
     */
    private static boolean[] indicatorRows(TableView t) {
        boolean[] out = new boolean[t.rowCount()];
        boolean on = false;
        for (int r = 0; r < t.rowCount(); r++) {
            for (Cell c : t.distinctCells(r)) {
                if (c.row() != r) {
                    continue; // a label merged down from the rows above says nothing new
                }
                String k = ChineseText.key(c.text());
                if (INDICATOR_HEADER.matcher(k).matches()) {
                    on = true;
                } else if (FORM_LABEL.matcher(k).matches()) {
                    on = false;
                }
            }
            out[r] = on;
        }
        return out;
    }

    /**
     * The money unit of a bare number: a unit cell right of it, then its row label, then its
     * column header, then the caption; a money-ish row label without any unit means 元.
     * Null when the number is not money.
     */
    private static String unitFor(List<Cell> cells, int i, TableCues.Row row, String rowLabel, String header,
                                  String captionUnit) {
        String right = unitRightOf(cells, i);
        if (right != null) {
            return right;
        }
        if (!rowLabel.isEmpty() && NOT_MONEY_LABEL.matcher(rowLabel).find() && !MONEY_LABEL.matcher(rowLabel).find()
                && !rowLabel.contains("元")) {
            return null;
        }
        for (String s : new String[] {rowLabel, row.unitLabelLeftOf(i), header}) {
            if (s.contains("元") && MoneyParser.unitScale(s).isPresent()) {
                return unitWord(s);
            }
        }
        if (captionUnit != null && (MONEY_LABEL.matcher(rowLabel + header).find() || rowLabel.isEmpty())) {
            return captionUnit;
        }
        return null;
    }

    private static String unitWord(String s) {
        return MoneyParser.unitWord(s).orElse("元");
    }

    /** The next non-empty cell right of i when it is only a money unit (万元, 元). */
    private static String unitRightOf(List<Cell> cells, int i) {
        for (int j = i + 1; j < cells.size(); j++) {
            String t = ChineseText.key(cells.get(j).text());
            if (t.isEmpty()) {
                continue;
            }
            return MONEY_UNIT_CELL.matcher(t).matches() ? t.replace("人民币", "") : null;
        }
        return null;
    }

    /**
     * Whether the row label of a cell (the label cell left of it) is merged down over the row its
     * column header stands in: a group label beside a header row and the value row under it, so the
     * header is the nearer cue.
     */
    private static boolean groupLabelOverHeader(TableView t, TableCues cues, Cell label, int row, int column) {
        if (label == null || label.row() >= row) {
            return false;
        }
        int above = cues.labelRowAbove(row, column);
        return above >= label.row() && t.key(above, column).length() <= MAX_HEADER;
    }

    /** The nearest text above the cell in its column that is not a number (its header), "" if none. */
    private static String columnHeader(TableView t, TableCues cues, int row, int column) {
        int above = cues.labelRowAbove(row, column);
        if (above < 0) {
            return "";
        }
        String k = t.key(above, column);
        return k.length() <= MAX_HEADER ? k : ""; // a long text above is a value, not a header
    }
}
