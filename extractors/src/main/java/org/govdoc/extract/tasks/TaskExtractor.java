package org.govdoc.extract.tasks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.govdoc.extract.DocContext;
import org.govdoc.extract.ExtractionDraft;
import org.govdoc.extract.FieldExtractor;
import org.govdoc.extract.TextLines;
import org.govdoc.extract.TextLines.Line;
import org.govdoc.extract.deadlines.DeadlineExtractor;
import org.govdoc.extract.metadata.YearCheck;
import org.govdoc.extract.tasks.AssignmentParser.Field;
import org.govdoc.extract.tasks.AssignmentParser.Label;
import org.govdoc.model.Document;
import org.govdoc.model.Location;
import org.govdoc.record.DueDate;
import org.govdoc.record.Task;
import org.govdoc.text.DateParser;
import org.govdoc.text.DateParser.DeadlinePhrase;

/**
 * The tasks of a work plan. In the body, a task is a leaf numbered item (一、 （一） 1. 1、 （1） 1） ①;
 * an item with numbered children is a heading, not a task) followed by an assignment block
 * (牵头单位：… 责任单位：… 完成时限：…). A block applies to every leaf since the previous block within
 * the same parent; leaves no block follows are not tasks. Rows of tables with lead/responsible
 * columns are added by {@link TableTaskExtractor}: origin "table", or "body" for the rows of a
 * task breakdown table when the running text assigns no task (see {@link TableTaskExtractor}).
 * Stateless and thread-safe.
 */
public final class TaskExtractor implements FieldExtractor {

    /** Lines starting something of their own: a numbered item or a label. */
    private static final Pattern LINE_START = Pattern.compile(
            "\\s*(?:[（(]\\s*[0-9０-９一二三四五六七八九十]{1,3}\\s*[）)]|[0-9０-９]{1,3}\\s*[.．、）)]|[一二三四五六七八九十]{1,3}\\s*、|[①-⑳]"
                    + "|[（(]?\\s*(?:牵头|责任|配合|协办|主办|主责|参与|完成时|时间节点|时限要求))");
    /** A heading that starts an attachment (附件1, 附件：): numbering starts afresh after it. */
    private static final Pattern ATTACHMENT = Pattern.compile("^附件\\s*(?:[0-9０-９一二三四五六七八九十]+\\s*[：:]?|[：:])");

    /**
     * The deadline of a task whose block names none: no date, no text, not ongoing (a task of a
     * plan is a one-off unless it says otherwise).
     */
    public static final DueDate NO_DEADLINE = new DueDate(null, null, false);

    private final TableTaskExtractor tables = new TableTaskExtractor();

    @Override
    public void extract(Document doc, ExtractionDraft draft) {
        draft.tasks().addAll(extract(doc, DocContext.of(draft)));
    }

    /** Body tasks, then table tasks. */
    public List<Task> extract(Document doc, DocContext ctx) {
        List<Task> out = new ArrayList<>(bodyTasks(doc, ctx));
        // a breakdown table is the plan's task list unless it repeats the tasks of the text
        out.addAll(tables.extract(doc, ctx, List.copyOf(out)));
        return out;
    }

    /** The tasks of the running text only. */
    public List<Task> bodyTasks(Document doc, DocContext ctx) {
        Walk w = new Walk((ctx == null ? null : ctx.referenceYear()));
        for (Line line : joinOpenGroups(TextLines.of(doc, LINE_START))) {
            w.line(line);
        }
        w.closeBlock();
        w.flushInherited(null);
        return w.tasks;
    }

    /** How far an open bracket may stand from the end of its line to be joined with the next lines. */
    private static final int OPEN_GROUP_REACH = 80;
    private static final int OPEN_GROUP_LINES = 3;

