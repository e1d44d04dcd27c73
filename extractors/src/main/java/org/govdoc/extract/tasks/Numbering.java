package org.govdoc.extract.tasks;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering at the start of an item of a Chinese official document, in its usual hierarchy
 * 一、 > （一） > 1. / 1、 > （1） > 1） > ①. Which style sits at which depth is decided per document
 * by {@link OutlineStack}, not here.
 *
 * @param style  the numbering style
 * @param number the numbering as written (（三）, 2., ①)
 * @param value  its ordinal (三 → 3)
 * @param rest   the text after the numbering, trimmed
 */
public record Numbering(Style style, String number, int value, String rest) {

    /** Numbering styles. */
    public enum Style { CHINESE, PAREN_CHINESE, ARABIC, PAREN_ARABIC, ARABIC_PAREN, CIRCLED }

    private static final String CN = "[一二三四五六七八九十]{1,3}";
    private static final Pattern CHINESE = Pattern.compile("^\\s*(?<n>" + CN + "|[―—])\\s*[、．.]\\s*");
    private static final Pattern PAREN_CHINESE = Pattern.compile("^\\s*[（(]\\s*(?<n>" + CN + ")\\s*[）)]\\s*[、．.]?\\s*");
    private static final Pattern ARABIC = Pattern.compile("^\\s*(?<n>[0-9０-９]{1,3})\\s*(?:[.．](?:(?=[0-9０-９]{4}\\s*年)|(?![0-9０-９]))\\s*、?|、)\\s*");
    private static final Pattern PAREN_ARABIC = Pattern.compile("^\\s*[（(]\\s*(?<n>[0-9０-９]{1,3})\\s*[）)]\\s*[、．.]?\\s*");
    private static final Pattern ARABIC_PAREN = Pattern.compile("^\\s*(?<n>[0-9０-９]{1,3})\\s*[）)]\\s*");
    private static final Pattern CIRCLED = Pattern.compile("^\\s*(?<n>[①-⑳])\\s*");

    /** The numbering at the start of a line, or empty. */
    public static Optional<Numbering> parse(String line) {
        if (line == null || line.isEmpty() || !mayStartNumbering(line)) {
            return Optional.empty();
        }
        Matcher m;
        if ((m = PAREN_CHINESE.matcher(line)).lookingAt()) {
            return Optional.of(of(Style.PAREN_CHINESE, line, m));
        }
        if ((m = PAREN_ARABIC.matcher(line)).lookingAt()) {
            return Optional.of(of(Style.PAREN_ARABIC, line, m));
        }
        if ((m = CHINESE.matcher(line)).lookingAt()) {
            return Optional.of(of(Style.CHINESE, line, m));
        }
        if ((m = ARABIC.matcher(line)).lookingAt()) {
            return Optional.of(of(Style.ARABIC, line, m));
        }
        if ((m = ARABIC_PAREN.matcher(line)).lookingAt()) {
            return Optional.of(of(Style.ARABIC_PAREN, line, m));
        }
        if ((m = CIRCLED.matcher(line)).lookingAt()) {
            return Optional.of(of(Style.CIRCLED, line, m));
        }
        return Optional.empty();
    }

    /** Whether the first character after leading {@code \s} can start one of the numberings. */
    private static boolean mayStartNumbering(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) >= '\t' && line.charAt(i) <= '\r')) {
            i++;
        }
        if (i == line.length()) {
            return false;
        }
        char c = line.charAt(i);
        return c == '（' || c == '(' || c == '―' || c == '—' || c >= '0' && c <= '9' || c >= '０' && c <= '９'
                || c >= '①' && c <= '⑳' || "一二三四五六七八九十".indexOf(c) >= 0;
    }

    /** True when the line starts with a numbering. */
    public static boolean startsNumbered(String line) {
        return parse(line).isPresent();
    }

    private static Numbering of(Style style, String line, Matcher m) {
        String n = m.group("n");
        return new Numbering(style, line.substring(0, m.end()).strip(), ordinal(n), line.substring(m.end()).strip());
    }

    private static int ordinal(String n) {
        char c = n.charAt(0);
        if (c >= '①' && c <= '⑳') {
            return c - '①' + 1;
        }
        if (c == '―' || c == '—') {
            return 1; // a dash typed for 一
        }
        String digits = org.govdoc.text.ChineseText.toHalfWidth(n);
        return org.govdoc.text.ChineseNumerals.toInt(digits).orElse(0);
    }
}
