package org.govdoc.extract.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the assignment labels of a work plan: 牵头单位：… 责任单位：… 完成时限：…, one per line or
 * several in one paragraph, also wrapped in parentheses at the end of an item
 * (…。（牵头单位：区政务局；责任单位：各部门；完成时限：2023年6月底前）).
 */
public final class AssignmentParser {

    /**
     * What a label assigns. PERSON is a leader named for the task (牵头领导：王某, 责任领导：市政府分管
     * 领导同志): part of the assignment, never a unit.
     */
    public enum Field { LEAD, RESPONSIBLE, DEADLINE, PERSON }

    /**
     * One label with its value.
     *
     * @param label the label as written (牵头单位)
     * @param value the value as written, trimmed of the separators around it
     */
    public record Label(Field field, String label, String value) {
    }

    /**
     * A line that holds labels.
     *
     * @param before the text before the first label (an item's own text, when the labels follow it)
     * @param labels the labels in order
     */
    public record Parsed(String before, List<Label> labels) {
    }

    private static final String LEAD = "牵头领导单位|牵头责任单位|牵头单位|牵头部门|牵头处室|主办单位|主责单位|主责部门|牵头";
    private static final String RESPONSIBLE = "责任单位|责任部门|责任处室|配合单位|配合部门|协办单位|协办部门|参与单位|参与部门|协同单位"
            + "|参加单位|落实单位|配合|协办";
    private static final String DEADLINE = "完成时限|完成时间|完成期限|时间节点|时限要求|时间要求|进度安排|办结时限";
    /** Leaders named for a task: persons or positions, never units. */
    private static final String PERSON = "牵头[省市区县州旗]?领导|责任[省市区县州旗]?领导|分管[省市区县州旗]?领导|包保[省市区县州旗]?领导"
            + "|联系[省市区县州旗]?领导|督办[省市区县州旗]?领导|领衔[省市区县州旗]?领导|责任人|牵头负责人";
    private static final String ANY = PERSON + "|" + LEAD + "|" + RESPONSIBLE + "|" + DEADLINE;
    private static final Pattern LABEL = Pattern.compile(
            "(?:(?<label>" + ANY + ")\\s*[:：]|[【\\[]\\s*(?<blabel>" + ANY + ")\\s*[】\\]]\\s*[:：]?)\\s*");
    private static final Pattern PERSON_P = Pattern.compile("^(?:" + PERSON + ")$");
    private static final Pattern LEAD_P = Pattern.compile("^(?:" + LEAD + ")$");
    private static final Pattern DEADLINE_P = Pattern.compile("^(?:" + DEADLINE + ")$");
    /** Where a label section may start: at the line start, or after a sentence or an opening bracket. */
    private static final Pattern OPENER_BEFORE = Pattern.compile("[（(【\\[]\\s*$");
    private static final Pattern LABEL_PUNCTUATION = Pattern.compile("[\\s:：【】\\[\\]]");
    private static final Pattern TRAILING_COMMA = Pattern.compile("[，,]+$");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[；;，,。\\s]+$");
    private static final Pattern TRAILING_CLOSER = Pattern.compile("[）)\\]】]$");
    private static final Pattern SENTENCE_END_BEFORE = Pattern.compile("(?:^|[。；;，,！!？?）)\\]】”\"]|\\s)\\s*$");

    private AssignmentParser() {
    }

    /** True when the line holds at least one label where a label section may start. */
    public static boolean hasLabels(String line) {
        return parse(line).isPresent();
    }

