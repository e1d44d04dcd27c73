package org.govdoc.extract.funding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdoc.text.MoneyAmount;
import org.govdoc.text.MoneyParser;

/**
 * The money figures of one text (a paragraph or a cell) as {@link MoneyParser} finds them, with
 * the amounts written with 万 but no 元 that the words around them make money, and where a figure
 * is one of the parts listed in parentheses after another.
 */
final class MoneyInText {

    /** Words that make a number money (a label 年度资金总额, a clause 项目资金总额854万). */
    static final Pattern MONEY_WORDS = Pattern.compile("金额|资金|预算|经费|投资|费用|合计|总计|小计|拨款|支出|补助|补贴|奖励|成本");
    private static final Pattern CLAUSE_END = Pattern.compile("[，,。；;！？!?\\n]");
    /** What may stand between a figure and the parenthesis listing its parts. */
    private static final Pattern BEFORE_PARTS = Pattern.compile("[\\s元圆]{0,3}");

    private MoneyInText() {
    }

    /**
     * The money expressions of a text: those written with 元, and those with 万 but no 元 where the
     * words say they are money (a money word in the clause before or in {@code moneyContext}, or
     * in parentheses right after a figure).
     */
    static List<MoneyAmount> amounts(String text, boolean moneyContext) {
        List<MoneyAmount> written = MoneyParser.findAll(text);
        List<MoneyAmount> bare = MoneyParser.findScaledWithoutCurrency(text);
        if (bare.isEmpty()) {
            return written;
        }
        List<MoneyAmount> all = new ArrayList<>(written);
        for (MoneyAmount b : bare) {
            if (all.stream().anyMatch(a -> a.start() < b.end() && b.start() < a.end())) {
                continue;
            }
            int clauseStart = clauseStart(text, b.start(), all);
            if (moneyContext || MONEY_WORDS.matcher(text.substring(clauseStart, b.start())).find()
                    || inPartsOf(text, b.start(), all)) {
                all.add(b);
                all.sort(Comparator.comparingInt(MoneyAmount::start));
            }
        }
        return all;
    }

    /** Start of the clause before a position: the last punctuation or the end of the last figure before it. */
    private static int clauseStart(String text, int at, List<MoneyAmount> figures) {
        int s = 0;
        Matcher m = CLAUSE_END.matcher(text);
        while (m.find() && m.end() <= at) {
            s = m.end();
        }
        for (MoneyAmount a : figures) {
            if (a.end() <= at) {
                s = Math.max(s, a.end());
            }
        }
        return s;
    }

    /**
     * Whether the position is inside parentheses that open right after a figure: a total followed
     * by its parts (854万（高标准农田建设400万元，示范建设295万元）).
     */
    static boolean inPartsOf(String text, int at, List<MoneyAmount> figures) {
        int depth = 0;
        int open = -1;
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')' || c == '）') {
                depth++;
            } else if (c == '(' || c == '（') {
                if (depth == 0) {
                    open = i;
                    break;
                }
                depth--;
            }
        }
        if (open < 0) {
            return false;
        }
        for (MoneyAmount a : figures) {
            if (a.end() <= open && BEFORE_PARTS.matcher(text.substring(a.end(), open)).matches()) {
                return true;
            }
        }
        return false;
    }
}
