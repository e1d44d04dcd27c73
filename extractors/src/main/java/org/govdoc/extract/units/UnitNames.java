package org.govdoc.extract.units;

import java.util.regex.Pattern;

/** Whether a short text is the name of a government unit (区政务服务局, 某某领导小组办公室, 各乡镇（街道）). */
public final class UnitNames {

    /** The endings of unit names. */
    public static final String SUFFIX = "人民政府|政府|委员会|领导小组办公室|领导小组|办公室|管委会|管理委员会|局|委|办|厅|院|所|中心|站|队|馆"
            + "|处|科|部|署|会|社|分局|支队|大队|街道办事处|办事处|街道|乡|镇|公司|集团|大厅|分中心|股|组|银行|分行|支行|妇联|工商联|残联|侨联|文联|社科联|科协";
    private static final Pattern UNIT = Pattern.compile("(?:" + SUFFIX + ")(?:[（(][^（）()]{1,12}[）)])?$");
    private static final Pattern SENTENCE = Pattern.compile("[。，,；;：:！!？?“”\"《》]");

    private UnitNames() {
    }

    /** True for a text of 3..50 characters, without sentence punctuation, ending like a unit's name. */
    public static boolean looksLikeUnit(String s) {
        if (s == null) {
            return false;
        }
        String t = s.strip();
        return t.length() >= 3 && t.length() <= 50 && !SENTENCE.matcher(t).find() && UNIT.matcher(t).find();
    }

    /** True when the text ends like a unit's name (punctuation inside allowed). */
    public static boolean endsLikeUnit(String s) {
        return s != null && UNIT.matcher(s.strip()).find();
    }
}
