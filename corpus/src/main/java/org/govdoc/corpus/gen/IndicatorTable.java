package org.govdoc.corpus.gen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.govdoc.corpus.spec.SpecBlock;
import org.govdoc.corpus.spec.SpecBlock.Cell;

/**
 * A performance-indicator table (绩效目标表) laid out the way one office does it: column set,
 * order and wording, how the 一级/二级指标 hierarchy is shown (merged cells, 空 placeholder rows,
 * repeated or first-only labels), operators in their own column or before the value, units in
 * their own column or inside the value, borders, split over two pages.
 *
 * <p>Variations of real tables: equality targets written as a bare number ("100%", gold "="),
 * operator columns headed 符号 / 计算符号 holding 定性 on text rows, the unit inside the
 * indicator's name ("造林面积（亩）") or in a template placeholder ("满意度（≥**%）") when the value
 * cell has none, a long-term value beside the annual one (a 中期指标值 column, or a whole
 * 二级/三级/指标值 set repeated; the gold is the annual target), targets in 万 kept as written
 * ("200万件": gold 200 万件) and text targets holding dates ("2024年12月底前": value null).
 */
final class IndicatorTable {

    enum Col { L1, L2, L3, LT_VALUE, L2B, L3B, OP, VALUE, UNIT, KIND, SCORING, CONTENT, BASIS }

    /** How a long-term target stands beside the annual one. */
    enum LongTerm { NONE, COLUMN, SET }

    enum Hierarchy { MERGED, PLACEHOLDER, REPEATED, FIRST_ONLY }

    /** One indicator with how its cells read. */
    record Line(Gold.Indicator gold, Map<Col, String> cells) {
    }

    private final Rng rng;
    private final List<Col> cols = new ArrayList<>();
    private final Map<Col, String> headers = new EnumMap<>(Col.class);
    private final Hierarchy hierarchy;
    private boolean bordered;
    private final boolean twoLevelHeader;
    private final int opHabit;
    /** Equality targets written as a bare number, without "=". */
    private final boolean plainEquals;
    /** Units written in the indicator's name ("造林面积（亩）") when the table has no unit column. */
    private final boolean unitInName;
    /** Template placeholders in the names ("（≥**%）"), the value cell then often without its sign. */
    private final boolean placeholders;
    private final LongTerm longTerm;

