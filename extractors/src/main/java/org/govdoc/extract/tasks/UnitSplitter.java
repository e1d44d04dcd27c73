package org.govdoc.extract.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a list of units as written (区发展改革局、区住建局；各乡镇（街道）) into one unit per element:
 * on 、 ， , ； ; / and spaces between names, and on 及 / 和 / 与 only where they separate two units
 * (区财政局和区审计局, not 区发展和改革局); never inside parentheses (各乡镇（街道）,
 * 区级各政务服务实施部门（单位） stay whole).
 */
public final class UnitSplitter {

    private static final String SEPARATORS = "、，,；;/／";
    /** What a unit's name ends with, for deciding whether 和 / 及 closes one unit. */
    private static final Pattern UNIT_END = Pattern.compile(
            "(?:局|委|办|室|院|所|会|府|处|厅|队|站|中心|部|科|馆|司|街道|乡|镇|组|团|社|台|公司|单位|部门|大厅|分局|银行|分行|支行|妇联|工商联|残联|侨联|文联|社科联|科协|[）)])$");
    private static final Pattern LEADING_COLONS = Pattern.compile("^[：:]+");
    private static final Pattern NOTHING = Pattern.compile("[无/／\\-—－]+|暂无");
    private static final Pattern CONJUNCTION = Pattern.compile("以及|及|和|与|暨");

    private UnitSplitter() {
    }

    private static final Pattern LEAD_MARK = Pattern.compile("\\s*(?:[（(]\\s*牵头(?:单位|部门)?\\s*[）)]|牵头)$");

    /** True for a unit marked as the lead inside a list: 区发改局（牵头）. */
    public static boolean markedLead(String unit) {
        return unit != null && LEAD_MARK.matcher(unit).find() && unit.length() > 4;
    }

    /** The unit without its lead mark. */
    public static String withoutLeadMark(String unit) {
        return LEAD_MARK.matcher(unit).replaceFirst("");
    }

    /**
     * Moves units marked （牵头） in a responsible list to the lead list: 责任单位：县发改局（牵头）、县财政局
     * → lead 县发改局, responsible 县财政局; a unit named under both stays a lead only. Both lists are
     * changed in place.
     */
    public static void moveMarkedLeads(List<String> lead, List<String> responsible) {
        for (var it = responsible.listIterator(); it.hasNext(); ) {
            String u = it.next();
            if (markedLead(u)) {
                it.remove();
                String name = withoutLeadMark(u);
                if (!lead.contains(name)) {
                    lead.add(name);
                }
            }
        }
        lead.replaceAll(u -> markedLead(u) ? withoutLeadMark(u) : u);
        responsible.removeIf(lead::contains); // a unit under both is a lead only
    }

