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

    /** What a label assigns. */
    public enum Field { LEAD, RESPONSIBLE, DEADLINE }

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

    private static final String LEAD = "牵头单位|牵头部门|主办单位|主责单位|牵头责任单位";
    private static final String RESPONSIBLE = "责任单位|责任部门|配合单位|配合部门|协办单位|参与单位|协同单位|参加单位";
    private static final String DEADLINE = "完成时限|完成时间|完成期限|时间节点|时限要求|时间要求|进度安排|办结时限";
    private static final Pattern LABEL = Pattern.compile(
            "(?:(?<label>" + LEAD + "|" + RESPONSIBLE + "|" + DEADLINE + ")\\s*[:：]|[【\\[]\\s*(?<blabel>" + LEAD + "|"
                    + RESPONSIBLE + "|" + DEADLINE + ")\\s*[】\\]]\\s*[:：]?)\\s*");
    private static final Pattern LEAD_P = Pattern.compile(LEAD);
    private static final Pattern DEADLINE_P = Pattern.compile(DEADLINE);
    /** Where a label section may start: at the line start, or after a sentence or an opening bracket. */
    private static final Pattern OPENER_BEFORE = Pattern.compile("[（(【\\[]\\s*$");
    private static final Pattern LABEL_PUNCTUATION = Pattern.compile("[\\s:：【】\\[\\]]");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[；;，,。\\s]+$");
    private static final Pattern TRAILING_CLOSER = Pattern.compile("[）)\\]】]$");
    private static final Pattern SENTENCE_END_BEFORE = Pattern.compile("(?:^|[。；;！!？?）)\\]】”\"]|\\s)\\s*$");

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
            labels.add(new Label(fieldOf(label), label, value));
        }
        return Optional.of(new Parsed(before.strip(), labels));
    }

    /** Every label (牵头单位, 责任部门, 完成时限, 时间节点, 进度安排 …) holds one of 位 门 限 间 排. */
    private static boolean mayHoldLabel(String line) {
        for (int i = 0; i < line.length(); i++) {
            switch (line.charAt(i)) {
                case '位', '门', '限', '间', '排':
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
    private static final Pattern SHORT_ONGOING = Pattern.compile("^(?:长期坚持|持续推进|常态化推进|长期|持续|常态化)$");

    /**
     * Assignments written without labels in a bracketed group at the end of a line:
     * （区政务局牵头，区财政局、各乡镇（街道）配合，2023年6月底前完成）. Every part of the group must
     * be read (units with 牵头 / 配合 / 负责 …, or a deadline) and at least one must name units;
     * otherwise the brackets are ordinary text and empty is returned.
     */
    public static Optional<Parsed> parseInline(String line) {
        if (line == null || line.indexOf('）') < 0 && line.indexOf(')') < 0) {
            return Optional.empty();
        }
        Matcher m = TRAILING_GROUP.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        List<Label> labels = new ArrayList<>();
        boolean units = false;
        for (String part : UnitSplitter.splitTopLevel(m.group("g"), "，,；;")) {
            String seg = part.strip();
            if (seg.isEmpty()) {
                continue;
            }
            Matcher lead = LEAD_VERB.matcher(seg);
            Matcher resp = RESPONSIBLE_VERB.matcher(seg);
            if (lead.matches() && unitList(lead.group("u"))) {
                labels.add(new Label(Field.LEAD, "牵头", lead.group("u").strip()));
                units = true;
            } else if (resp.matches() && unitList(resp.group("u"))) {
                labels.add(new Label(Field.RESPONSIBLE, "负责", resp.group("u").strip()));
                units = true;
            } else if (!org.govdoc.text.DateParser.find(seg, null).isEmpty() || SHORT_ONGOING.matcher(seg).matches()) {
                labels.add(new Label(Field.DEADLINE, "时限", seg));
            } else {
                return Optional.empty();
            }
        }
        if (!units) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(line.substring(0, m.start()).strip(), labels));
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