    /** The labels of the line, or empty when it has none. */
    public static Optional<Parsed> parse(String line) {
        if (line == null || !mayHoldLabel(line)) {
            return Optional.empty();
        }
        Matcher m = LABEL.matcher(line);
        int first = -1;
        boolean wrapped = false;
        while (m.find()) {
            String before = line.substring(0, m.start());
            if (before.isBlank()) {
                first = m.start();
                break;
            }
            if (OPENER_BEFORE.matcher(before).find()) {
                first = m.start();
                wrapped = true;
                break;
            }
            if (SENTENCE_END_BEFORE.matcher(before).find()) {
                first = m.start();
                break;
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        String before = line.substring(0, first);
        if (wrapped) {
            before = OPENER_BEFORE.matcher(before).replaceFirst("");
        }
        List<Label> labels = new ArrayList<>();
        m = LABEL.matcher(line);
        m.region(first, line.length());
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < spans.size(); i++) {
            int valueEnd = i + 1 < spans.size() ? spans.get(i + 1)[0] : line.length();
            String label = LABEL_PUNCTUATION.matcher(line.substring(spans.get(i)[0], spans.get(i)[1])).replaceAll("");
            String value = trimValue(line.substring(spans.get(i)[1], valueEnd), wrapped && i == spans.size() - 1);
            addLabel(labels, fieldOf(label), label, value);
        }
        return Optional.of(new Parsed(TRAILING_COMMA.matcher(before.strip()).replaceFirst(""), labels));
    }

    /**
     * A unit label's value may close with the task's time limit after a comma
     * (责任单位：市工商联、市营商环境局，长期坚持 / …，2024年6月底前完成): such trailing parts are the
     * deadline, the parts before them the units.
     */
    private static void addLabel(List<Label> labels, Field field, String label, String value) {
        if (field != Field.LEAD && field != Field.RESPONSIBLE) {
            labels.add(new Label(field, label, value));
            return;
        }
        List<String> parts = UnitSplitter.splitTopLevel(value, "，,；;");
        int units = parts.size();
        while (units > 1 && isTimeLimit(parts.get(units - 1).strip())) {
            units--;
        }
        if (units == parts.size()) {
            labels.add(new Label(field, label, value));
            return;
        }
        labels.add(new Label(field, label, String.join("，", parts.subList(0, units)).strip()));
        labels.add(new Label(Field.DEADLINE, "", String.join("，", parts.subList(units, parts.size())).strip()));
    }

    /** A part that is only a time limit (2024年6月底前完成, 年内, 长期坚持), not a unit. */
    private static boolean isTimeLimit(String part) {
        if (part.isEmpty() || part.length() > 30) {
            return false;
        }
        if (SHORT_ONGOING.matcher(part).matches()) {
            return true;
        }
        return !org.govdoc.text.DateParser.find(part, null).isEmpty()
                && !org.govdoc.extract.units.UnitNames.endsLikeUnit(part);
    }

    /** Every label (牵头单位, 责任部门, 完成时限, 牵头领导, 配合 …) holds one of 位 门 限 间 排 室 导 人 头 合 办. */
    private static boolean mayHoldLabel(String line) {
        for (int i = 0; i < line.length(); i++) {
            switch (line.charAt(i)) {
                case '位', '门', '限', '间', '排', '室', '导', '人', '头', '合', '办':
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    /** A bracketed group closing a line: （区政务局牵头，各部门配合，2023年6月底前完成）. */
    private static final Pattern TRAILING_GROUP = Pattern.compile(
            "[（(](?<g>[^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*)[）)]\\s*[。；;.]?\\s*$");
    private static final Pattern LEAD_VERB = Pattern.compile("^(?<u>.+?)(?:牵头负责|牵头落实|牵头)$");
    private static final Pattern RESPONSIBLE_VERB = Pattern.compile(
            "^(?<u>.+?)(?:按职责分工负责|按职责负责|分别负责|具体负责|负责落实|负责|配合落实|配合|参与|协助|协同|落实)$");
    private static final Pattern SHORT_ONGOING = Pattern.compile(
            "^(?:并|且|并且|此后|之后)?(?:长期坚持|持续推进|常态化推进|长期|持续|常态化)(?:开展|推进|落实)?$");

    /**
     * Assignments written without labels in a bracketed group at the end of a line:
     * （区政务局牵头，区人社局、各乡镇（街道）配合，2023年6月底前完成）. Every part of the group must
     * be read (units with 牵头 / 配合 / 负责 …, a plain unit list, or a deadline) and at least one must
     * name units with their role; otherwise the brackets are ordinary text and empty is returned. A
     * plain unit list takes the role of the next part that names one (（X牵头，Y、Z等部门，W配合） →
     * Y, Z等部门 and W 配合), or, after the last one, is responsible.
     */
    public static Optional<Parsed> parseInline(String line) {
        if (line == null) {
            return Optional.empty();
        }
        if (line.indexOf('）') >= 0 || line.indexOf(')') >= 0) {
            Matcher m = TRAILING_GROUP.matcher(line);
            if (m.find()) {
                Optional<List<Label>> labels = roles(m.group("g"), false);
                if (labels.isPresent()) {
                    return Optional.of(new Parsed(line.substring(0, m.start()).strip(), labels.get()));
                }
            }
        }
        if (line.contains("牵头")) {
            // the same without brackets as the item's last sentence: …。由区发改局牵头，区财政局配合。
            Matcher m = TRAILING_SENTENCE.matcher(line);
            if (m.find()) {
                Optional<List<Label>> labels = roles(m.group("g"), true);
                if (labels.isPresent()) {
                    return Optional.of(new Parsed(line.substring(0, m.start("g")).strip(), labels.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** The last sentence of a line (after 。 or ；, or the whole line). */
    private static final Pattern TRAILING_SENTENCE = Pattern.compile("(?:^|[。；;])\\s*(?<g>[^。；;]{3,120}?)[。；;]?\\s*$");
    private static final Pattern LEADING_BY = Pattern.compile("^(?:由|请|并由)");

    /**
     * The parts of an assignment group read as roles, or empty when a part is something else or
     * no part names units with a role; {@code needsLead}: a part must name a lead (牵头).
     */
    private static Optional<List<Label>> roles(String group, boolean needsLead) {
        List<Label> labels = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        boolean roles = false;
        boolean lead = false;
        for (String part : UnitSplitter.splitTopLevel(group, "，,；;")) {
            String seg = LEADING_BY.matcher(part.strip()).replaceFirst("");
            if (seg.isEmpty()) {
                continue;
            }
            Matcher l = LEAD_VERB.matcher(seg);
            Matcher r = RESPONSIBLE_VERB.matcher(seg);
            if (l.matches() && unitList(l.group("u"))) {
                addWithPlain(labels, plain, Field.LEAD, "牵头", l.group("u").strip());
                roles = true;
                lead = true;
            } else if (r.matches() && unitList(r.group("u"))) {
                addWithPlain(labels, plain, Field.RESPONSIBLE, "负责", r.group("u").strip());
                roles = true;
            } else if (!org.govdoc.text.DateParser.find(seg, null).isEmpty() || SHORT_ONGOING.matcher(seg).matches()) {
                labels.add(new Label(Field.DEADLINE, "时限", seg));
            } else if (unitList(seg)) {
                plain.add(seg);
            } else {
                return Optional.empty();
            }
        }
        if (!roles || needsLead && !lead) {
            return Optional.empty();
        }
        plain.forEach(u -> labels.add(new Label(Field.RESPONSIBLE, "", u)));
        return Optional.of(labels);
    }

    private static void addWithPlain(List<Label> labels, List<String> plain, Field field, String label, String units) {
        plain.forEach(u -> labels.add(new Label(field, "", u)));
        plain.clear();
        labels.add(new Label(field, label, units));
    }

    /** Words before a name in brackets that make it a definition or an example, not an assignment. */
    private static final Pattern NOT_ASSIGNMENT = Pattern.compile("以下简称|简称|下称|统称|包括|包含|例如|原为|即");

    /**
     * An assignment written as a bare parenthesis of unit names closing an item or the paragraph
     * under it: …增长12%。（市发改委） or （市经委、环保局）. Every name in it must end like a unit and
     * the group hold nothing else; the units are responsible (no lead is named). Meant for the
     * text of a numbered item only: elsewhere a bracketed name is just text. Empty when the line
     * does not end so.
     */
    public static Optional<Parsed> parseBareUnits(String line) {
        if (line == null || line.indexOf('）') < 0 && line.indexOf(')') < 0) {
            return Optional.empty();
        }
        Matcher m = TRAILING_GROUP.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        String g = m.group("g").strip();
        if (g.isEmpty() || g.length() > 80 || NOT_ASSIGNMENT.matcher(g).lookingAt()) {
            return Optional.empty();
        }
        List<String> units = UnitSplitter.split(g);
        if (units.isEmpty()) {
            return Optional.empty();
        }
        for (String u : units) {
            if (!org.govdoc.extract.units.UnitNames.looksLikeUnit(u) || u.length() > 25
                    || NOT_ASSIGNMENT.matcher(u).lookingAt()) {
                return Optional.empty();
            }
        }
        return Optional.of(new Parsed(line.substring(0, m.start()).strip(),
                List.of(new Label(Field.RESPONSIBLE, "", g))));
    }

    private static boolean unitList(String s) {
        List<String> us = UnitSplitter.split(s);
        if (us.isEmpty()) {
            return false;
        }
        for (String u : us) {
            boolean ok = org.govdoc.extract.units.UnitNames.endsLikeUnit(u) || u.startsWith("各")
                    || u.endsWith("单位") || u.endsWith("部门");
            if (!ok || u.length() > 40) {
                return false;
            }
        }
        return true;
    }

    /** The field a label assigns. */
    public static Field fieldOf(String label) {
        if (PERSON_P.matcher(label).find()) {
            return Field.PERSON;
        }
        if (LEAD_P.matcher(label).find()) {
            return Field.LEAD;
        }
        if (DEADLINE_P.matcher(label).find()) {
            return Field.DEADLINE;
        }
        return Field.RESPONSIBLE;
    }

    private static String trimValue(String v, boolean closesWrapper) {
        String s = v.strip();
        s = TRAILING_SEPARATORS.matcher(s).replaceAll("");
        if (closesWrapper || unbalancedClose(s)) {
            s = TRAILING_CLOSER.matcher(s).replaceFirst("");
        }
        s = TRAILING_SEPARATORS.matcher(s).replaceAll("");
        return s.strip();
    }

    private static boolean unbalancedClose(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                depth--;
            }
        }
        return depth < 0;
    }
}