    IndicatorTable(Rng rng) {
        this.rng = rng;
        boolean hasOp = rng.chance(0.6);
        boolean hasUnit = rng.chance(0.75);
        boolean hasKind = rng.chance(0.6);
        cols.add(Col.L1);
        cols.add(Col.L2);
        cols.add(Col.L3);
        List<Col> target = new ArrayList<>();
        if (hasOp) {
            target.add(Col.OP);
        }
        target.add(Col.VALUE);
        if (hasUnit) {
            int r = rng.nextInt(100);
            if (r < 70) {
                target.add(Col.UNIT);
            } else if (r < 85) {
                target.add(0, Col.UNIT);
            } else {
                target.add(target.size() - 1, Col.UNIT);
            }
        }
        cols.addAll(target);
        List<Col> extras = new ArrayList<>();
        if (hasKind) {
            extras.add(Col.KIND);
        }
        if (rng.chance(0.7)) {
            extras.add(Col.SCORING);
        }
        if (rng.chance(0.3)) {
            extras.add(Col.CONTENT);
        }
        if (rng.chance(0.3)) {
            extras.add(Col.BASIS);
        }
        if (rng.chance(0.3)) {
            rng.shuffle(extras);
        }
        cols.addAll(extras);
        headers.put(Col.L1, "一级指标");
        headers.put(Col.L2, "二级指标");
        headers.put(Col.L3, "三级指标");
        headers.put(Col.OP, rng.pick("指标性质", "指标性质", "比较符"));
        headers.put(Col.VALUE, rng.pick("指标值", "目标值", "指标值", "年度指标值"));
        headers.put(Col.UNIT, rng.pick("度量单位", "计量单位", "度量单位", "单位"));
        headers.put(Col.KIND, rng.pick("指标属性", "指标类型"));
        headers.put(Col.SCORING, rng.pick("评（扣）分标准", "评分标准", "评（扣）分标准"));
        headers.put(Col.CONTENT, "指标内容");
        headers.put(Col.BASIS, rng.pick("绩效指标值设定依据及数据来源", "指标值设定依据"));
        hierarchy = rng.pick(Hierarchy.values());
        bordered = rng.chance(0.8);
        twoLevelHeader = rng.chance(0.3);
        opHabit = rng.nextInt(4);
        plainEquals = rng.chance(0.5);
        unitInName = !hasUnit && rng.chance(0.4);
        placeholders = !hasOp && !unitInName && rng.chance(0.3);
        longTerm = rng.chance(0.75) ? LongTerm.NONE : rng.pick(LongTerm.COLUMN, LongTerm.SET);
        if (hasOp) {
            headers.put(Col.OP, rng.pick("指标性质", "指标性质", "比较符", "符号", "计算符号"));
        }
        if (longTerm == LongTerm.COLUMN) {
            cols.add(cols.indexOf(Col.VALUE), Col.LT_VALUE);
            headers.put(Col.LT_VALUE, rng.pick("中期指标值", "实施期指标值", "中长期指标值"));
            headers.put(Col.VALUE, "年度指标值");
        } else if (longTerm == LongTerm.SET) {
            // 一级 | 二级 | 三级 | 指标值 (long-term) | 二级 | 三级 | 指标值 (annual) [| 单位]: eight columns at
            // most, as such forms have (narrower columns would not hold their header words on a PDF page)
            cols.removeAll(List.of(Col.OP, Col.KIND, Col.SCORING, Col.CONTENT, Col.BASIS));
            bordered = true; // such sets come in ruled forms
            cols.add(cols.indexOf(Col.L3) + 1, Col.LT_VALUE);
            cols.add(cols.indexOf(Col.LT_VALUE) + 1, Col.L2B);
            cols.add(cols.indexOf(Col.L2B) + 1, Col.L3B);
            headers.put(Col.LT_VALUE, rng.pick("指标值", "中期指标值"));
            headers.put(Col.VALUE, rng.pick("指标值", "年度指标值"));
            headers.put(Col.L2B, "二级指标");
            headers.put(Col.L3B, "三级指标");
        }
    }

    boolean has(Col c) {
        return cols.contains(c);
    }

    /** The cells of an indicator and its gold row. */
    Line line(String level1, String level2, Themes.Measure m, String op, String kindText) {
        Map<Col, String> c = new EnumMap<>(Col.class);
        BigDecimal drawn = BigDecimal.valueOf(rng.between(m.min(), m.max()));
        if (m.unit().equals("%") && m.max() <= 100 && rng.chance(0.2) && drawn.intValue() < 100) {
            drawn = drawn.add(BigDecimal.valueOf(5, 1)); // 97.5%
        }
        // the value as written: "200万件" is 200 万件 (the multiplier stays in the unit)
        BigDecimal value = Money.plain(drawn);
        String goldUnit = (m.scale() == 10_000 ? "万" : "") + m.unit();
        String number = written(drawn, m);
        String unitCell;
        String valueCell;
        String name = m.name();
        boolean placeholder = placeholders && !op.equals("=") && !m.unit().contains("（");
        boolean nameUnit = unitInName && !placeholder && !m.unit().contains("（");
        if (placeholder) {
            name = m.name() + rng.pick("（", "(") + Operators.SPELLINGS.get(op).get(0) + "**" + goldUnit
                    + rng.pick("）", ")");
        } else if (nameUnit) {
            name = m.name() + "（" + goldUnit + "）";
        }
        if (!has(Col.UNIT)) {
            boolean unitElsewhere = nameUnit || placeholder && rng.chance(0.5);
            // a unit written elsewhere ("（万笔）") leaves the value cell the bare number ("12")
            valueCell = unitElsewhere ? Money.plain(drawn).toPlainString() : number + m.unit();
            unitCell = null;
        } else if (m.unit().equals("%")) {
            boolean inside = rng.chance(0.4);
            valueCell = inside ? number + "%" : number;
            unitCell = "%";
        } else if (m.scale() == 10_000) {
            boolean inside = rng.chance(0.6);
            valueCell = inside ? number + m.unit() : number;
            unitCell = inside && rng.chance(0.5) ? "" : m.unit();
        } else {
            boolean inside = rng.chance(0.1);
            valueCell = inside ? number + m.unit() : number;
            unitCell = m.unit();
        }
        String spelled = op.equals("=") && plainEquals ? "" : Operators.spell(rng, op, opHabit);
        if (placeholder && rng.chance(0.6)) {
            spelled = ""; // the placeholder in the name gives the sign
        }
        String ltCell = null;
        if (longTerm != LongTerm.NONE) {
            BigDecimal lt = m.unit().equals("%") ? drawn : drawn.multiply(BigDecimal.valueOf(rng.between(2, 3)));
            ltCell = (has(Col.OP) ? "" : spelled) + written(lt, m) + (has(Col.UNIT) ? "" : m.unit());
        }
        if (has(Col.OP)) {
            c.put(Col.OP, spelled);
        } else if (!placeholder && valueCell.endsWith(m.unit()) && (op.equals(">=") || op.equals("<=")) && rng.chance(0.12)) {
            // the bound written after the number with a note: "95%（含）以上", "3个工作日（含）以内"
            valueCell = valueCell + rng.pick("（含）", "(含)") + (op.equals(">=") ? "以上" : "以内");
        } else {
            valueCell = spelled + valueCell;
        }
        c.put(Col.VALUE, valueCell);
        if (ltCell != null) {
            c.put(Col.LT_VALUE, ltCell);
        }
        if (unitCell != null) {
            c.put(Col.UNIT, unitCell);
        }
        c.put(Col.KIND, kindText);
        String shown = number + m.unit();
        c.put(Col.SCORING, scoring(op, shown));
        c.put(Col.CONTENT, m.name() + "，确保完成年度目标任务。");
        c.put(Col.BASIS, rng.pick("年初工作计划及项目实施方案", "历史数据及行业标准", "上级部门下达的目标任务", "项目实施方案"));
        c.put(Col.L3, name);
        c.put(Col.L3B, name);
        c.put(Col.L1, level1);
        c.put(Col.L2, level2);
        c.put(Col.L2B, level2);
        return new Line(new Gold.Indicator(level1, level2, name, op, value, goldUnit,
                has(Col.KIND) ? kindText : null), c);
    }