    /**
     * Lines ending inside a bracket (an assignment group wrapped by the layout: …（区发改局牵头，区财政局、
     * / 区住建局配合）) joined with the lines that close it, up to three, unless a line starts
     * something of its own (a numbered item, a label).
     */
    static List<Line> joinOpenGroups(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String t = l.text();
            int joined = 0;
            while (openBracketNearEnd(t) && joined < OPEN_GROUP_LINES && i + 1 < lines.size()) {
                String next = lines.get(i + 1).text();
                if (Numbering.startsNumbered(next) || AssignmentParser.parse(next).isPresent()) {
                    break;
                }
                t = t + next;
                i++;
                joined++;
            }
            out.add(joined == 0 ? l : new Line(t, l.location(), l.headingLevel()));
        }
        return out;
    }

    /** A bracket left open near the end of the text. */
    private static boolean openBracketNearEnd(String t) {
        int depth = 0;
        int lastOpen = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '（' || c == '(') {
                if (depth == 0) {
                    lastOpen = i;
                }
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            }
        }
        return depth > 0 && t.length() - lastOpen <= OPEN_GROUP_REACH;
    }

    /**
     * The deadline of a task whose assignment names none: the last dated limit in its own text
     * (…，5月底前实现…), else {@link #NO_DEADLINE}.
     */
    static DueDate textDeadline(String text, Integer referenceYear) {
        return DeadlineExtractor.lastDatedLimit(text, referenceYear)
                .map(d -> new DueDate(d.date(), d.text(), false))
                .orElse(NO_DEADLINE);
    }

    /** The lines the text extractor works on, exposed for other extractors of the same genre. */
    public static Pattern lineStarts() {
        return LINE_START;
    }

    /** A numbered item of the outline. */
    private static final class Node {
        final Numbering numbering;
        final Node parent;
        final int depth;
        final Location location;
        final StringBuilder text = new StringBuilder();
        boolean hasChildren;
        /** Index in the tasks of the task this item made from a block on its own line, else -1. */
        int ownTask = -1;
        /**
         * The assignment written on this item's own line once the item turned out to be a heading
         * (（一）打造精品线路（牵头单位：市文旅局） followed by 1. 2. …): its leaves take what they lack from it.
         */
        Task inherited;

        /** The nearest item above (or this one) whose heading line carries an assignment. */
        Node assigningHeading() {
            for (Node p = this; p != null; p = p.parent) {
                if (p.inherited != null) {
                    return p;
                }
            }
            return null;
        }

        boolean isBelow(Node ancestor) {
            for (Node p = parent; p != null; p = p.parent) {
                if (p == ancestor) {
                    return true;
                }
            }
            return false;
        }

        Node(Numbering numbering, Node parent, Location location) {
            this.numbering = numbering;
            this.parent = parent;
            this.depth = parent == null ? 1 : parent.depth + 1;
            this.location = location;
            this.text.append(numbering.rest());
        }

        void append(String more) {
            if (text.length() > 0 && endsSentence(text)) {
                text.append('\n');
            }
            text.append(more);
        }

        String heading() {
            String t = text.toString().replace('\n', ' ').strip();
            int cut = t.indexOf('。');
            if (cut > 0) {
                t = t.substring(0, cut);
            }
            if (t.length() > 80) {
                t = t.substring(0, 80);
            }
            return numbering.number() + t;
        }

        List<String> section() {
            List<String> s = new ArrayList<>();
            for (Node p = parent; p != null; p = p.parent) {
                s.add(0, p.heading());
            }
            return s;
        }

        private static boolean endsSentence(CharSequence s) {
            char c = s.charAt(s.length() - 1);
            return "。；;！!？?：:".indexOf(c) >= 0;
        }
    }

    /** An assignment block being read. */
    private static final class Block {
        final List<String> lead = new ArrayList<>();
        final List<String> responsible = new ArrayList<>();
        final StringBuilder deadline = new StringBuilder();
        Field last;

        void add(Label l) {
            last = l.field();
            switch (l.field()) {
                case LEAD -> lead.add(l.value());
                case RESPONSIBLE -> responsible.add(l.value());
                case DEADLINE -> {
                    if (deadline.length() > 0) {
                        deadline.append('，');
                    }
                    deadline.append(l.value());
                }
                case PERSON -> { } // a leader named for the task: not a unit, not the task's text
            }
        }

        /** Whether the block assigns anything beyond naming a leader. */
        boolean assigns() {
            return !lead.isEmpty() || !responsible.isEmpty() || deadline.length() > 0;
        }

        /** A value wrapped onto the next line: brackets still open, or a separator at its end. */
        boolean lastValueIncomplete() {
            String v = lastText();
            if (v == null || v.isEmpty()) {
                return false;
            }
            int depth = 0;
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '（' || c == '(') {
                    depth++;
                } else if (c == '）' || c == ')') {
                    depth--;
                }
            }
            return depth > 0 || "、，,及和".indexOf(v.charAt(v.length() - 1)) >= 0;
        }

        /**
         * A line continuing a unit list wrapped by the layout (务管理厅、区民政局低保大厅): no sentence in
         * it, and units separated by 、 or ending like a unit.
         */
        boolean continuedBy(String line) {
            if (last != Field.LEAD && last != Field.RESPONSIBLE) {
                return false;
            }
            if (line.length() > 120 || line.contains("。") || line.contains("：") || line.contains(":")) {
                return false;
            }
            return line.contains("、") || org.govdoc.extract.units.UnitNames.endsLikeUnit(line) && line.length() <= 30;
        }

        private String lastText() {
            if (last == null) {
                return null;
            }
            return switch (last) {
                case LEAD -> lead.isEmpty() ? null : lead.get(lead.size() - 1);
                case RESPONSIBLE -> responsible.isEmpty() ? null : responsible.get(responsible.size() - 1);
                case DEADLINE -> deadline.toString();
                case PERSON -> null;
            };
        }

        void appendToLast(String more) {
            switch (last) {
                case LEAD -> lead.set(lead.size() - 1, lead.get(lead.size() - 1) + more);
                case RESPONSIBLE -> responsible.set(responsible.size() - 1, responsible.get(responsible.size() - 1) + more);
                case DEADLINE -> deadline.append(more);
                case PERSON -> { }
            }
        }
    }

    /** One pass over the lines of a document. */
    private static final class Walk {
        final Integer referenceYear;
        final List<Task> tasks = new ArrayList<>();
        final List<Node> path = new ArrayList<>();
        final List<Node> pending = new ArrayList<>();
        /** Indexes in {@link #tasks} of the tasks the last block made, while no item has come since. */
        final List<Integer> assigned = new ArrayList<>();
        /** Indexes in {@link #tasks} of the tasks whose deadline was read from their own text. */
        final Set<Integer> deadlineFromText = new HashSet<>();
        Node current;
        Block block;
        /** The item whose own line, or the lines right under it, opened the current block, else null. */
        Node blockOwner;

        Walk(Integer referenceYear) {
            this.referenceYear = referenceYear;
        }

        void line(Line line) {
            String t = line.text();
            if (t.startsWith("附件") && ATTACHMENT.matcher(t).find()) {
                closeBlock();
                flushInherited(null);
                path.clear();
                pending.clear();
                current = null;
                return;
            }
            Optional<AssignmentParser.Parsed> parsed = AssignmentParser.parse(t);
            if (parsed.isEmpty()) {
                parsed = AssignmentParser.parseInline(t);
            }
            if (parsed.isEmpty() && (current != null || Numbering.startsNumbered(t))) {
                // inside a numbered item, a closing parenthesis of unit names assigns it
                parsed = AssignmentParser.parseBareUnits(t);
            }
            if (parsed.isPresent()) {
                boolean ownLine = false;
                if (!parsed.get().before().isEmpty()) {
                    if (block != null) {
                        closeBlock();
                    }
                    ownLine = Numbering.parse(parsed.get().before()).isPresent();
                    text(parsed.get().before(), line);
                }
                if (block == null) {
                    block = new Block();
                    // the block of the item just read (on its line or right under it): the heading's
                    // assignment should numbered items follow
                    blockOwner = ownLine || current != null && pending.size() == 1 && pending.get(0) == current
                            ? current : null;
                }
                parsed.get().labels().forEach(block::add);
                return;
            }
            if (block != null) {
                if (!Numbering.startsNumbered(t) && (block.lastValueIncomplete() || block.continuedBy(t))) {
                    block.appendToLast(t);
                    return;
                }
                closeBlock();
            }
            text(t, line);
        }

        void text(String t, Line line) {
            Optional<Numbering> n = Numbering.parse(t);
            if (n.isPresent()) {
                item(n.get(), line);
            } else if (current != null) {
                current.append(t);
            }
        }

        void item(Numbering n, Line line) {
            int at = -1;
            for (int i = path.size() - 1; i >= 0; i--) {
                if (path.get(i).numbering.style() == n.style()) {
                    at = i;
                    break;
                }
            }
            if (at >= 0) {
                path.subList(at, path.size()).clear();
            }
            Node parent = path.isEmpty() ? null : path.get(path.size() - 1);
            Node node = new Node(n, parent, line.location());
            flushInherited(parent);
            if (parent != null) {
                if (!parent.hasChildren && parent.ownTask >= 0 && parent.ownTask == tasks.size() - 1) {
                    // the assignment on its line was the heading's: its leaves inherit it
                    parent.inherited = tasks.remove(parent.ownTask);
                    deadlineFromText.remove(parent.ownTask);
                    parent.ownTask = -1;
                }
                parent.hasChildren = true;
                pending.remove(parent);
                // a block applies within one section: leaves outside the new item's parent are done
                pending.removeIf(l -> !l.isBelow(parent));
            }
            path.add(node);
            pending.add(node);
            current = node;
            assigned.clear();
        }

        /**
         * Leaves under a heading that carries an assignment, left without a block of their own when
         * the heading's scope ends (the next item is not below it; {@code parent} null: the end),
         * are tasks with the heading's assignment.
         */
        void flushInherited(Node parent) {
            if (block != null) {
                return;
            }
            for (var it = pending.iterator(); it.hasNext(); ) {
                Node leaf = it.next();
                Node h = leaf.hasChildren ? null : leaf.assigningHeading();
                if (h == null || parent != null && (parent == h || parent.isBelow(h))) {
                    continue;
                }
                it.remove();
                String text = leaf.text.toString().strip();
                Task from = h.inherited;
                DueDate due = from.deadline().text() != null ? from.deadline() : textDeadline(text, referenceYear);
                tasks.add(new Task(leaf.numbering.number(), leaf.section(), text, from.leadUnits(),
                        from.responsibleUnits(), due, "body", null, null, leaf.location));
            }
        }

        void closeBlock() {
            if (block == null) {
                return;
            }
            Block b = block;
            Node owner = blockOwner;
            block = null;
            blockOwner = null;
            if (!b.assigns()) {
                return; // a leader's name alone assigns no unit: the items wait for their block
            }
            List<String> lead = new ArrayList<>();
            b.lead.forEach(v -> lead.addAll(UnitSplitter.split(v)));
            List<String> responsible = new ArrayList<>();
            b.responsible.forEach(v -> responsible.addAll(UnitSplitter.split(v)));
            UnitSplitter.moveMarkedLeads(lead, responsible);
            DueDate due = null;
            if (b.deadline.length() > 0) {
                String text = b.deadline.toString();
                DeadlinePhrase p = DateParser.parseDeadline(text, referenceYear);
                due = new DueDate(YearCheck.repairedDate(p, referenceYear), text, p.ongoing());
            }
            if (pending.isEmpty() && !assigned.isEmpty()) {
                // the rest of the previous block, parted from it by a stray line: fill in what it lacked
                for (int i : assigned) {
                    Task t = tasks.get(i);
                    boolean ownDeadline = t.deadline().text() != null && !deadlineFromText.contains(i);
                    tasks.set(i, new Task(t.number(), t.section(), t.text(),
                            t.leadUnits().isEmpty() ? lead : t.leadUnits(),
                            t.responsibleUnits().isEmpty() ? responsible : t.responsibleUnits(),
                            ownDeadline || due == null ? t.deadline() : due, t.origin(), t.points(), t.scoring(),
                            t.location()));
                }
                current = null;
                return;
            }
            assigned.clear();
            for (Node leaf : pending) {
                if (leaf.hasChildren) {
                    continue;
                }
                String text = leaf.text.toString().strip();
                DueDate leafDue = due;
                List<String> leafLead = lead;
                List<String> leafResponsible = responsible;
                Node h = leaf.assigningHeading();
                if (h != null) {
                    // what the leaf's own block lacks comes from its heading's assignment
                    leafLead = lead.isEmpty() ? h.inherited.leadUnits() : lead;
                    leafResponsible = responsible.isEmpty() ? h.inherited.responsibleUnits() : responsible;
                    if (leafDue == null && h.inherited.deadline().text() != null) {
                        leafDue = h.inherited.deadline();
                    }
                    if (!leafLead.equals(lead) || !leafResponsible.equals(responsible)) {
                        leafLead = new ArrayList<>(leafLead);
                        leafResponsible = new ArrayList<>(leafResponsible);
                        leafResponsible.removeAll(leafLead); // a unit under both is a lead only
                    }
                }
                if (leafDue == null) {
                    leafDue = textDeadline(text, referenceYear);
                    if (leafDue.text() != null) {
                        deadlineFromText.add(tasks.size());
                    }
                }
                assigned.add(tasks.size());
                if (leaf == owner && pending.size() == 1) {
                    leaf.ownTask = tasks.size();
                }
                tasks.add(new Task(leaf.numbering.number(), leaf.section(), text, leafLead, leafResponsible, leafDue,
                        "body", null, null, leaf.location));
            }
            pending.clear();
            current = null;
        }
    }
}
