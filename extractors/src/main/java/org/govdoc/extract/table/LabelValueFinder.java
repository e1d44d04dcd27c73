package org.govdoc.extract.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdoc.model.Block;
import org.govdoc.model.Cell;
import org.govdoc.model.Document;
import org.govdoc.model.Paragraph;
import org.govdoc.model.Table;
import org.govdoc.text.ChineseText;

/**
 * Finds the values of known labels wherever a form writes them:
 * <ul>
 *   <li>key/value tables: a cell holding only the label, the value in the next non-empty cell to
 *       its right that is not itself a label (several pairs per row allowed; labels with spaces
 *       or line breaks inside, a trailing colon, a leading * or a bracketed note are tolerated);</li>
 *   <li>a cell or paragraph "label：value" (full- or half-width colon), several pairs in one
 *       cell or paragraph when separated by line breaks, wide spaces or tabs (a value cell made of
 *       such lines is read for its pairs, not taken whole as the value of the label beside it);</li>
 *   <li>a paragraph holding only the label, the value in the next non-empty paragraph.</li>
 * </ul>
 * Labels are compared in {@link ChineseText#key} form and must match whole.
 */
public final class LabelValueFinder {

    private static final Pattern LABEL_DECORATION = Pattern.compile("^[*★※]+|[(（][^)）]{0,12}[)）]$|[:：]$");
    private static final Pattern COLON_PAIR = Pattern.compile("^\\s*([^:：\\n]{1,16}?)\\s*[:：]\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern BREAK_BETWEEN_HAN = Pattern.compile("(?<=[\\p{IsHan}（）()])\\s*\\n\\s*(?=[\\p{IsHan}（）()])");
    private static final int MAX_FOLLOWING_VALUE = 80;
    /** A form's note where the seal or signature goes: 某某局（盖章）. */
    private static final Pattern SEAL_NOTE = Pattern.compile("\\s*[(（]\\s*(?:盖章|公章|签章|签字|签名|印章|盖公章|签字盖章)\\s*[)）]\\s*$");

    /** The same note between a label and its colon. */
    private static final Pattern SEAL_BEFORE_COLON = Pattern.compile(
            "\\s*[(（]\\s*(?:盖章|公章|签章|签字|签名|印章|盖公章|签字盖章)\\s*[)）](?=\\s*[:：])");

    /** Other labels forms write between ours: they end the value before them. */
    private static final List<String> OTHER_FORM_LABELS = List.of("单位概况", "单位简介", "单位性质", "单位职能", "主要职能",
            "基本情况", "联系人", "邮编", "邮政编码", "传真", "电子邮箱", "邮箱", "开户行", "开户银行", "账号", "银行账号",
            "主管部门", "项目负责人", "负责人", "填报人", "填表人", "填报日期", "填表日期", "人员编制", "编制人数", "备注",
            // the amount unit written after the filling unit on the line above a form (填报单位：X　　单位：万元)
            "金额单位", "单位");
    private static final Pattern VALUE_EDGES = Pattern.compile("^[\\s□■,，;；。]+|[\\s□■,，;；。、]+$");

    private final Map<String, String> labels;
    private final LabelBoundaries boundaries;

    /** @param labels label key ({@link #labelKey} form) → the field it names */
    public LabelValueFinder(Map<String, String> labels) {
        this.labels = Map.copyOf(labels);
        List<String> all = new ArrayList<>(labels.keySet());
        OTHER_FORM_LABELS.stream().map(LabelValueFinder::labelKey).forEach(all::add);
        this.boundaries = new LabelBoundaries(all);
    }

    /** Where labels (ours and other forms') with a colon stand in a half-width text (tests). */
    LabelBoundaries boundaries() {
        return boundaries;
    }

    /** A label in the form it is compared in: key form, decorations (*, trailing colon, (全称)) removed. */
    public static String labelKey(String text) {
        String k = ChineseText.key(text);
        if (k == null) {
            return "";
        }
        if (!mayBeDecorated(k)) {
            return k;
        }
        String prev;
        do {
            prev = k;
            k = LABEL_DECORATION.matcher(k).replaceAll("");
        } while (!k.equals(prev));
        return k;
    }

    /**
     * Whether LABEL_DECORATION can match: a leading * ★ ※, or a trailing ) ） : ： (also before a
     * final line terminator, where its $ matches too).
     */
    private static boolean mayBeDecorated(String k) {
        if (k.isEmpty()) {
            return false;
        }
        char first = k.charAt(0);
        char last = k.charAt(k.length() - 1);
        return first == '*' || first == '★' || first == '※'
                || last == ')' || last == '）' || last == ':' || last == '：'
                || last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029';
    }

    /** A value as kept: line breaks between Chinese characters removed, whitespace collapsed, a trailing （盖章） dropped. */
    public static String cleanValue(String text) {
        String joined = text.indexOf('\n') < 0 ? text : BREAK_BETWEEN_HAN.matcher(text).replaceAll("");
        String v = ChineseText.collapseWhitespace(ChineseText.removeSpacesInsideCjk(joined));
        // SEAL_NOTE ends in a closing parenthesis
        return v.indexOf(')') < 0 && v.indexOf('）') < 0 ? v : SEAL_NOTE.matcher(v).replaceAll("");
    }

    /** The field named by a label text, if it is one of ours. */
    public Optional<String> fieldOf(String labelText) {
        return Optional.ofNullable(labels.get(labelKey(labelText)));
    }

    /** Every labelled value of the document, in document order, keyed by field. */
    public Map<String, List<LabeledValue>> find(Document doc) {
        Map<String, List<LabeledValue>> out = new java.util.LinkedHashMap<>();
        List<Block> blocks = doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Table t) {
                fromTable(new TableView(t), out);
            } else if (b instanceof Paragraph p) {
                fromParagraph(p, blocks, i, out);
            }
        }
        return out;
    }

    private void fromTable(TableView t, Map<String, List<LabeledValue>> out) {
        for (int r = 0; r < t.rowCount(); r++) {
            List<Cell> cells = t.distinctCells(r);
            for (int i = 0; i < cells.size(); i++) {
                Cell c = cells.get(i);
                if (c.row() != r) {
                    continue; // a vertically merged label was read in its first row
                }
                Optional<String> field = fieldOf(c.text());
                if (field.isPresent()) {
                    for (int j = i + 1; j < cells.size(); j++) {
                        Cell v = cells.get(j);
                        if (v.isEmpty()) {
                            continue;
                        }
                        if (fieldOf(v.text()).isEmpty() && !startsWithLabel(v.text().strip())) {
                            // (a value cell of "单位名称：…⏎地址：…" lines is read for its own pairs)
                            add(out, field.get(), new LabeledValue(c.text().strip(), cleanValue(v.text()),
                                    t.rowText(r), t.location(r, v.column())));
                        }
                        break;
                    }
                } else {
                    colonPairs(c.text(), t.rowText(r), t.location(r, c.column()), out);
                }
            }
        }
    }

    private void fromParagraph(Paragraph p, List<Block> blocks, int index, Map<String, List<LabeledValue>> out) {
        String text = p.text().strip();
        if (text.isEmpty()) {
            return;
        }
        Optional<String> alone = fieldOf(text);
        if (alone.isPresent()) {
            for (int j = index + 1; j < blocks.size(); j++) {
                if (!(blocks.get(j) instanceof Paragraph next)) {
                    break;
                }
                String v = next.text().strip();
                if (v.isEmpty()) {
                    continue;
                }
                if (v.length() <= MAX_FOLLOWING_VALUE && fieldOf(v).isEmpty() && !startsWithLabel(v)) {
                    add(out, alone.get(), new LabeledValue(text, cleanValue(v), v, next.location()));
                }
                break;
            }
            return;
        }
        colonPairs(text, text, p.location(), out);
    }

    private boolean startsWithLabel(String text) {
        if (!hasColon(text)) {
            return false;
        }
        Matcher m = COLON_PAIR.matcher(text);
        return m.matches() && fieldOf(m.group(1)).isPresent();
    }

    /**
     * Every "label：value" of a text, also when the pairs are glued together on one line
     * (单位名称：X 统一社会信用代码：Y地址：Z): a value runs from its label's colon to the next known
     * label with a colon (ours or another common form label such as 单位概况), line breaks, tabs,
     * wide spaces and box characters around it trimmed.
     */
    private void colonPairs(String text, String context, org.govdoc.model.Location loc,
                            Map<String, List<LabeledValue>> out) {
        if (!hasColon(text)) {
            return; // every label the boundary finds is followed by a colon
        }
        text = SEAL_BEFORE_COLON.matcher(text).replaceAll(""); // 填报单位（盖章）：X is 填报单位：X
        List<int[]> marks = boundaries.in(ChineseText.toHalfWidth(text));
        for (int i = 0; i < marks.size(); i++) {
            int[] k = marks.get(i);
            int valueEnd = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
            String label = text.substring(k[0], k[1]);
            Optional<String> field = fieldOf(label);
            String value = cleanValue(VALUE_EDGES.matcher(text.substring(k[2], valueEnd)).replaceAll(""));
            if (field.isPresent() && !value.isEmpty()) {
                add(out, field.get(), new LabeledValue(label.strip(), value, ChineseText.collapseWhitespace(context), loc));
            }
        }
    }

    private static boolean hasColon(String text) {
        return text.indexOf(':') >= 0 || text.indexOf('：') >= 0;
    }

    private static void add(Map<String, List<LabeledValue>> out, String field, LabeledValue v) {
        out.computeIfAbsent(field, k -> new ArrayList<>()).add(v);
    }

    /** Convenience for building the label map: every label of a field. */
    public static void register(Map<String, String> labels, String field, Collection<String> labelTexts) {
        for (String l : labelTexts) {
            labels.putIfAbsent(labelKey(l), field);
        }
    }
}
