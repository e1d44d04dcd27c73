package org.govdoc.extract.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.govdoc.extract.ExtractionDraft;
import org.govdoc.extract.FieldExtractor;
import org.govdoc.extract.table.LabelValueFinder;
import org.govdoc.extract.table.TableView;
import org.govdoc.model.Block;
import org.govdoc.model.Cell;
import org.govdoc.model.Document;
import org.govdoc.model.Paragraph;
import org.govdoc.model.Table;
import org.govdoc.record.DocType;
import org.govdoc.record.Indicator;
import org.govdoc.record.Warning;
import org.govdoc.record.WarningCode;
import org.govdoc.text.ChineseText;
import org.govdoc.text.OperatorParser;

/**
 * One {@link Indicator} per row of a performance-indicator table that names a third-level
 * indicator. Columns come from {@link IndicatorLayout} (header text, not position). Level 1 and
 * level 2 are carried down from merged cells above and from cells left empty under a value; a
 * new level 1 clears the carried level 2. Rows whose third level is empty or a placeholder (空,
 * 无, /, —) are category rows, not indicators. A table without a header that directly follows
 * an indicator table with the same number of columns continues it (tables split over pages);
 * a header repeated on a new page is skipped.
 *
 * <p>The operator comes from the operator column, else from a prefix or suffix of the value
 * ("≥95%", "不低于90%", "90%以上"); the value is the number of the value text with multipliers
 * applied ("200万件" → 2000000); the unit is the unit column as written, else the unit written
 * after the value ("%" for "95%"). Kind 定量/定性 is completed to 定量指标/定性指标.
 *
 * <p>Warnings: {@code impossible_target} for targets that cannot hold (more than 100% where a
 * share is measured, below zero), {@code unidentified_columns} for a table naming indicator
 * levels whose third-level or value column cannot be found.
 */
public final class IndicatorExtractor implements FieldExtractor {

    private static final Set<String> PLACEHOLDERS = Set.of("空", "无", "/", "／", "-", "—", "——", "--", "－", "\\", "、",
            "null", "N/A", "n/a");
    private static final Pattern GROWTH = Pattern.compile("增长|增幅|增速|增加|提高|提升|同比|比上年|较上年|环比|倍");
    private static final int MAX_GAP_BLOCKS = 3;
    private static final Set<String> KIND_WORDS = Set.of("定量指标", "定性指标");
    private static final Pattern END_OF_SECTION =
            Pattern.compile("^(?:备注|说明|审核意见|审批意见|主管部门意见|财政部门意见|单位意见|填报人|填表人|联系人|项目负责人|负责人|签字|盖章|日期)");
    /** First cells of another project's form below the indicators of a first one. */
    private static final Pattern OTHER_FORM = Pattern.compile(
            "^(?:项目名称|项目单位|主管部门|实施单位|预算单位|项目资金|年度资金|资金总额|中期资金|项目属性|项目期|年度目标|总体目标|年度绩效目标|中期目标|实施期目标|单位名称)");

    /** True for the fillers tables put in empty cells (空, 无, /, —). */
    static boolean isPlaceholder(String text) {
        String k = ChineseText.key(text);
        return k == null || k.isEmpty() || PLACEHOLDERS.contains(k);
    }

