package org.govdoc.extract.indicator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.govdoc.extract.table.TableView;
import org.govdoc.text.OperatorParser;

/**
 * The columns of a performance-indicator table, found by their header text, never by position.
 * The header is the row naming 三级指标 (or 二级指标 with 指标值/指标名称), together with a group
 * row above it (绩效指标 spanning the level columns, 评（扣）分标准 …) and a sub-header row below
 * it. Each column's role comes from its lowest non-empty header text: whitespace and line breaks
 * are ignored and names vary (指标值 / 目标值 / 指标值（目标值）, 度量单位 / 计量单位, 评分标准 /
 * 评（扣）分标准). Headers that are ambiguous across tables (指标性质 holds operators in some and
 * 定量/定性 in others) are settled by the column's contents: a column whose cells are mostly
 * operators is the operator column, mostly 定量/定性 the kind column.
 *
 * @param columns   role → grid column
 * @param firstData first row after the header
 * @param columnCount grid columns of the table
 */
public record IndicatorLayout(Map<ColumnRole, Integer> columns, int firstData, int columnCount) {

    private static final Pattern BASIS = Pattern.compile("依据|数据来源|来源");
    private static final Pattern SCORING = Pattern.compile("评分|扣分|评\\(扣\\)分|计分|分标准|评价标准|考核标准");
    private static final Pattern CONTENT = Pattern.compile("指标内容|指标解释|指标说明|值说明|指标定义|具体内容|^内容$|^说明$|指标描述");
    private static final Pattern UNIT = Pattern.compile("度量单位|计量单位|指标单位|^单位$");
    private static final Pattern OPERATOR = Pattern.compile("指标性质|运算符|比较符|符号|比较关系|^关系$|运算关系");
    private static final Pattern KIND = Pattern.compile("指标类型|指标属性|指标类别|定量/定性|定性/定量|^类型$|^属性$");
    private static final Pattern WEIGHT = Pattern.compile("分值|权重|^分数$");
    private static final Pattern VALUE = Pattern.compile("指标值|目标值|标准值|预期值|期望值|计划值|指标数值|绩效目标|年度目标|^目标$|^值$|^数值$|目标数值");
    private static final Pattern CATEGORY = Pattern.compile("指标类别|指标类型|指标分类|^类别$");
    private static final Pattern LEVEL1_NAME = Pattern.compile("(?:预期)?(?:产出|效益|效果|满意度)指标");
    private static final Pattern LEVEL2_NAME = Pattern.compile(
            "(?:数量|质量|时效|成本|经济成本|社会成本|生态环境成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|满意度)指标");
    private static final Pattern LEVEL1 = Pattern.compile("一级指标|^一级$");
    private static final Pattern LEVEL2 = Pattern.compile("二级指标|^二级$");
    private static final Pattern LEVEL3 = Pattern.compile("三级指标|^三级$|指标名称|^指标$");
    /** Header words of a long-term column set (中长期, 中期, 实施期 …) and of the annual one. */
    private static final Pattern LONG_TERM = Pattern.compile("^(?:中长期|中期|长期|实施期|项目期|整体|总体|累计|三年|五年)");
    private static final Pattern ANNUAL = Pattern.compile("^(?:年度|当年|本年)");
    /** Rows above the header searched for the words naming a column set (中期目标 | 年度目标). */
    private static final int SET_LABEL_ROWS = 4;
    /** The longest label naming a column set ("中期目标(2024年—2026年)"). */
    private static final int SET_LABEL_LENGTH = 20;
    /** The roles a column set repeats: 二级指标, 三级指标 and the target's columns. */
    private static final List<ColumnRole> SET_ROLES = List.of(ColumnRole.LEVEL2, ColumnRole.LEVEL3, ColumnRole.OPERATOR,
            ColumnRole.VALUE, ColumnRole.UNIT);
    private static final Set<String> KIND_WORDS = Set.of("定量", "定性", "定量指标", "定性指标");

    public Optional<Integer> column(ColumnRole role) {
        return Optional.ofNullable(columns.get(role));
    }

