package org.govdoc.extract.tasks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdoc.extract.DocContext;
import org.govdoc.extract.TextLines;
import org.govdoc.extract.metadata.YearCheck;
import org.govdoc.model.Block;
import org.govdoc.model.Cell;
import org.govdoc.model.Document;
import org.govdoc.model.Location;
import org.govdoc.model.Paragraph;
import org.govdoc.model.Row;
import org.govdoc.model.Table;
import org.govdoc.record.DueDate;
import org.govdoc.record.Task;
import org.govdoc.text.ChineseText;
import org.govdoc.text.DateParser.DeadlinePhrase;
import org.govdoc.text.DateParser;

/**
 * Tasks from tables that have lead or responsible unit columns (考评细则, 任务分解表, 责任清单): one
 * task per row, origin "table" (or "body" for the rows of a breakdown table, see
 * {@link #extract(Document, DocContext, List)}), its text from the rightmost task column of the
 * row (the columns to its left are its section), points from a 分值 column or the text's own
 * （2分）, scoring from a 评分标准 column. Section rows (一、… across the row) head the rows below and
 * are no tasks; leader columns (牵头领导, 责任人) are no units. Stateless and thread-safe.
 */
public final class TableTaskExtractor {

    private static final Pattern DECIMAL = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");
    /* Column header words; a header names a role when it holds one of them anywhere. */
    private static final List<String> LEAD = List.of("牵头单位", "牵头部门", "牵头领导单位", "牵头处室", "主办单位", "主责单位",
            "主责部门");
    /** Columns naming leaders (persons or positions): never units, never the task. */
    private static final List<String> PERSON = List.of("领导", "责任人", "负责人", "联系人", "经办人");
    private static final List<String> RESPONSIBLE = List.of("责任单位", "责任部门", "责任主体", "责任处室", "配合单位", "配合部门",
            "协办单位", "协办部门", "参与单位", "参与部门", "落实单位", "承办单位", "协同单位");
    private static final List<String> DEADLINE = List.of("完成时限", "完成时间", "完成期限", "时间节点", "时限", "进度安排");
    private static final Pattern POINTS = Pattern.compile("^(?:分值|分数|权重|标准分值?|满分|赋分)(?:[(（].*)?$");
    private static final List<String> SCORING = List.of("评分标准", "考核标准", "评分细则", "考评标准", "评分办法", "扣分标准",
            "计分方法", "评分方法");
    private static final Pattern SERIAL = Pattern.compile("^(?:序号|编号|序)$");
    private static final List<String> TEXT = List.of("任务", "内容", "目标", "措施", "事项", "要求", "工作", "项目", "指标");
    private static final List<String> OTHER = List.of("备注", "考核方式", "考评方式", "说明", "依据", "来源", "情况", "进展", "成效",
            "佐证", "电话", "投资", "金额", "资金", "万元");
    /** How many opening rows may hold titles above the header row. */
    private static final int HEADER_ROWS = 6;
    /** Points written in the text: （2分）, (0.5分), 2分 at the end. */
    private static final Pattern TEXT_POINTS = Pattern.compile("[（(]\\s*([0-9]+(?:\\.[0-9]+)?)\\s*分\\s*[）)]|([0-9]+(?:\\.[0-9]+)?)\\s*分\\s*$");

    private enum Role { LEAD, RESPONSIBLE, DEADLINE, POINTS, SCORING, TEXT, SERIAL, OTHER, UNKNOWN }

    public List<Task> extract(Document doc, DocContext ctx) {
        return extract(doc, ctx, null);
    }