    /** A number as an office writes it: "35,061" now and then, "200万" for targets in 万. */
    private String written(BigDecimal drawn, Themes.Measure m) {
        String plain = drawn.toPlainString();
        if (m.scale() == 1 && drawn.scale() == 0 && drawn.compareTo(BigDecimal.valueOf(10_000)) >= 0 && rng.chance(0.3)) {
            plain = String.format(java.util.Locale.ROOT, "%,d", drawn.longValueExact()); // 35,061
        }
        return plain + (m.scale() == 10_000 ? "万" : "");
    }

    /** A qualitative indicator: the target is a phrase, no number and no unit. */
    Line qualitative(String level1, String level2, String name, String target) {
        Map<Col, String> c = new EnumMap<>(Col.class);
        if (has(Col.OP)) {
            // a text target has no operator, whatever the operator column says
            c.put(Col.OP, rng.pick("定性", "", Operators.spell(rng, "=", opHabit)));
        }
        c.put(Col.VALUE, target);
        c.put(Col.LT_VALUE, target);
        c.put(Col.UNIT, "");
        c.put(Col.KIND, "定性指标");
        c.put(Col.SCORING, "根据" + name + "综合评定，达到预期目标的得满分，未达到的酌情扣分。");
        c.put(Col.CONTENT, name + "。");
        c.put(Col.BASIS, "项目实施方案");
        c.put(Col.L3, name);
        c.put(Col.L3B, name);
        c.put(Col.L1, level1);
        c.put(Col.L2, level2);
        c.put(Col.L2B, level2);
        return new Line(new Gold.Indicator(level1, level2, name, null, null, null, has(Col.KIND) ? "定性指标" : null), c);
    }

    private String scoring(String op, String shown) {
        int k = rng.between(2, 15);
        return switch (rng.nextInt(4)) {
            case 0 -> "完成" + shown + "及以上得满分，每低于目标值10%扣1分，扣完为止。";
            case 1 -> (op.startsWith("<") ? "高于" : "低于") + shown + "，扣" + k + "分。";
            case 2 -> "达到目标值得" + k + "分；未达到目标值的，按完成比例计分；工作中出现重大失误或造成不良社会影响的，本项不得分。";
            default -> "未完成的，扣" + k + "分";
        };
    }