    /** True when a table's row is the header (or a repeat of it on a new page). */
    static boolean isHeaderRow(TableView t, int row) {
        boolean l3 = false;
        boolean l2 = false;
        boolean other = false;
        for (int c = 0; c < t.columnCount(); c++) {
            String k = t.key(row, c);
            if (k.contains("三级指标") || k.equals("三级")) {
                l3 = true;
            } else if (k.contains("二级指标") || k.equals("二级")) {
                l2 = true;
            } else if (k.contains("指标") && LEVEL3.matcher(k).find() && !k.contains("一级")) {
                other = true; // every LEVEL3 name holds 指标
            } else if ((k.indexOf('值') >= 0 || k.contains("目标")) && VALUE.matcher(k).find()) {
                other = true; // every VALUE name holds 值 or 目标
            }
        }
        return l3 || l2 && other || twoLevelHeader(t, row);
    }

    /**
     * A two-level header without 一级/二级/三级: a category column (指标类别), a name column (指标名称)
     * and a value column (指标值), the category cells below being level names (数量指标, 质量指标 …).
     */
    private static boolean twoLevelHeader(TableView t, int row) {
        int category = -1;
        boolean name = false;
        boolean value = false;
        for (int c = 0; c < t.columnCount(); c++) {
            String k = t.key(row, c);
            if (CATEGORY.matcher(k).matches()) {
                category = category < 0 ? c : category;
            } else if (k.contains("指标") && LEVEL3.matcher(k).find()) {
                name = true;
            } else if ((k.indexOf('值') >= 0 || k.contains("目标")) && VALUE.matcher(k).find()) {
                value = true;
            }
        }
        return category >= 0 && name && value && levelNames(t, row + 1, category) != null;
    }

    /**
     * LEVEL2 when most filled cells of a column from a row on are level-2 names (数量指标, 社会效益指标),
     * LEVEL1 when they are level-1 names (产出指标, 效益指标), else null.
     */
    private static ColumnRole levelNames(TableView t, int firstData, int c) {
        LevelCounts n = levelCounts(t, firstData, c);
        int filled = n.filled();
        int level1 = n.level1();
        int level2 = n.level2();
        if (filled < 2) {
            return null;
        }
        if (level2 * 10 >= filled * 6) {
            return ColumnRole.LEVEL2;
        }
        return level1 * 10 >= filled * 6 ? ColumnRole.LEVEL1 : null;
    }

    /** The filled cells of a column from a row on (continuations of a merged cell counted once), and how many are level-1 and level-2 names. */
    private record LevelCounts(int filled, int level1, int level2) {
    }

    private static LevelCounts levelCounts(TableView t, int firstData, int c) {
        int filled = 0;
        int level1 = 0;
        int level2 = 0;
        for (int row = firstData; row < t.rowCount(); row++) {
            if (t.continuesFromAbove(row, c)) {
                continue;
            }
            String k = t.key(row, c);
            if (k.isEmpty()) {
                continue;
            }
            filled++;
            if (LEVEL1_NAME.matcher(k).matches()) {
                level1++;
            } else if (LEVEL2_NAME.matcher(k).matches()) {
                level2++;
            }
        }
        return new LevelCounts(filled, level1, level2);
    }

