package org.govdoc.extract.figure;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdoc.extract.ExtractionDraft;
import org.govdoc.extract.FieldExtractor;
import org.govdoc.extract.table.TableView;
import org.govdoc.model.Block;
import org.govdoc.model.Cell;
import org.govdoc.model.Document;
import org.govdoc.model.Location;
import org.govdoc.model.Paragraph;
import org.govdoc.model.Table;
import org.govdoc.record.Figure;
import org.govdoc.text.ChineseText;
import org.govdoc.text.Quantity;
import org.govdoc.text.QuantityParser;

/**
 * Narrative statistics: a number with a measure word and the noun phrase it measures, in
 * paragraphs and in table cells of running text. 全区新增市场主体23299户 → label 新增市场主体,
 * value 23299, unit 户; 覆盖率达95% → 覆盖率, 95, %.
 *
 * <p>The label is the clause before the number (back to punctuation or the previous figure),
 * without scope words in front (全区, 全市, 我区 …) and linking words at the end (达到, 为, 共, 约
 * …), kept to its last {@value #MAX_LABEL} characters after the last function word (的, 和, 在 …).
 * When nothing is left (26个指标), the noun after the measure word is the label. Money (元) stays in
 * fundingAmounts; dates (年, 月, 日), scores (分), ordinals (第3次) and the numbers of scoring rules
 * (完成627户及以上得满分) are not figures.
 */
public final class FigureExtractor implements FieldExtractor {

