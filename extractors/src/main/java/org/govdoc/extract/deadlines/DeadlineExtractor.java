package org.govdoc.extract.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdoc.extract.DocContext;
import org.govdoc.extract.ExtractionDraft;
import org.govdoc.extract.FieldExtractor;
import org.govdoc.extract.TextLines;
import org.govdoc.extract.metadata.YearCheck;
import org.govdoc.model.Block;
import org.govdoc.model.Cell;
import org.govdoc.model.Document;
import org.govdoc.model.Location;
import org.govdoc.model.Paragraph;
import org.govdoc.model.Row;
import org.govdoc.model.Table;
import org.govdoc.record.Deadline;
import org.govdoc.text.DateParser;
import org.govdoc.text.DateParser.DateMention;
import org.govdoc.text.DateParser.Precision;
import org.govdoc.text.DateParser.Recurrence;

/**
 * Every dated obligation in the text, in sentences as well as in 完成时限 lines and table cells:
 * a date phrase that sets a limit (于2023年5月30日前公布, 6月底前完成, 年内实现, 完成时限：2023年10月底前)
 * gives its last day; a recurring one (每季度末月10日17:00前报送) its rule. Dates that only name a
 * period or a document (2023年版, 国发〔2022〕5号, 2023年，网上可办率达…) are not obligations.
 * Stateless and thread-safe.
 */
public final class DeadlineExtractor implements FieldExtractor {

    /** What follows a date phrase that makes it a limit. */
    private static final Pattern AFTER = Pattern.compile(
            "^\\s*(?:[0-9]{1,2}\\s*[:：]\\s*[0-9]{2}\\s*)?(?:前|之前|以前|止|为止|内|以内|底前|完成|截止|到期|起实施|起施行)");
    /** What before a date phrase makes it a limit. */
    private static final Pattern BEFORE = Pattern.compile("(?:完成时限|完成时间|完成期限|时间节点|时限要求|截止时间|截止日期|截至|截止|时限)\\s*[:：为]?\\s*$");
    /** Phrases that are limits by themselves (年底, 年内, 上半年, 第三季度). */
    private static final Pattern SELF_LIMIT = Pattern.compile("底|末|内|上半年|下半年|季度|上旬|中旬|下旬");
    private static final Pattern RULE_WITH_DAY = Pattern.compile(".*[日号末底]$");
    private static final Pattern ENDS_BEFORE = Pattern.compile(".*(?:前|之前|以前)$");
    private static final Pattern ENDS_LIMIT = Pattern.compile(".*(?:前|止|内)$");
    private static final Pattern SENTENCE = Pattern.compile("[^。！？!?；;\\n]+[。！？!?；;]?");

    @Override
    public void extract(Document doc, ExtractionDraft draft) {
        draft.deadlines().addAll(extract(doc, DocContext.of(draft)));
    }

    public List<Deadline> extract(Document doc, DocContext ctx) {
        Integer ref = (ctx == null ? null : ctx.referenceYear());
        List<Deadline> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                collect(p.text(), p.location(), ref, out);
            } else if (b instanceof Table t) {
                for (Row r : t.rows()) {
                    for (Cell c : r.cells()) {
                        collect(c.text(), c.location(), ref, out);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The deadline a task's own text sets (…，5月底前实现…; several: the last), for a task whose
     * assignment names no 完成时限: a dated limit only (a recurrence or 长期坚持 in the wording is
     * no date), or empty.
     */
    public static Optional<Deadline> lastDatedLimit(String text, Integer referenceYear) {
        List<Deadline> found = new ArrayList<>();
        collect(text, null, referenceYear, found);
        Deadline last = null;
        for (Deadline d : found) {
            if (d.date() != null) {
                last = d;
            }
        }
        return Optional.ofNullable(last);
    }

    /** The deadlines of one text (a paragraph or a cell). */
    public static void collect(String raw, Location loc, Integer referenceYear, List<Deadline> out) {
        String text = TextLines.clean(raw);
        if (text == null || text.isEmpty()) {
            return;
        }
        Matcher s = SENTENCE.matcher(text);
        while (s.find()) {
            String sentence = s.group().strip();
            if (!sentence.isEmpty()) {
                sentence(sentence, loc, referenceYear, out);
            }
        }
    }

    private static void sentence(String sentence, Location loc, Integer ref, List<Deadline> out) {
        List<Recurrence> recurrences = new ArrayList<>();
        for (Recurrence r : DateParser.findRecurrences(sentence)) {
            boolean hasDay = RULE_WITH_DAY.matcher(r.rule()).matches() || ENDS_BEFORE.matcher(r.text()).matches();
            if (hasDay) {
                recurrences.add(r);
            }
        }
        List<DateMention> mentions = DateParser.find(sentence, ref);
        // in order of position; a date phrase inside a recurrence (每年12月20日前) is the recurrence's
        List<Positioned> found = new ArrayList<>();
        for (Recurrence r : recurrences) {
            found.add(new Positioned(r.start(), new Deadline(null, r.rule(), r.text(), sentence, loc)));
        }
        for (DateMention m : mentions) {
            if (inside(m, recurrences) || !isLimit(sentence, m)) {
                continue;
            }
            LocalDate date = m.last();
            if (date != null && YearCheck.implausible(date.getYear())) {
                int y = YearCheck.repair(date.getYear(), ref);
                date = y == date.getYear() ? date : repairYear(date, y);
            }
            found.add(new Positioned(m.start(), new Deadline(date, null, phrase(sentence, m), sentence, loc)));
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        found.forEach(p -> out.add(p.deadline()));
    }

    /** The date phrase with the limit word after it (2023年10月底 + 前). */
    private static String phrase(String sentence, DateMention m) {
        Matcher a = AFTER.matcher(sentence.substring(m.end()));
        if (a.find() && ENDS_LIMIT.matcher(a.group().strip()).matches()) {
            return sentence.substring(m.start(), m.end() + a.end()).strip();
        }
        return m.text();
    }

    private record Positioned(int start, Deadline deadline) {
    }

    private static LocalDate repairYear(LocalDate d, int y) {
        LocalDate moved = d.withYear(y);
        return d.getDayOfMonth() == d.lengthOfMonth() ? moved.withDayOfMonth(moved.lengthOfMonth()) : moved;
    }

    private static boolean inside(DateMention m, List<Recurrence> rs) {
        for (Recurrence r : rs) {
            if (m.start() < r.end() && m.end() > r.start()) {
                return true;
            }
        }
        return false;
    }

    /** A date phrase sets a limit when a limit word follows or precedes it, or it names one itself (年底, 上半年). */
    static boolean isLimit(String sentence, DateMention m) {
        String after = sentence.substring(m.end());
        String before = sentence.substring(0, m.start());
        if (AFTER.matcher(after).find() || BEFORE.matcher(before).find()) {
            return true;
        }
        if (m.precision() == Precision.DAY) {
            return false;
        }
        String own = m.text();
        if (m.precision() == Precision.YEAR && !SELF_LIMIT.matcher(own).find()) {
            return false;
        }
        return SELF_LIMIT.matcher(own).find() && !after.startsWith("度") && !after.startsWith("版");
    }
}