    /**
     * True when the table names indicator levels: 三级指标 anywhere, or (in a budget declaration,
     * where 一级/二级 can only mean performance indicators) 一级指标 / 二级指标. Assessment tables of
     * work plans with 一级指标 / 二级指标 columns are not performance-indicator tables.
     */
    static boolean mentionsIndicators(TableView t, boolean budgetProject) {
        for (int r = 0; r < t.rowCount(); r++) {
            for (int c = 0; c < t.columnCount(); c++) {
                String k = t.key(r, c);
                if (k.contains("三级指标") || budgetProject && (k.contains("一级指标") || k.contains("二级指标"))) {
                    return true;
                }
                if (budgetProject && twoLevelHeader(t, r)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The layout of a table with an indicator header, or empty when it has none. */
    static Optional<IndicatorLayout> detect(TableView t) {
        return detect(t, 0);
    }

    /**
     * The layout of the first indicator header at or below a row (forms of several projects put
     * one header per project in one table), or empty when there is none.
     */
    static Optional<IndicatorLayout> detect(TableView t, int from) {
        int anchor = -1;
        for (int r = from; r < t.rowCount(); r++) { // forms put the indicator header deep inside one big table
            if (isHeaderRow(t, r)) {
                anchor = r;
                break;
            }
        }
        if (anchor < 0) {
            return from == 0 ? spannedLevels(t) : Optional.empty();
        }
        List<Integer> headerRows = new ArrayList<>();
        if (anchor > 0 && isGroupRow(t, anchor - 1)) {
            headerRows.add(anchor - 1);
        }
        headerRows.add(anchor);
        int last = anchor;
        if (anchor + 1 < t.rowCount() && isSubHeaderRow(t, anchor + 1)) {
            headerRows.add(anchor + 1);
            last = anchor + 1;
        }
        Map<ColumnRole, Integer> columns = new EnumMap<>(ColumnRole.class);
        ColumnRole[] byColumn = new ColumnRole[t.columnCount()];
        for (int c = 0; c < t.columnCount(); c++) {
            for (int i = headerRows.size() - 1; i >= 0 && byColumn[c] == null; i--) {
                byColumn[c] = roleOf(t.key(headerRows.get(i), c));
            }
        }
        settleByContent(t, last + 1, byColumn);
        int second = secondSetStart(byColumn);
        boolean firstIsAnnual = second >= 0 && firstSetIsAnnual(t, byColumn, second, Math.max(0, headerRows.get(0) - SET_LABEL_ROWS), last);
        for (int c = 0; c < byColumn.length; c++) {
            ColumnRole role = byColumn[c];
            if (role == null) {
                continue;
            }
            boolean longTerm = second >= 0 && SET_ROLES.contains(role) && (c >= second) == firstIsAnnual
                    && repeated(byColumn, role);
            columns.putIfAbsent(longTerm ? longTermRole(role) : role, c);
        }
        return Optional.of(new IndicatorLayout(columns, last + 1, t.columnCount()));
    }

    /**
     * Where a second column set starts (三级指标 and 指标值 twice, or 指标值 twice: a long-term and an
     * annual target side by side): the column of the first repeat of a set role, else -1.
     */
    private static int secondSetStart(ColumnRole[] byColumn) {
        int second = -1;
        for (ColumnRole role : List.of(ColumnRole.LEVEL3, ColumnRole.VALUE)) {
            int seen = 0;
            for (int c = 0; c < byColumn.length; c++) {
                if (byColumn[c] == role && ++seen == 2) {
                    second = second < 0 ? c : Math.min(second, c);
                }
            }
        }
        if (second < 0) {
            return -1;
        }
        // the second set starts at its own 二级指标 / 三级指标 / operator when those come before its repeat
        int start = second;
        while (start - 1 >= 0 && byColumn[start - 1] != null && SET_ROLES.contains(byColumn[start - 1])
                && repeated(byColumn, byColumn[start - 1]) && lastIndex(byColumn, byColumn[start - 1]) >= start - 1
                && firstIndex(byColumn, byColumn[start - 1]) < start - 1) {
            start--;
        }
        return start;
    }

    private static boolean repeated(ColumnRole[] byColumn, ColumnRole role) {
        return firstIndex(byColumn, role) != lastIndex(byColumn, role);
    }

    private static int firstIndex(ColumnRole[] byColumn, ColumnRole role) {
        for (int c = 0; c < byColumn.length; c++) {
            if (byColumn[c] == role) {
                return c;
            }
        }
        return -1;
    }

    private static int lastIndex(ColumnRole[] byColumn, ColumnRole role) {
        for (int c = byColumn.length - 1; c >= 0; c--) {
            if (byColumn[c] == role) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Which of two column sets is the annual one, by the words over their columns in the header
     * rows and the rows just above (中期目标 | 年度目标): a set named 年度 and not 中期/实施期 …, or the
     * other set's being named long-term. Without such words the second set is the annual one
     * (the usual order is 中期 then 年度).
     */
    private static boolean firstIsAnnualByWords(int firstAnnual, int firstLong, int secondAnnual, int secondLong) {
        if (firstAnnual > 0 && firstLong == 0 && !(secondAnnual > 0 && secondLong == 0)) {
            return true;
        }
        if (secondLong > 0 && secondAnnual == 0 && firstLong == 0) {
            return true;
        }
        return false;
    }

    private static boolean firstSetIsAnnual(TableView t, ColumnRole[] byColumn, int second, int fromRow, int lastHeader) {
        int[] first = new int[2];
        int[] other = new int[2];
        int lead = firstIndex(byColumn, ColumnRole.LEVEL2) >= 0 && firstIndex(byColumn, ColumnRole.LEVEL2) < second
                ? firstIndex(byColumn, ColumnRole.LEVEL2) : firstIndex(byColumn, ColumnRole.LEVEL3);
        for (int r = fromRow; r <= lastHeader; r++) {
            for (int c = Math.max(0, lead); c < byColumn.length; c++) {
                int[] tally = c < second ? first : other;
                java.util.Optional<org.govdoc.model.Cell> cell = t.cell(r, c);
                if (cell.isEmpty() || spansBothSets(t, r, cell.get(), second)) {
                    continue;
                }
                String k = t.key(r, c);
                if (k.length() > SET_LABEL_LENGTH) {
                    continue; // a goal's text names no column set
                }
                // a set's label starts with its period: 年度目标, 中期目标(2024年—2026年), 实施期指标值
                tally[0] += ANNUAL.matcher(k).find() ? 1 : 0;
                tally[1] += LONG_TERM.matcher(k).find() ? 1 : 0;
            }
        }
        return firstIsAnnualByWords(first[0], first[1], other[0], other[1]);
    }

    private static boolean spansBothSets(TableView t, int r, org.govdoc.model.Cell cell, int second) {
        boolean before = false;
        boolean after = false;
        for (int c = 0; c < t.columnCount(); c++) {
            if (t.cell(r, c).filter(x -> x == cell).isPresent()) {
                before |= c < second;
                after |= c >= second;
            }
        }
        return before && after;
    }

    private static ColumnRole longTermRole(ColumnRole role) {
        return switch (role) {
            case LEVEL2 -> ColumnRole.LONG_TERM_LEVEL2;
            case LEVEL3 -> ColumnRole.LONG_TERM_LEVEL3;
            case OPERATOR -> ColumnRole.LONG_TERM_OPERATOR;
            case VALUE -> ColumnRole.LONG_TERM_VALUE;
            case UNIT -> ColumnRole.LONG_TERM_UNIT;
            default -> role;
        };
    }

    /**
     * A header without level names: "绩效指标" spanning three columns over the levels beside a
     * value header (绩效指标 | 指标值), the spanned columns being 一级, 二级 and 三级 in that order.
     */
    private static Optional<IndicatorLayout> spannedLevels(TableView t) {
        for (int r = 0; r < t.rowCount(); r++) {
            int at = -1;
            boolean value = false;
            for (int c = 0; c < t.columnCount(); c++) {
                String k = t.key(r, c);
                if (k.equals("绩效指标") && at < 0 && c + 2 < t.columnCount() && t.cell(r, c).equals(t.cell(r, c + 2))
                        && !t.cell(r, c).equals(t.cell(r, c + 3)) && !t.continuesFromAbove(r, c)) {
                    at = c;
                } else if (at >= 0 && c > at + 2 && roleOf(k) == ColumnRole.VALUE) {
                    value = true;
                }
            }
            if (at >= 0 && value) {
                Map<ColumnRole, Integer> columns = new EnumMap<>(ColumnRole.class);
                columns.put(ColumnRole.LEVEL1, at);
                columns.put(ColumnRole.LEVEL2, at + 1);
                columns.put(ColumnRole.LEVEL3, at + 2);
                ColumnRole[] byColumn = new ColumnRole[t.columnCount()];
                for (int c = at + 3; c < t.columnCount(); c++) {
                    byColumn[c] = roleOf(t.key(r, c));
                }
                settleByContent(t, r + 1, byColumn);
                for (int c = at + 3; c < byColumn.length; c++) {
                    if (byColumn[c] != null) {
                        columns.putIfAbsent(byColumn[c], c);
                    }
                }
                return Optional.of(new IndicatorLayout(columns, r + 1, t.columnCount()));
            }
        }
        return Optional.empty();
    }

    /** The role a header text names, or null. */
    static ColumnRole roleOf(String key) {
        if (key == null || key.isEmpty()) {
            return null;
        }
        if (BASIS.matcher(key).find()) {
            return ColumnRole.BASIS;
        }
        if (SCORING.matcher(key).find()) {
            return ColumnRole.SCORING;
        }
        if (CONTENT.matcher(key).find()) {
            return ColumnRole.CONTENT;
        }
        if (UNIT.matcher(key).find()) {
            return ColumnRole.UNIT;
        }
        if (OPERATOR.matcher(key).find()) {
            return ColumnRole.OPERATOR;
        }
        if (KIND.matcher(key).find()) {
            return ColumnRole.KIND;
        }
        if (WEIGHT.matcher(key).find()) {
            return ColumnRole.WEIGHT;
        }
        if (LEVEL1.matcher(key).find()) {
            return ColumnRole.LEVEL1;
        }
        if (LEVEL2.matcher(key).find()) {
            return ColumnRole.LEVEL2;
        }
        if (VALUE.matcher(key).find()) {
            return ColumnRole.VALUE;
        }
        if (LEVEL3.matcher(key).find()) {
            return ColumnRole.LEVEL3;
        }
        return null;
    }

    /** A row above the header that groups columns: short cells, at least one naming a role or 绩效指标. */
    private static boolean isGroupRow(TableView t, int row) {
        int named = 0;
        for (int c = 0; c < t.columnCount(); c++) {
            String k = t.key(row, c);
            if (k.length() > 20) {
                return false;
            }
            if (roleOf(k) != null || k.equals("绩效指标")) {
                named++;
            }
        }
        return named > 0;
    }

    /** A row below the header whose every non-empty cell is a header name (指标性质 | 指标值 under 指标值). */
    private static boolean isSubHeaderRow(TableView t, int row) {
        int named = 0;
        for (int c = 0; c < t.columnCount(); c++) {
            if (t.continuesFromAbove(row, c)) {
                continue;
            }
            String k = t.key(row, c);
            if (k.isEmpty()) {
                continue;
            }
            if (roleOf(k) == null) {
                return false;
            }
            named++;
        }
        return named > 0;
    }

    /**
     * A column whose header names no role, left of the 二级指标 column, in a table with no 一级指标
     * column yet, every filled cell below being a level-1 name (产出指标, 效益指标 …, often one
     * merged cell): the 一级指标 column.
     */
    private static boolean isUnnamedLevel1(TableView t, int firstData, int c, ColumnRole[] byColumn) {
        int level2 = firstIndex(byColumn, ColumnRole.LEVEL2);
        if (level2 < 0 || c >= level2 || firstIndex(byColumn, ColumnRole.LEVEL1) >= 0) {
            return false;
        }
        LevelCounts n = levelCounts(t, firstData, c);
        return n.filled() > 0 && n.level1() == n.filled();
    }

    /** Operator and kind columns told apart by what their cells hold. */
    private static void settleByContent(TableView t, int firstData, ColumnRole[] byColumn) {
        for (int c = 0; c < byColumn.length; c++) {
            ColumnRole r = byColumn[c];
            if (r == ColumnRole.LEVEL1 || r == ColumnRole.LEVEL2 || r == ColumnRole.LEVEL3 || r == ColumnRole.SCORING
                    || r == ColumnRole.CONTENT || r == ColumnRole.BASIS) {
                continue;
            }
            int filled = 0;
            int operators = 0;
            int kinds = 0;
            for (int row = firstData; row < t.rowCount(); row++) {
                if (t.continuesFromAbove(row, c)) {
                    continue;
                }
                String k = t.key(row, c);
                if (k.isEmpty() || IndicatorExtractor.isPlaceholder(k)) {
                    continue;
                }
                filled++;
                if (OperatorParser.parse(k).isPresent()) {
                    operators++;
                } else if (KIND_WORDS.contains(k)) {
                    kinds++;
                }
            }
            if (filled == 0) {
                continue;
            }
            if (r == null && isUnnamedLevel1(t, firstData, c, byColumn)) {
                byColumn[c] = ColumnRole.LEVEL1; // its header misread (一级指标 without its 一 in a scan)
                continue;
            }
            ColumnRole levels = r == ColumnRole.KIND ? levelNames(t, firstData, c) : null;
            if (levels != null && Arrays.stream(byColumn).noneMatch(x -> x == levels)) {
                byColumn[c] = levels; // 指标类别 holding 数量指标, 质量指标 …: the level, not 定量/定性
                continue;
            }
            if (operators * 10 >= filled * 6) {
                byColumn[c] = ColumnRole.OPERATOR;
            } else if (kinds * 10 >= filled * 6) {
                byColumn[c] = ColumnRole.KIND;
            } else if ((operators + kinds) * 10 >= filled * 6) {
                // 指标性质 holding "≥" on quantitative rows and "定性" on the others: each cell is read for what it is
                byColumn[c] = r == ColumnRole.KIND ? ColumnRole.KIND : ColumnRole.OPERATOR;
            } else if (r == ColumnRole.OPERATOR || r == ColumnRole.KIND) {
                byColumn[c] = null; // named like one but holds neither
            }
        }
    }
}