    /**
     * The table tasks of a document. Given the tasks of the running text ({@code bodyTasks}, null
     * for none), the rows of task breakdown tables (重点任务分解表, 责任清单: no 分值 or 评分标准 column
     * and no points in the text) are the plan's own tasks and get origin "body", unless the table
     * repeats the running text's tasks (most of its rows start like one of them); rows of
     * assessment tables (考评细则) stay "table".
     * Tab-separated lines come as tables (the readers make them). A table without a header
     * of its own that follows a task table with at most a few short lines between (a table broken
     * by a page or by a section line 二、…) continues it: same columns, the line its section.
     */
    public List<Task> extract(Document doc, DocContext ctx, List<Task> bodyTasks) {
        List<Task> out = new ArrayList<>();
        Integer ref = (ctx == null ? null : ctx.referenceYear());
        Header last = null;
        boolean lastAssessment = false;
        List<String> between = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                String t = TextLines.clean(p.text());
                if (!t.isEmpty()) {
                    between.add(t);
                }
                continue;
            }
            if (!(b instanceof Table t)) {
                continue;
            }
            Header h = header(t);
            boolean assessment;
            String section = null;
            if (h == null && last != null && continues(t, last, between)) {
                h = new Header(-1, last.roles(), last.keys());
                section = between.isEmpty() ? null : between.get(between.size() - 1);
                assessment = lastAssessment;
            } else {
                assessment = h != null && isAssessment(t, h);
            }
            between.clear();
            if (h == null) {
                last = null;
                continue;
            }
            List<Task> tasks = rows(t, h, ref, section);
            assessment |= tasks.stream().anyMatch(x -> x.points() != null || x.scoring() != null);
            if (bodyTasks != null && !assessment && !repeats(tasks, bodyTasks)) {
                tasks = tasks.stream().map(TableTaskExtractor::asBody).toList();
            }
            out.addAll(tasks);
            last = h;
            lastAssessment = assessment;
        }
        return out;
    }

    /** How many leading characters of a row's text must stand in a body task for the row to repeat it. */
    private static final int REPEAT_KEY = 8;

    /** Whether at least half of the rows start like a task of the running text (the table restates them). */
    private static boolean repeats(List<Task> rows, List<Task> body) {
        if (body.isEmpty() || rows.isEmpty()) {
            return false;
        }
        List<String> texts = body.stream().map(t -> ChineseText.key(t.text())).toList();
        long repeated = rows.stream().map(r -> ChineseText.key(r.text()))
                .map(k -> k.substring(0, Math.min(REPEAT_KEY, k.length())))
                .filter(k -> !k.isEmpty() && texts.stream().anyMatch(t -> t.contains(k)))
                .count();
        return repeated * 2 >= rows.size();
    }

    /** How many short lines may stand between a task table and the table continuing it. */
    private static final int CONTINUATION_LINES = 2;
    private static final int CONTINUATION_LINE_LENGTH = 40;

    /** Whether a table without a header continues the task table {@code last}. */
    private static boolean continues(Table t, Header last, List<String> between) {
        if (between.size() > CONTINUATION_LINES || t.columnCount() > last.roles().length
                || t.columnCount() < last.roles().length - 1) {
            return false;
        }
        return between.stream().allMatch(l -> l.length() <= CONTINUATION_LINE_LENGTH && !l.endsWith("。"));
    }

    /**
     * The header row of a task table: its index, the role of each column, and its cells' keys
     * (to skip the header repeated on a new page).
     */
    private record Header(int row, Role[] roles, List<String> keys) {
    }

    /** The header of a table with a lead or responsible column, or null. */
    private static Header header(Table table) {
        List<List<Optional<Cell>>> grid = table.grid();
        for (int r = 0; r < Math.min(HEADER_ROWS, grid.size()); r++) {
            if (isTitleRow(grid.get(r))) {
                continue; // a title merged across the table (…任务及责任单位分解表) heads no column
            }
            Role[] rs = roles(grid.get(r));
            for (Role x : rs) {
                if (x == Role.LEAD || x == Role.RESPONSIBLE) {
                    int last = r;
                    if (r + 1 < grid.size() && refinedBySubHeader(grid.get(r), grid.get(r + 1), rs)) {
                        last = r + 1;
                    }
                    textColumnsOfUnusualHeaders(rs);
                    return new Header(last, rs, keys(grid.get(last)));
                }
            }
        }
        return null;
    }

    /**
     * A header of two rows: a cell spanning several columns (责任单位 over 牵头单位 | 配合单位) with
     * header words of their own in the row under it. Those columns take the roles of the lower
     * row ({@code roles} is changed in place); true when it is so.
     */
    private static boolean refinedBySubHeader(List<Optional<Cell>> top, List<Optional<Cell>> below, Role[] roles) {
        boolean refined = false;
        for (int c = 0; c < top.size() && c < below.size() && c < roles.length; c++) {
            Optional<Cell> t = top.get(c);
            Optional<Cell> b = below.get(c);
            if (t.isEmpty() || b.isEmpty() || b.get() == t.get() || !spansColumns(top, c)) {
                continue;
            }
            Role sub = role(ChineseText.key(b.get().text()));
            if (sub == Role.LEAD || sub == Role.RESPONSIBLE || sub == Role.DEADLINE) {
                roles[c] = sub;
                refined = true;
            } else if (sub == Role.UNKNOWN || sub == Role.TEXT) {
                return false; // a data row under a merged header cell, not a second header row
            }
        }
        return refined;
    }

    /** Whether the cell at column c also stands in a neighbouring column of the row. */
    private static boolean spansColumns(List<Optional<Cell>> row, int c) {
        Optional<Cell> cell = row.get(c);
        return cell.isPresent() && (c > 0 && row.get(c - 1).isPresent() && row.get(c - 1).get() == cell.get()
                || c + 1 < row.size() && row.get(c + 1).isPresent() && row.get(c + 1).get() == cell.get());
    }

    /** An assessment table: a 分值 or 评分标准 column in its header rows. */
    private static boolean isAssessment(Table table, Header h) {
        List<List<Optional<Cell>>> grid = table.grid();
        for (int r = 0; r <= h.row() && r < grid.size(); r++) {
            for (Role x : roles(grid.get(r))) {
                if (x == Role.POINTS || x == Role.SCORING) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Task asBody(Task t) {
        return new Task(t.number(), t.section(), t.text(), t.leadUnits(), t.responsibleUnits(), t.deadline(), "body",
                t.points(), t.scoring(), t.location());
    }

    /** The tasks of one table; empty when it has no lead or responsible column. */
    public List<Task> extract(Table table, Integer referenceYear) {
        Header h = header(table);
        return h == null ? new ArrayList<>() : rows(table, h, referenceYear, null);
    }

    /** The tasks of the rows below the header; {@code section} heads them all when not null. */
    private List<Task> rows(Table table, Header h, Integer referenceYear, String section0) {
        List<List<Optional<Cell>>> grid = table.grid();
        Role[] roles = h.roles();
        List<Task> out = new ArrayList<>();
        List<String> headerKeys = h.keys();
        String[] above = new String[roles.length];
        String rowSection = section0;
        for (int r = h.row() + 1; r < grid.size(); r++) {
            List<Optional<Cell>> row = grid.get(r);
            if (keys(row).equals(headerKeys)) {
                continue; // header repeated on a new page
            }
            String section = sectionRow(row, roles, r);
            if (section != null) {
                rowSection = section;
                Arrays.fill(above, null);
                continue;
            }
            Task task = task(table, r, row, roles, referenceYear, above);
            if (task != null) {
                if (rowSection != null) {
                    List<String> sec = new ArrayList<>(task.section());
                    sec.add(0, rowSection);
                    task = new Task(task.number(), sec, task.text(), task.leadUnits(), task.responsibleUnits(),
                            task.deadline(), task.origin(), task.points(), task.scoring(), task.location());
                }
                out.add(task);
            }
        }
        return out;
    }

    /** A row of one cell merged across the table (or all but one column): a title, not a header. */
    private static boolean isTitleRow(List<Optional<Cell>> row) {
        Set<Cell> cells = new LinkedHashSet<>();
        row.forEach(c -> c.filter(x -> !x.isEmpty()).ifPresent(cells::add));
        return cells.size() == 1 && cells.iterator().next().colSpan() >= Math.max(2, row.size() - 1);
    }

    /**
     * A table without a column its header calls the task (任务, 内容, 措施 …) keeps its task in the
     * columns whose header is none of the known ones (具体抓手, 重点工作清单): those are its text.
     */
    private static void textColumnsOfUnusualHeaders(Role[] roles) {
        boolean hasText = false;
        for (Role r : roles) {
            hasText |= r == Role.TEXT;
        }
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] == Role.UNKNOWN) {
                roles[c] = hasText ? Role.OTHER : Role.TEXT;
            }
        }
    }

    /**
     * The heading of a section row (一、壮大特色产业 across the row, or 一 | 壮大特色产业 merged over the
     * task and unit columns, or a numbered heading with no units), or null for a task row. A cell
     * that stands in a task column and a unit column at once is a heading, never a unit.
     */
    private static String sectionRow(List<Optional<Cell>> row, Role[] roles, int r) {
        Cell spanning = null;
        Cell text = null;
        boolean units = false;
        for (int c = 0; c < row.size() && c < roles.length; c++) {
            Optional<Cell> oc = row.get(c);
            if (oc.isEmpty() || oc.get().isEmpty()) {
                continue;
            }
            Cell cell = oc.get();
            if (roles[c] == Role.TEXT && cell.row() == r) {
                text = cell;
            }
            if (roles[c] == Role.LEAD || roles[c] == Role.RESPONSIBLE) {
                units = true;
                for (int d = 0; d < row.size() && d < roles.length; d++) {
                    if (roles[d] == Role.TEXT && row.get(d).orElse(null) == cell) {
                        spanning = cell;
                    }
                }
            }
        }
        if (spanning != null) {
            return TextLines.clean(spanning.text());
        }
        if (!units && text != null) {
            Optional<Numbering> n = Numbering.parse(TextLines.clean(text.text()));
            if (n.isPresent() && n.get().style() == Numbering.Style.CHINESE) {
                return TextLines.clean(text.text());
            }
        }
        return null;
    }

    /**
     * The task of row r. {@code above} holds, per column, the section text of the rows above: a
     * section cell left empty (a merge the source wrote as empty cells) takes it from there.
     */
    private Task task(Table table, int r, List<Optional<Cell>> row, Role[] roles, Integer referenceYear,
                      String[] above) {
        List<Cell> textCells = new ArrayList<>();
        Set<Cell> lead = new LinkedHashSet<>();
        Set<Cell> responsible = new LinkedHashSet<>();
        Set<Cell> deadline = new LinkedHashSet<>();
        Set<Cell> points = new LinkedHashSet<>();
        Set<Cell> scoring = new LinkedHashSet<>();
        for (int c = 0; c < row.size() && c < roles.length; c++) {
            Optional<Cell> oc = row.get(c);
            if (oc.isEmpty() || oc.get().isEmpty()) {
                continue;
            }
            Cell cell = oc.get();
            switch (roles[c]) {
                case LEAD -> lead.add(cell);
                case RESPONSIBLE -> responsible.add(cell);
                case DEADLINE -> deadline.add(cell);
                case POINTS -> points.add(cell);
                case SCORING -> scoring.add(cell);
                case TEXT -> {
                    if (!textCells.contains(cell)) {
                        textCells.add(cell);
                    }
                }
                default -> { }
            }
        }
        if (textCells.isEmpty() || lead.isEmpty() && responsible.isEmpty()) {
            return null;
        }
        Cell leafCell = textCells.get(textCells.size() - 1);
        if (leafCell.row() != r && textCells.stream().allMatch(c -> c.row() != r)) {
            return null; // nothing of this row's own: the rest of a merged row above
        }
        String leafText = TextLines.clean(leafCell.text());
        List<String> section = new ArrayList<>();
        boolean changed = false;
        for (int c = 0; c < leafCell.column() && c < roles.length; c++) {
            if (roles[c] != Role.TEXT) {
                continue;
            }
            Optional<Cell> oc = row.get(c);
            String own = oc.filter(x -> !x.isEmpty() && x != leafCell).map(x -> TextLines.clean(x.text())).orElse(null);
            if (own != null) {
                changed |= !own.equals(above[c]);
                above[c] = own;
            } else if (changed) {
                above[c] = null; // a new section above: the old subsection ends
            }
            if (above[c] != null && !section.contains(above[c])) {
                section.add(above[c]);
            }
        }
        Optional<Numbering> n = Numbering.parse(leafText);
        // a section item numbered like the leaf is its sibling, not its parent (3. after 2.)
        for (int i = 0; i < section.size() && n.isPresent(); i++) {
            Optional<Numbering> sn = Numbering.parse(section.get(i));
            if (sn.isPresent() && sn.get().style() == n.get().style()) {
                section.subList(i, section.size()).clear();
                break;
            }
        }
        String number = n.map(Numbering::number).orElse(null);
        String text = n.map(Numbering::rest).orElse(leafText);
        BigDecimal pts = points.isEmpty() ? textPoints(leafText) : number(join(points));
        String scoringText = scoring.isEmpty() ? null : join(scoring);
        DueDate due = TaskExtractor.textDeadline(text, referenceYear);
        if (!deadline.isEmpty()) {
            String dt = join(deadline);
            DeadlinePhrase p = DateParser.parseDeadline(dt, referenceYear);
            due = new DueDate(YearCheck.repairedDate(p, referenceYear), dt, p.ongoing());
        }
        Row rowModel = r < table.rows().size() ? table.rows().get(r) : null;
        Integer page = rowModel == null ? table.location().page() : rowModel.page();
        Location loc = Location.ofCell(page, table.location().block() == null ? 0 : table.location().block(),
                table.index(), r, leafCell.column());
        if (leafCell.location() != null) {
            loc = loc.withProvenance(leafCell.location().box(), leafCell.location().confidence());
        }
        List<String> leadUnits = new ArrayList<>();
        List<String> responsibleUnits = new ArrayList<>();
        units(lead, leadUnits, leadUnits, responsibleUnits);
        units(responsible, responsibleUnits, leadUnits, responsibleUnits);
        UnitSplitter.moveMarkedLeads(leadUnits, responsibleUnits);
        return new Task(number, section, text, leadUnits, responsibleUnits, due, "table", pts, scoringText, loc);
    }

    /**
     * The units of a column's cells into {@code out}; a cell written with role labels of its own
     * (牵头：区教育局 ⏎ 配合：区财政局、区住建局 in one 责任单位 cell) gives each label's units to its role.
     */
    private static void units(Set<Cell> cells, List<String> out, List<String> lead, List<String> responsible) {
        for (Cell c : cells) {
            Optional<AssignmentParser.Parsed> p = AssignmentParser.parse(c.text());
            if (p.isPresent() && p.get().before().isBlank() && p.get().labels().stream()
                    .anyMatch(l -> l.field() == AssignmentParser.Field.LEAD || l.field() == AssignmentParser.Field.RESPONSIBLE)) {
                for (AssignmentParser.Label l : p.get().labels()) {
                    switch (l.field()) {
                        case LEAD -> lead.addAll(UnitSplitter.split(l.value()));
                        case RESPONSIBLE -> responsible.addAll(UnitSplitter.split(l.value()));
                        default -> { } // a deadline or a leader inside a unit cell: not a unit
                    }
                }
            } else {
                out.addAll(UnitSplitter.split(c.text()));
            }
        }
    }

    private static String join(Set<Cell> cells) {
        StringBuilder b = new StringBuilder();
        for (Cell c : cells) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(TextLines.clean(c.text()));
        }
        return b.toString();
    }

    static BigDecimal textPoints(String text) {
        Matcher m = TEXT_POINTS.matcher(ChineseText.toHalfWidth(text));
        String last = null;
        while (m.find()) {
            last = m.group(1) != null ? m.group(1) : m.group(2);
        }
        return last == null ? null : new BigDecimal(last);
    }

    private static BigDecimal number(String s) {
        Matcher m = DECIMAL.matcher(ChineseText.toHalfWidth(s));
        return m.find() ? new BigDecimal(m.group()) : null;
    }

    private static List<String> keys(List<Optional<Cell>> row) {
        List<String> out = new ArrayList<>();
        for (Optional<Cell> c : row) {
            out.add(c.map(x -> ChineseText.key(x.text())).orElse(""));
        }
        return out;
    }

    private static Role[] roles(List<Optional<Cell>> row) {
        Role[] roles = new Role[row.size()];
        for (int c = 0; c < row.size(); c++) {
            String k = row.get(c).map(x -> ChineseText.key(x.text())).orElse("");
            roles[c] = role(k);
        }
        return roles;
    }

    private static Role role(String k) {
        if (k.isEmpty()) {
            return Role.OTHER;
        }
        if (containsAny(k, LEAD)) {
            return Role.LEAD;
        }
        if (containsAny(k, PERSON)) {
            return Role.OTHER;
        }
        if (containsAny(k, RESPONSIBLE)) {
            return Role.RESPONSIBLE;
        }
        if (containsAny(k, SCORING)) {
            return Role.SCORING;
        }
        if (POINTS.matcher(k).find()) {
            return Role.POINTS;
        }
        if (containsAny(k, DEADLINE)) {
            return Role.DEADLINE;
        }
        if (SERIAL.matcher(k).find()) {
            return Role.SERIAL;
        }
        if (containsAny(k, OTHER)) {
            return Role.OTHER;
        }
        if (containsAny(k, TEXT)) {
            return Role.TEXT;
        }
        return Role.UNKNOWN;
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