    @Override
    public void extract(Document doc, ExtractionDraft draft) {
        List<Block> blocks = doc.blocks();
        State open = null;
        int lastTableBlock = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Table table)) {
                if (open != null && blocks.get(i) instanceof Paragraph p && p.text().strip().length() > 40) {
                    open = null; // running text between tables ends the indicator section
                }
                continue;
            }
            TableView t = new TableView(table);
            Optional<IndicatorLayout> layout = IndicatorLayout.detect(t);
            boolean adjacent = open != null && i - lastTableBlock <= MAX_GAP_BLOCKS;
            lastTableBlock = i;
            if (layout.isPresent()) {
                IndicatorLayout l = layout.get();
                if (l.column(ColumnRole.LEVEL3).isEmpty() || l.column(ColumnRole.VALUE).isEmpty()) {
                    draft.warn(Warning.of(WarningCode.UNIDENTIFIED_COLUMNS, "绩效指标表第" + (table.index() + 1) + "个表格：无法识别"
                            + (l.column(ColumnRole.LEVEL3).isEmpty() ? "三级指标列" : "指标值列") + "，该表的指标未提取",
                            t.location(0, 0)));
                    open = null;
                    continue;
                }
                State s = adjacent && open.layout.columnCount() == l.columnCount() ? open.with(l) : new State(l);
                rows(t, l.firstData(), s, draft);
                open = s;
            } else if (adjacent && open.layout.columnCount() == t.columnCount()) {
                rows(t, 0, open, draft);
            } else {
                if (IndicatorLayout.mentionsIndicators(t, draft.docType() == DocType.BUDGET_PROJECT)) {
                    draft.warn(Warning.of(WarningCode.UNIDENTIFIED_COLUMNS, "表格第" + (table.index() + 1)
                            + "个提到指标层级，但找不到三级指标表头，该表的指标未提取", t.location(0, 0)));
                }
                open = null;
            }
        }
    }

    /** The open indicator section: its layout and the levels carried down. */
    private static final class State {
        IndicatorLayout layout;
        String level1;
        String level2;

        State(IndicatorLayout layout) {
            this.layout = layout;
        }

        /** Another header inside the same table: its layout, no levels carried. */
        void restart(IndicatorLayout l) {
            layout = l;
            level1 = null;
            level2 = null;
        }

        State with(IndicatorLayout l) {
            State s = new State(l);
            s.level1 = level1;
            s.level2 = level2;
            return s;
        }
    }

    private static void rows(TableView t, int first, State s, ExtractionDraft draft) {
        Pending pending = null;
        boolean outside = false; // between one project's indicators and the next header of the same table
        for (int r = first; r < t.rowCount(); r++) {
            if (IndicatorLayout.isHeaderRow(t, r)) {
                Optional<IndicatorLayout> next = r > first ? IndicatorLayout.detect(t, r) : Optional.empty();
                if (next.isPresent() && next.get().column(ColumnRole.LEVEL3).isPresent()
                        && next.get().column(ColumnRole.VALUE).isPresent()) {
                    emit(pending, draft); // a header repeated on a new page, or another project's inside the same table
                    pending = null;
                    if (!next.get().columns().equals(s.layout.columns())) {
                        s.restart(next.get());
                    }
                    r = next.get().firstData() - 1;
                    outside = false;
                }
                continue;
            }
            IndicatorLayout l = s.layout;
            int c3 = l.column(ColumnRole.LEVEL3).orElseThrow();
            if (startsOtherSection(t, r, l)) {
                emit(pending, draft); // 备注, 审核意见, 填报人, another project's 项目名称 …
                pending = null;
                outside = true;
                s.level1 = null;
                s.level2 = null;
                continue;
            }
            if (outside) {
                continue;
            }
            Optional<Cell> cell3 = t.cell(r, c3);
            String l1 = text(t, r, l.column(ColumnRole.LEVEL1));
            String l2 = sameCell(t, r, l.column(ColumnRole.LEVEL2).orElse(-1), l.column(ColumnRole.LEVEL1))
                    ? null : text(t, r, l.column(ColumnRole.LEVEL2));
            // a level named in a cell that starts in this row begins a new indicator row
            boolean newLevel = l1 != null && !fromAbove(t, r, l, ColumnRole.LEVEL1)
                    || l2 != null && !fromAbove(t, r, l, ColumnRole.LEVEL2);
            if (l1 != null && !l1.equals(s.level1)) {
                s.level1 = l1;
                s.level2 = null;
            }
            if (l2 != null) {
                s.level2 = l2;
            }
            java.util.EnumMap<ColumnRole, String> texts = rowTexts(t, r, l);
            String longName = texts.get(ColumnRole.LONG_TERM_LEVEL3);
            if (isPlaceholder(texts.get(ColumnRole.LEVEL3)) && longName != null && !isPlaceholder(longName)) {
                texts.put(ColumnRole.LEVEL3, longName); // named in the long-term set only
            }
            boolean named = !isPlaceholder(texts.get(ColumnRole.LEVEL3));
            if (pending != null && !newLevel && pending.continuedBy(texts)) {
                pending.append(texts); // a cell's wrapped lines read as rows of their own (PDF)
                continue;
            }
            if (cell3.isEmpty() || !named || t.continuesFromAbove(r, c3) || t.key(r, c3).equals("绩效指标")
                    || sameCell(t, r, c3, l.column(ColumnRole.LEVEL1)) || sameCell(t, r, c3, l.column(ColumnRole.LEVEL2))
                    || sameCell(t, r, c3, l.column(ColumnRole.VALUE))) {
                emit(pending, draft);
                pending = null;
                continue; // category rows, rows spanning the level and value columns
            }
            emit(pending, draft);
            pending = new Pending(s.level1, s.level2, texts, t.location(r, c3));
        }
        emit(pending, draft);
    }

    /**
     * True when a row leaves the indicator rows: a cell left of the 三级 column starts with a label
     * of the rest of the form (备注, 审核意见, 填报人 …) or of another project's form (项目名称,
     * 年度资金总额 …; a level name ending in 指标 is none).
     */
    private static boolean startsOtherSection(TableView t, int r, IndicatorLayout l) {
        int c3 = l.column(ColumnRole.LEVEL3).orElseThrow();
        for (int c = 0; c < c3; c++) {
            if (t.continuesFromAbove(r, c)) {
                continue;
            }
            String k = t.key(r, c);
            if (k.isEmpty()) {
                continue;
            }
            return END_OF_SECTION.matcher(k).find() || OTHER_FORM.matcher(k).find() && !k.endsWith("指标");
        }
        return false;
    }

    private static boolean fromAbove(TableView t, int r, IndicatorLayout l, ColumnRole role) {
        return l.column(role).map(c -> t.continuesFromAbove(r, c)).orElse(false);
    }

    /** The raw texts of a row's columns (merged cells from above left out: they belong to their first row). */
    private static java.util.EnumMap<ColumnRole, String> rowTexts(TableView t, int r, IndicatorLayout l) {
        java.util.EnumMap<ColumnRole, String> texts = new java.util.EnumMap<>(ColumnRole.class);
        for (ColumnRole role : ColumnRole.values()) {
            if (role == ColumnRole.LEVEL1 || role == ColumnRole.LEVEL2) {
                continue;
            }
            Optional<Integer> c = l.column(role);
            if (c.isEmpty() || t.continuesFromAbove(r, c.get())) {
                continue;
            }
            String raw = t.text(r, c.get());
            if (!raw.isBlank()) {
                texts.put(role, raw);
            }
        }
        return texts;
    }

    /** An indicator row being read, possibly over several table rows. */
    private static final class Pending {
        final String level1;
        final String level2;
        final java.util.EnumMap<ColumnRole, String> texts;
        final org.govdoc.model.Location location;

        Pending(String level1, String level2, java.util.EnumMap<ColumnRole, String> texts,
                org.govdoc.model.Location location) {
            this.level1 = level1;
            this.level2 = level2;
            this.texts = texts;
            this.location = location;
        }

        /**
         * True when the next row only continues this one's cells: it has none of value, operator,
         * unit and kind, or this row's value is an operator alone (大于等于 ⏎ 250) and the next row
         * brings the number without an operator of its own.
         */
        boolean continuedBy(java.util.EnumMap<ColumnRole, String> next) {
            boolean targetless = !next.containsKey(ColumnRole.VALUE) && !next.containsKey(ColumnRole.OPERATOR)
                    && !next.containsKey(ColumnRole.UNIT) && !next.containsKey(ColumnRole.KIND);
            if (targetless) {
                return true;
            }
            String v = texts.get(ColumnRole.VALUE);
            boolean operatorOnly = v != null && !texts.containsKey(ColumnRole.OPERATOR)
                    && OperatorParser.parse(v).isPresent();
            return operatorOnly && next.containsKey(ColumnRole.VALUE) && !next.containsKey(ColumnRole.KIND)
                    && OperatorParser.split(next.get(ColumnRole.VALUE)).operator() == null;
        }

        void append(java.util.EnumMap<ColumnRole, String> next) {
            next.forEach((role, text) -> texts.merge(role, text, (a, b) -> a + "\n" + b));
        }
    }

    private static void emit(Pending p, ExtractionDraft draft) {
        if (p == null || !p.texts.containsKey(ColumnRole.LEVEL3) || isPlaceholder(p.texts.get(ColumnRole.LEVEL3))) {
            return;
        }
        Indicator ind = indicator(p);
        draft.indicators().add(ind);
        impossible(ind).ifPresent(msg -> draft.warn(Warning.of(WarningCode.IMPOSSIBLE_TARGET, msg, ind.location())));
    }

    private static Indicator indicator(Pending p) {
        String level3 = joined(p.texts.get(ColumnRole.LEVEL3));
        String valueText = Optional.ofNullable(p.texts.get(ColumnRole.VALUE)).map(IndicatorExtractor::joined).orElse(null);
        String operatorCell = clean(p.texts.get(ColumnRole.OPERATOR));
        String kindCell = clean(p.texts.get(ColumnRole.KIND));
        if (operatorCell != null && kind(operatorCell) != null && KIND_WORDS.contains(kind(operatorCell))) {
            kindCell = kindCell == null ? operatorCell : kindCell; // 指标性质 holding 定量 / 定性
            operatorCell = null;
        } else if (kindCell != null && OperatorParser.parse(kindCell).isPresent()) {
            operatorCell = operatorCell == null ? kindCell : operatorCell; // 指标性质 read as kind holding "≥"
            kindCell = null;
        }
        IndicatorTarget target = IndicatorTarget.read(valueText, operatorCell, clean(p.texts.get(ColumnRole.UNIT)), level3);
        String longText = Optional.ofNullable(p.texts.get(ColumnRole.LONG_TERM_VALUE)).map(IndicatorExtractor::joined)
                .filter(v -> !isPlaceholder(v)).orElse(null);
        IndicatorTarget longTerm = IndicatorTarget.read(longText, clean(p.texts.get(ColumnRole.LONG_TERM_OPERATOR)),
                clean(p.texts.get(ColumnRole.LONG_TERM_UNIT)), level3);
        return new Indicator(p.level1, p.level2, level3, target.operator(), target.value(), valueText, target.unit(),
                kind(kindCell), clean(p.texts.get(ColumnRole.SCORING)), clean(p.texts.get(ColumnRole.CONTENT)),
                clean(p.texts.get(ColumnRole.BASIS)), p.location, longTerm.operator(), longTerm.value(), longText,
                longTerm.unit());
    }

    /** Lines of one cell (or of wrapped rows) joined as one text. */
    private static String joined(String s) {
        return LabelValueFinder.cleanValue(s.replace("\n", ""));
    }

    private static String clean(String s) {
        return s == null || isPlaceholder(s) ? null : joined(s);
    }

    /** A target that cannot hold: more than 100% of a share, or below zero. */
    static Optional<String> impossible(Indicator i) {
        if (i.operator() == null || i.value() == null) {
            return Optional.empty();
        }
        BigDecimal v = i.value();
        String op = i.operator();
        String what = "指标“" + i.level3() + "”的目标“" + op + " " + v.toPlainString() + (i.unit() == null ? "" : i.unit()) + "”";
        boolean percent = "%".equals(i.unit());
        boolean growth = GROWTH.matcher(i.level3()).find();
        BigDecimal hundred = BigDecimal.valueOf(100);
        if (percent && !growth && (op.equals(">") && v.compareTo(hundred) >= 0
                || (op.equals(">=") || op.equals("=")) && v.compareTo(hundred) > 0)) {
            return Optional.of(what + "不可能实现：比例不会超过100%");
        }
        if (op.equals("<") && v.signum() <= 0 || (op.equals("<=") || op.equals("=")) && v.signum() < 0) {
            return Optional.of(what + "不可能实现：数值不会低于0");
        }
        return Optional.empty();
    }

    private static String kind(String k) {
        if (k == null) {
            return null;
        }
        String key = ChineseText.key(k);
        return switch (key) {
            case "定量" -> "定量指标";
            case "定性" -> "定性指标";
            default -> key;
        };
    }

    private static boolean sameCell(TableView t, int r, int c3, Optional<Integer> other) {
        if (other.isEmpty()) {
            return false;
        }
        Optional<Cell> a = t.cell(r, c3);
        Optional<Cell> b = t.cell(r, other.get());
        return a.isPresent() && b.isPresent() && a.get() == b.get();
    }

    /** The cleaned text of a column in a row, null when absent, empty or a placeholder. */
    private static String text(TableView t, int r, Optional<Integer> column) {
        String s = raw(t, r, column);
        return s == null || isPlaceholder(s) ? null : LabelValueFinder.cleanValue(s);
    }

    private static String raw(TableView t, int r, Optional<Integer> column) {
        if (column.isEmpty()) {
            return null;
        }
        String s = t.text(r, column.get());
        return s.isBlank() ? null : s;
    }
}
