package org.govdoc.extract.region;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdoc.extract.DocContext;
import org.govdoc.extract.ExtractionDraft;
import org.govdoc.extract.FieldExtractor;
import org.govdoc.extract.TextLines;
import org.govdoc.extract.TextLines.Line;
import org.govdoc.extract.units.UnitNames;
import org.govdoc.model.Cell;
import org.govdoc.model.Document;
import org.govdoc.model.Row;
import org.govdoc.model.Table;
import org.govdoc.record.Region;
import org.govdoc.text.ChineseText;

/**
 * The division a document belongs to, read from where a document names the level that issued it:
 * the title, the issuer (signature), the file's title, the opening lines that are headings or unit
 * names (header mark, addressee), the 来源 line of a web page and the form's unit cell (申报单位,
 * 实施单位 …). There a full name (呈贡区, also inside 昆明市呈贡区政务服务管理局) counts, and a short
 * name (呈贡) only where the context makes it a place: at the start, after another division's name
 * (昆明呈贡, 重庆綦江) or after a mark, and not running on into a road, village or other place word
 * (汝南路, 沙湾子, 太平村). The rest of the text counts a little and up to a cap, and only full names
 * standing as words (not 乡村振兴区域, not 任木兰县… glued to a word) that agree with the province
 * of the strong evidence; null is better than a wrong guess. A county-level name shared by several
 * divisions (朝阳区) is decided by the mentions of their prefectures and provinces.
 * Thread-safe: the index is immutable.
 */
public final class RegionExtractor implements FieldExtractor {

    private static final double TITLE = 10;
    private static final double ISSUER = 8;
    private static final double HEAD = 4;
    private static final double BODY = 1;
    private static final double BODY_CAP = 5;
    private static final double SHORT = 0.5;
    /** A township's name counts for its county, less than the county's own name. */
    private static final double TOWNSHIP = 0.6;
    private static final int HEAD_LINES = 5;

    /** Characters that make a short name part of another place's or thing's name (汝南路, 太平村, 沙湾子). */
    private static final String PLACE_WORD = "路街巷道村镇乡社组屯寨坝湾子桥湖河江山岭沟港口园庄店铺场营堡岗洲岛坪坡冲塘门楼里";
    /** Characters after which a two-character full name in running text still stands as a word (阳泉市城区, 在城区). */
    private static final String BEFORE_NAME = "省市州县区盟旗师团于对在与和及同至从向为将把由经的各全本该原";
    /** Words after which a short name may start (关于呈贡2023年…, 对綦江高新区…). */
    private static final String BEFORE_SHORT_NAME = "于对在与和及同至从向为将把由经的";
    /** What a full name must not run on into (振兴区域, 某某市场). */
    private static final Pattern RUN_ON = Pattern.compile("^(?:区[域划间块位别]|市[场民])");
    /** A unit's name following a short name (綦江高新技术产业开发区管理委员会, 呈贡财政局). */
    private static final Pattern ORGAN_FOLLOWS = Pattern.compile(
            "^\\p{IsHan}{0,14}?(?:人民政府|政府|委员会|管委会|党委|人大|政协|局|委|办|厅|院|中心|开发区|高新区|园区)");
    private static final Pattern SOURCE_LINE = Pattern.compile("(?:来源|来\\s*源|发布机构|发布单位)\\s*[：:]\\s*(?<s>[^\\s|]{2,40})");
    /** The label of a form's supervising department (主管部门, 主管部门及代码, 主管单位). */
    private static final Pattern SUPERVISOR_LABEL = Pattern.compile("^主管(?:部门|单位)(?:名称)?(?:及代码)?[：:]?$");
    /**
     * The quoted title of the proposal a reply answers (《关于借鉴安吉县经验…的建议》): its places are the
     * proposal's subject, not the replying office.
     */
    private static final Pattern QUOTED_MOTION = Pattern.compile("[《“\"][^《》“”\"]{2,80}?(?:建议|提案|议案)[》”\"]");
    private static final Pattern HEADING_LIKE = Pattern.compile("^[^。，,；;！!？?]{2,60}$");

    private final DivisionIndex index;

    public RegionExtractor(DivisionIndex index) {
        this.index = index;
    }

    /** An extractor over the bundled divisions (loaded once, shared). */
    public RegionExtractor() {
        this(DivisionIndex.shared());
    }

    @Override
    public void extract(Document doc, ExtractionDraft draft) {
        String unit = draft.project() == null ? null : draft.project().unit();
        draft.region(extract(doc, DocContext.of(draft), unit));
    }

    /** An extractor over the bundled divisions. */
    public static RegionExtractor shared() {
        return new RegionExtractor(DivisionIndex.shared());
    }

    public Region extract(Document doc, DocContext ctx) {
        return extract(doc, ctx, null);
    }