    /** The text split on the given separators outside brackets, parts kept as written. */
    public static List<String> splitTopLevel(String s, String separators) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            }
            if (depth == 0 && separators.indexOf(c) >= 0) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /** The units of the list, each trimmed; empty and placeholder values (无, /) dropped. */
    public static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '（' || c == '(' || c == '【' || c == '[') {
                depth++;
            } else if ((c == '）' || c == ')' || c == '】' || c == ']') && depth > 0) {
                depth--;
            }
            boolean space = Character.isWhitespace(c) || c == '\u3000';
            boolean sep = depth == 0 && (SEPARATORS.indexOf(c) >= 0
                    || space && spaceSeparates(cur) && !BARE_SUFFIX.matcher(list).region(i, list.length()).lookingAt());
            if (sep) {
                add(out, cur.toString());
                cur.setLength(0);
            } else if (!space || depth == 0 && !isCjkAround(list, i)) {
                cur.append(c);
            }
        }
        add(out, cur.toString());
        joinLevels(out);
        List<String> result = new ArrayList<>();
        for (String u : out) {
            for (String g : splitGlued(u)) {
                result.addAll(splitConjunctions(g));
            }
        }
        return result;
    }

    /**
     * What follows a line break inside a name wrapped in a cell (各乡（镇） ⏎ 人民政府): a bare
     * suffix that cannot stand as a unit of its own.
     */
    private static final Pattern BARE_SUFFIX = Pattern.compile("\\s+(?:人民政府|政府|办事处|街道办事处|管委会)(?:$|[\\s、，,；;])");

    /** A bare level of divisions in a list of levels (各县、区人民政府: 各县 | 区人民政府). */
    private static final Pattern BARE_LEVEL = Pattern.compile("^各?[县市区乡镇旗]$");

    /**
     * Levels listed with 、 before the name they share (各县、区人民政府, 各县、市、区人民政府) are one
     * unit, as 各县（市、区）人民政府 is: a bare level joins the part after it.
     */
    private static void joinLevels(List<String> parts) {
        for (int i = parts.size() - 2; i >= 0; i--) {
            if (BARE_LEVEL.matcher(parts.get(i)).matches() && parts.get(i + 1).length() > 1) {
                parts.set(i, parts.get(i) + "、" + parts.remove(i + 1));
            }
        }
    }

    /** Where a scoped name starts right after a complete one: 区农业农村局|区卫生健康局|各街道. */
    private static final Pattern SCOPE_START = Pattern.compile("[区县市省州各]");

    /**
     * Units written one after the other with only spaces between them (区农业农村局　区卫生健康局　各街道)
     * arrive glued once the spaces between Chinese characters are gone: split where a name that
     * ends like a unit is followed by one that starts with a scope (区, 县, 市, 省, 州, 各) and itself
     * ends like a unit. Names like 市生态环境局晋宁分局 or 区公安分局交警大队 stay whole.
     */
    static List<String> splitGlued(String u) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = start + 3; i < u.length() - 2; i++) {
            if (depthAt(u, i) != 0 || !SCOPE_START.matcher(u.substring(i, i + 1)).matches()) {
                continue;
            }
            String left = u.substring(start, i);
            if (left.length() >= 3 && completeName(left) && endsLikeUnitAfter(u, i)
                    && !MEMBERS.matcher(u).region(i, u.length()).lookingAt()) {
                out.add(left);
                start = i;
                i = start + 2;
            }
        }
        out.add(u.substring(start));
        return out;
    }

    /**
     * The members of the unit before (区安委会各成员单位, 区政府各部门, 领导小组各成员): one unit with
     * it, not a second name.
     */
    private static final Pattern MEMBERS = Pattern.compile(
            "各(?:有关|相关)?(?:成员单位|成员|组成部门|组成单位|部门|单位|直属单位|直属机构|委办局|科室|处室)(?:$|[（(、，,；;])");

    /** A trailing parenthesis (各县（市）, 各乡镇（街道）) at the end of a name. */
    private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("[（(][^（）()]*[）)]$");

    /**
     * Whether a name is complete: it ends like a unit, and a parenthesis at its end follows a
     * complete name (各乡镇（街道）) rather than standing inside one (各县（市）区政府 is one unit).
     */
    private static boolean completeName(String left) {
        if (!UNIT_END.matcher(left).find()) {
            return false;
        }
        var m = TRAILING_PARENTHESIS.matcher(left);
        if (!m.find()) {
            return true;
        }
        String outside = left.substring(0, m.start());
        return outside.length() >= 2 && UNIT_END.matcher(outside).find();
    }

    /** Whether the text from {@code from} (up to the next scoped start or the end) ends like a unit. */
    private static boolean endsLikeUnitAfter(String u, int from) {
        for (int j = from + 3; j <= u.length(); j++) {
            if (j == u.length() || depthAt(u, j) == 0 && SCOPE_START.matcher(u.substring(j, j + 1)).matches()
                    && UNIT_END.matcher(u.substring(from, j)).find()) {
                return UNIT_END.matcher(u.substring(from, j)).find();
            }
        }
        return false;
    }

    /** A space or line break between two Chinese characters (or brackets) is a wrap artefact, not text. */
    private static boolean isCjkAround(String s, int i) {
        return i > 0 && i + 1 < s.length() && cjkOrBracket(s.charAt(i - 1)) && cjkOrBracket(s.charAt(i + 1));
    }

    private static boolean cjkOrBracket(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || "（）()".indexOf(c) >= 0;
    }

    private static boolean spaceSeparates(StringBuilder cur) {
        return completeName(cur.toString().strip());
    }

    private static List<String> splitConjunctions(String u) {
        List<String> out = new ArrayList<>();
        var m = CONJUNCTION.matcher(u);
        int start = 0;
        while (m.find()) {
            if (depthAt(u, m.start()) != 0) {
                continue;
            }
            String left = u.substring(start, m.start()).strip();
            String right = u.substring(m.end()).strip();
            if (left.length() >= 2 && right.length() >= 2 && UNIT_END.matcher(left).find()) {
                out.add(left);
                start = m.end();
            }
        }
        String last = u.substring(start).strip();
        if (!last.isEmpty()) {
            out.add(last);
        }
        return out;
    }

    private static int depthAt(String s, int pos) {
        int depth = 0;
        for (int i = 0; i < pos; i++) {
            char c = s.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            }
        }
        return depth;
    }

    /** A role verb written after the last unit of a list (…、区财政局按职责分工负责). */
    private static final Pattern TRAILING_ROLE = Pattern.compile("(?:按职责分工负责|按职责负责|分别负责|负责|配合|参与|协助)$");

    private static void add(List<String> out, String raw) {
        String s = raw.strip();
        s = LEADING_COLONS.matcher(s).replaceAll("").strip();
        var role = TRAILING_ROLE.matcher(s);
        if (role.find() && role.start() == 0) {
            return; // the role alone after the list (…、区财政局，按职责分工负责): no unit
        }
        role.reset();
        if (role.find() && role.start() >= 3 && UNIT_END.matcher(s.substring(0, role.start())).find()) {
            s = s.substring(0, role.start());
        }
        if (s.endsWith("等") && s.length() > 3) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty() || NOTHING.matcher(s).matches()) {
            return;
        }
        out.add(s);
    }
}
