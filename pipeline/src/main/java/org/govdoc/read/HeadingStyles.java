package org.govdoc.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Heading levels from paragraph style names, as Word, WPS and LibreOffice name them (Heading 2, 标题 2). */
public final class HeadingStyles {

    private static final Pattern HEADING_NAME = Pattern.compile("(?i)^\\s*(?:heading|标题)\\s*([1-9])\\s*$");

    private HeadingStyles() {
    }

    /** The level 1–9 the style name stands for, or null when it is not a heading style. */
    public static Integer levelOf(String styleName) {
        if (styleName == null) {
            return null;
        }
        Matcher m = HEADING_NAME.matcher(styleName);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }
}