    /** The region; {@code formUnit} is the unit a form names in its 申报单位/实施单位 cell, or null. */
    public Region extract(Document doc, DocContext ctx, String formUnit) {
        Map<String, Double> strong = new HashMap<>();
        Map<String, Double> body = new HashMap<>();
        if (ctx != null) {
            scan(withoutQuotedMotion(ctx.title()), TITLE, strong, true);
            scan(ctx.issuer(), ISSUER, strong, true);
        }
        scan(formUnit, ISSUER, strong, true);
        if (doc.metadata().title() != null) {
            scan(withoutQuotedMotion(doc.metadata().title()), HEAD, strong, true);
        }
        Map<String, Double> head = new HashMap<>();
        List<Line> lines = TextLines.of(doc, null);
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            Matcher source = SOURCE_LINE.matcher(t);
            if (source.find()) {
                scan(source.group("s"), ISSUER, strong, true);
            } else if (i < HEAD_LINES && HEADING_LIKE.matcher(t).matches() || isUnitLine(t)) {
                scan(withoutQuotedMotion(t), HEAD, head, true);
            } else {
                scan(t, BODY, body, false);
            }
        }
        for (Table t : doc.tables()) {
            for (Row r : t.rows()) {
                List<Cell> cells = r.cells();
                for (int i = 0; i < cells.size(); i++) {
                    if (i > 0 && SUPERVISOR_LABEL.matcher(TextLines.clean(cells.get(i - 1).text())).matches()) {
                        // the form's 主管部门 names the level the project belongs to, as its unit does
                        scan(cells.get(i).text(), HEAD, head, true);
                    } else {
                        scan(cells.get(i).text(), BODY, body, false);
                    }
                }
            }
        }
        // the opening lines and unit lines count once per division, however often they repeat it
        head.forEach((code, s) -> strong.merge(code, Math.min(s, HEAD), Double::sum));
        // running text counts where it agrees with a province of the strong evidence, when there is any
        Set<String> provinces = new HashSet<>();
        strong.keySet().forEach(code -> index.byCode(code).ifPresent(d -> provinces.add(d.provinceCode())));
        Map<String, Double> score = new HashMap<>(strong);
        body.forEach((code, s) -> {
            if (provinces.isEmpty() || provinces.contains(code.substring(0, 2))) {
                score.merge(code, Math.min(s, BODY_CAP), Double::sum);
            }
        });
        Division best = decide(score).orElse(null);
        if (best == null) {
            return null;
        }
        return region(narrowed(best, strong));
    }

    /**
     * A division below the chosen one that a strong place names with full weight (the title, the
     * issuer, the form's unit, the 来源 line): a district's document that also names its province
     * often (湖南省某某公司) is still the district's.
     */
    private Division narrowed(Division best, Map<String, Double> strong) {
        Division out = best;
        double outScore = 0;
        for (Map.Entry<String, Double> e : strong.entrySet()) {
            Division d = index.byCode(e.getKey()).orElse(null);
            if (d == null || d.level() <= best.level() || !d.code().startsWith(best.code()) || e.getValue() < ISSUER) {
                continue;
            }
            if (e.getValue() > outScore || e.getValue() == outScore && d.level() > out.level()) {
                out = d;
                outScore = e.getValue();
            }
        }
        return out;
    }

    static String withoutQuotedMotion(String text) {
        return text == null || text.indexOf('《') < 0 && text.indexOf('“') < 0 && text.indexOf('"') < 0
                ? text : QUOTED_MOTION.matcher(text).replaceAll("　");
    }

    /** A line that is a unit's name (a header mark, an addressee with its colon, a signature). */
    private static boolean isUnitLine(String t) {
        String s = t.strip();
        if (s.endsWith("：") || s.endsWith(":")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.length() <= 40 && UnitNames.looksLikeUnit(s);
    }

    /** The region named by a single text (a unit's name, a title), or empty. */
    public Optional<Region> fromText(String text) {
        Map<String, Double> score = new HashMap<>();
        scan(text, 1, score, true);
        return decide(score).map(this::region);
    }

    private Optional<Division> decide(Map<String, Double> score) {
        Division best = null;
        double bestScore = 0;
        for (Map.Entry<String, Double> e : score.entrySet()) {
            Division d = index.byCode(e.getKey()).orElse(null);
            if (d == null) {
                continue;
            }
            double s = e.getValue();
            // a division is supported by the mentions of the divisions above it
            if (d.level() == 3) {
                s += 0.3 * score.getOrDefault(d.cityCode(), 0.0) + 0.1 * score.getOrDefault(d.provinceCode(), 0.0);
            } else if (d.level() == 2) {
                s += 0.1 * score.getOrDefault(d.provinceCode(), 0.0);
            }
            // prefer the most specific level among candidates of comparable weight
            double tie = d.level() * 0.01;
            if (best == null || s + tie > bestScore + best.level() * 0.01
                    || s + tie == bestScore + best.level() * 0.01 && d.code().compareTo(best.code()) < 0) {
                best = d;
                bestScore = s;
            }
        }
        if (best == null || bestScore < 1) {
            return Optional.empty();
        }
        // a county-level division only when it carries its own weight; else its prefecture
        Division chosen = best;
        if (best.level() == 3 && score.getOrDefault(best.code(), 0.0) < 1) {
            Division up = index.city(best).orElse(null);
            if (up != null) {
                chosen = up;
            }
        }
        return Optional.of(chosen);
    }

    private Region region(Division d) {
        Division province = index.province(d).orElse(null);
        String provinceName = province == null ? null : province.name();
        String cityName = null;
        if (d.level() == 2) {
            cityName = d.name();
        } else if (d.level() == 3) {
            cityName = index.city(d).map(Division::name).orElse(municipality(provinceName));
        }
        String district = d.level() == 3 ? d.name() : null;
        return new Region(provinceName, cityName, district, d.fullCode());
    }

    /** The four municipalities are their own prefecture (北京市 → 北京市). */
    private static String municipality(String provinceName) {
        if (provinceName == null) {
            return null;
        }
        return provinceName.endsWith("市") ? provinceName : null;
    }

    /**
     * Adds weight for every division named in the text; the longest name at each position wins. In
     * a strong place (title, issuer, unit) full names count, and short names where the context makes
     * them a place; elsewhere only full names that stand as words.
     */
    private void scan(String text, double weight, Map<String, Double> score, boolean strongPlace) {
        if (text == null || text.isBlank()) {
            return;
        }
        String t = ChineseText.key(text);
        int i = 0;
        int previousEnd = -1;
        while (i < t.length()) {
            NameTrie.Entry name = index.longestNameAt(t, i);
            NameTrie.Entry town = strongPlace ? index.longestTownshipAt(t, i) : null;
            if (town != null && (name == null || town.name().length() > name.name().length())) {
                int end = i + town.name().length();
                if (townshipIsPlace(t, i, end, previousEnd == i)) {
                    for (Division county : town.divisions()) {
                        score.merge(county.code(), weight * TOWNSHIP, Double::sum);
                    }
                    previousEnd = end;
                    i = end;
                    continue;
                }
            }
            if (name == null) {
                i++;
                continue;
            }
            int end = i + name.name().length();
            boolean afterName = previousEnd == i;
            for (Division d : name.divisions()) {
                boolean full = name.name().equals(d.name());
                if (full ? fullNameStands(t, i, end, afterName, strongPlace)
                        : strongPlace && shortNameIsPlace(t, i, end, afterName)) {
                    score.merge(d.code(), full ? weight : weight * SHORT, Double::sum);
                }
            }
            previousEnd = end;
            i = end;
        }
    }

    /**
     * A full name that does not run on into another word (振兴区域). A two-character name (城区, 矿区,
     * 郊区) is a word too common to count unless it follows its city (阳泉市城区), or starts a word
     * (in running text: after a mark or a word such as 在, 全) and is followed as a short name must be
     * (a mark, a digit, a unit's name: 城区人民政府).
     */
    private static boolean fullNameStands(String t, int start, int end, boolean afterName, boolean strongPlace) {
        if (RUN_ON.matcher(t.substring(end - 1, Math.min(t.length(), end + 1))).find()) {
            return false;
        }
        if (end - start > 2) {
            return true;
        }
        return afterName || (strongPlace || start == 0 || !isHan(t.charAt(start - 1))
                || BEFORE_NAME.indexOf(t.charAt(start - 1)) >= 0) && shortNameIsPlace(t, start, end, true);
    }

    /**
     * A short name (呈贡) read as a place: after the start of the text, another division's name or a
     * mark, not glued to the word before (乡村振兴, 任木兰); and followed by a mark, a digit (呈贡2023年…)
     * or a unit's name (呈贡财政局, 綦江高新技术产业开发区管理委员会) — not by a place word (汝南路, 太平村)
     * nor by an ordinary word (安宁疗护, 长寿老人, 大理石). A bare word alone on a line is no place.
     */
    private static boolean shortNameIsPlace(String t, int start, int end, boolean afterName) {
        if (start > 0 && !afterName && isHan(t.charAt(start - 1)) && BEFORE_SHORT_NAME.indexOf(t.charAt(start - 1)) < 0) {
            return false;
        }
        if (end == t.length()) {
            return start > 0;
        }
        char next = t.charAt(end);
        if (PLACE_WORD.indexOf(next) >= 0) {
            return false;
        }
        return !isHan(next) || ORGAN_FOLLOWS.matcher(t.substring(end, Math.min(t.length(), end + 20))).find();
    }

    /** A township's name standing as a word (关于茅洋乡…, 象山县茅洋乡…), not inside 乡村振兴乡镇. */
    private static boolean townshipIsPlace(String t, int start, int end, boolean afterName) {
        if (end < t.length() && "镇乡级村".indexOf(t.charAt(end)) >= 0) {
            return false;
        }
        return start == 0 || afterName || !isHan(t.charAt(start - 1)) || BEFORE_NAME.indexOf(t.charAt(start - 1)) >= 0;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