    /** The table, possibly split in two with a page break between; blocks in order. */
    List<SpecBlock> blocks(List<Line> lines, String goalText) {
        List<List<Cell>> header = headerRows();
        List<List<Cell>> preface = new ArrayList<>();
        if (goalText != null) {
            preface.add(List.of(Cell.of("年度绩效目标"), new Cell(goalText, 1, cols.size() - 1)));
        }
        List<SpecBlock> out = new ArrayList<>();
        boolean split = lines.size() >= 8 && rng.chance(0.25);
        int at = split ? rng.between(3, lines.size() - 3) : lines.size();
        boolean repeat = rng.chance(0.5);
        List<List<Cell>> first = new ArrayList<>(preface);
        first.addAll(header);
        first.addAll(body(lines.subList(0, at)));
        out.add(new SpecBlock.Table(first, bordered, preface.size() + header.size(), preface.isEmpty() && repeat));
        if (split) {
            out.add(new SpecBlock.PageBreak(false));
            List<List<Cell>> second = new ArrayList<>(repeat ? header : List.of());
            second.addAll(body(lines.subList(at, lines.size())));
            out.add(new SpecBlock.Table(second, bordered, repeat ? header.size() : 0, repeat));
        }
        return out;
    }

    private List<List<Cell>> headerRows() {
        if (!twoLevelHeader || longTerm == LongTerm.SET) { // a 绩效指标 group row would span both sets
            return List.of(cols.stream().map(c -> Cell.of(headers.get(c))).toList());
        }
        int group = 0;
        while (group < cols.size() && switch (cols.get(group)) {
            case L1, L2, L3, OP, VALUE, UNIT -> true;
            default -> false;
        }) {
            group++;
        }
        List<Cell> top = new ArrayList<>();
        top.add(new Cell("绩效指标", 1, group));
        for (int i = group; i < cols.size(); i++) {
            top.add(new Cell(headers.get(cols.get(i)), 2, 1));
        }
        List<Cell> bottom = new ArrayList<>();
        for (int i = 0; i < group; i++) {
            bottom.add(Cell.of(headers.get(cols.get(i))));
        }
        return List.of(top, bottom);
    }

    /** Body rows of a run of indicator lines, with the hierarchy shown in this table's way. */
    private List<List<Cell>> body(List<Line> lines) {
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String l1 = line.cells().get(Col.L1);
            String l2 = line.cells().get(Col.L2);
            boolean newL1 = i == 0 || !lines.get(i - 1).cells().get(Col.L1).equals(l1);
            boolean newL2 = newL1 || !lines.get(i - 1).cells().get(Col.L2).equals(l2);
            if (hierarchy == Hierarchy.PLACEHOLDER) {
                if (newL1) {
                    rows.add(placeholder(l1, ""));
                }
                if (newL2) {
                    rows.add(placeholder("", l2));
                }
            }
            List<Cell> row = new ArrayList<>();
            for (Col c : cols) {
                String text = line.cells().getOrDefault(c, "");
                if (c == Col.L1 || c == Col.L2 || c == Col.L2B) {
                    boolean starts = c == Col.L1 ? newL1 : newL2;
                    switch (hierarchy) {
                        case MERGED -> {
                            if (!starts) {
                                continue;
                            }
                            row.add(new Cell(text, span(lines, i, c == Col.L2B ? Col.L2 : c), 1));
                            continue;
                        }
                        case PLACEHOLDER -> text = "";
                        case FIRST_ONLY -> text = starts ? text : "";
                        case REPEATED -> {
                        }
                    }
                }
                row.add(Cell.of(text));
            }
            rows.add(row);
        }
        return rows;
    }

    private static int span(List<Line> lines, int from, Col c) {
        String l1 = lines.get(from).cells().get(Col.L1);
        String v = lines.get(from).cells().get(c);
        int n = 1;
        while (from + n < lines.size() && lines.get(from + n).cells().get(c).equals(v)
                && lines.get(from + n).cells().get(Col.L1).equals(l1)) {
            n++;
        }
        return n;
    }

    private List<Cell> placeholder(String l1, String l2) {
        List<Cell> row = new ArrayList<>();
        for (Col c : cols) {
            row.add(Cell.of(switch (c) {
                case L1 -> l1;
                case L2, L2B -> l2;
                case VALUE, LT_VALUE, SCORING, CONTENT -> "空";
                default -> "";
            }));
        }
        return row;
    }
}