    static final int MAX_LABEL = 16;
    private static final int MIN_CELL_TEXT = 20;
    private static final Set<String> NOT_FIGURES = Set.of("元", "年", "月", "日", "周", "分", "级", "星", "期");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,。；;：:、（）()“”\"《》【】\\[\\]！？!?\\s]");
    private static final Pattern SCOPE_PREFIX = Pattern.compile("^(?:其中|全国|全省|全市|全州|全县|全区|全镇|全乡|全街道|我省|我市|我县|我区|本市|本区|本县|共|累计|截至目前|目前|今年|去年|全年)+");
    private static final Pattern LINK_SUFFIX = Pattern.compile("(?:大于等于|小于等于|不低于|不少于|不高于|不超过|低于|高于|大于|小于|少于|多于|之间|以内|以上|以下|均为|均达|均|不得|不|分别|分别达|已达到|达到了|达到|达|为|是|有|共计|共|合计|累计|总计|约为|约|近|超过|超|逾|已|了|增至|提高到|提升至|提高至|下降到|降至|压缩至|压减至|缩短至|控制在|不少于|不低于|不超过|至少|在)+$");
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d+[.、．]|[(（]\\d+[)）]|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])+");
    private static final int MIN_LABEL = 2;
    private static final Pattern AFTER_STOP = Pattern.compile(
            "[的和与及在对将把向到等并从共]|开展|参加|参与|进行|实施|前往|完成|实现|达到|通过|获得|纳入|入驻|进驻|办理");
    private static final Pattern VERB_END = Pattern.compile("(?:组织|开展|举办|召开|涉及|完成|设立|建成|建设|培育|引进|出台|制定|梳理|推出|发放|受理|办理|新增|新建|打造|聘请|选派|创建|认定|签约|服务)$");
    private static final Set<String> CLASSIFIERS = Set.of("个", "项", "家", "名", "所", "条", "件", "类", "批", "座", "台", "套");
    private static final Pattern NOT_A_LABEL = Pattern.compile("^(?:以内|以上|以下|之间|左右|上下|及以上|及以下)|得分|扣|不得");
    private static final Pattern FUNCTION_WORD = Pattern.compile(".*(?:的|和|与|及|在|对|将|把|向|后|中|等|并|从)");
    /** A clause that says how an indicator is scored (完成627户及以上得满分) states a target, not a statistic. */
    private static final Pattern SCORING_RULE = Pattern.compile(
            "得满分|满分|扣完|计分|不得分|扣\\d+(?:\\.\\d+)?分|得\\d+(?:\\.\\d+)?分");
    private static final Pattern SENTENCE_CLAUSE_BREAK = Pattern.compile("[，,。；;！？!?\\n]");
    private static final Pattern FOLLOWING_NOUN = Pattern.compile("^[\\p{IsHan}]{1,8}");

    @Override
    public void extract(Document doc, ExtractionDraft draft) {
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                fromText(p.text(), p.location(), draft);
            } else if (b instanceof Table t) {
                TableView v = new TableView(t);
                for (int r = 0; r < v.rowCount(); r++) {
                    for (Cell c : v.distinctCells(r)) {
                        if (c.row() == r && c.text().strip().length() >= MIN_CELL_TEXT) {
                            fromText(c.text(), v.location(r, c.column()), draft);
                        }
                    }
                }
            }
        }
    }

    private static void fromText(String text, Location location, ExtractionDraft draft) {
        List<Quantity> all = QuantityParser.findAll(text);
        int previousEnd = 0;
        for (Quantity q : all) {
            if (NOT_FIGURES.contains(q.unit()) || followedByMoney(text, q.end()) || ordinal(text, q.start())
                    || perUnit(text, previousEnd, q.start()) || inScoringRule(text, q.start(), q.end())) {
                previousEnd = q.end();
                continue;
            }
            String label = labelBefore(text.substring(previousEnd, q.start()));
            if (CLASSIFIERS.contains(q.unit()) && (label.isEmpty() || VERB_END.matcher(label).find())) {
                // 组织26个指标牵头单位: verb + number + classifier + the noun it counts
                String after = labelAfter(text.substring(q.end()));
                if (after.length() >= MIN_LABEL) {
                    label = after;
                }
            }
            previousEnd = q.end();
            if (label.isEmpty()) {
                continue;
            }
            draft.figures().add(new Figure(label, q.value(), q.unit(), q.text(), sentence(text, q.start(), q.end()),
                    location));
        }
    }

    static String labelBefore(String before) {
        String clause = before;
        Matcher m = CLAUSE_BREAK.matcher(before);
        int cut = 0;
        while (m.find()) {
            cut = m.end();
        }
        clause = NUMBERING.matcher(ChineseText.removeWhitespace(clause.substring(cut))).replaceAll("");
        String prev;
        do {
            prev = clause;
            clause = SCOPE_PREFIX.matcher(clause).replaceAll("");
            clause = LINK_SUFFIX.matcher(clause).replaceAll("");
        } while (!clause.equals(prev));
        if (clause.length() > MAX_LABEL / 2) {
            Matcher f = FUNCTION_WORD.matcher(clause);
            if (f.lookingAt() && f.end() < clause.length()) {
                clause = clause.substring(f.end());
            }
        }
        if (clause.length() > MAX_LABEL) {
            clause = clause.substring(clause.length() - MAX_LABEL);
        }
        if (clause.startsWith("每") || NOT_A_LABEL.matcher(clause).find()) {
            return ""; // 每少1个月…: a scoring rule, not a statistic
        }
        return clause.length() >= MIN_LABEL && clause.codePoints().anyMatch(ChineseText::isHan) ? clause : "";
    }

    private static String labelAfter(String after) {
        Matcher m = FOLLOWING_NOUN.matcher(after);
        if (!m.find()) {
            return "";
        }
        String s = m.group();
        if (NOT_A_LABEL.matcher(s).find()) {
            return "";
        }
        Matcher f = AFTER_STOP.matcher(s);
        return f.find() ? s.substring(0, f.start()) : s;
    }

    /** True when the clause holding the number is a scoring rule of an indicator table. */
    private static boolean inScoringRule(String text, int start, int end) {
        int from = 0;
        Matcher m = SENTENCE_CLAUSE_BREAK.matcher(text);
        while (m.find() && m.end() <= start) {
            from = m.end();
        }
        int to = m.find(end) ? m.start() : text.length();
        return SCORING_RULE.matcher(text.substring(from, to)).find();
    }

    private static boolean followedByMoney(String text, int end) {
        String rest = text.substring(end).stripLeading();
        return rest.startsWith("元") || rest.startsWith("万元") || rest.startsWith("亿元");
    }

    /** 每发现1个, 每少1个月: a rate in a scoring rule. */
    private static boolean perUnit(String text, int from, int start) {
        String before = text.substring(from, start);
        int cut = Math.max(0, before.length() - 6);
        return before.substring(cut).contains("每");
    }

    private static boolean ordinal(String text, int start) {
        return start > 0 && text.charAt(start - 1) == '第';
    }

    private static String sentence(String text, int start, int end) {
        int s = start;
        while (s > 0 && "。；;！？!?\n".indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        int e = end;
        while (e < text.length() && "。；;！？!?\n".indexOf(text.charAt(e)) < 0) {
            e++;
        }
        if (e < text.length()) {
            e++;
        }
        return ChineseText.collapseWhitespace(text.substring(s, e));
    }
}
