package org.govdoc.extract.region;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govdoc.extract.DocContext;
import org.govdoc.extract.ExtractionDraft;
import org.govdoc.extract.FieldExtractor;
import org.govdoc.extract.TextLines;
import org.govdoc.extract.TextLines.Line;
import org.govdoc.model.Cell;
import org.govdoc.model.Document;
import org.govdoc.model.Row;
import org.govdoc.model.Table;
import org.govdoc.record.Region;
import org.govdoc.text.ChineseText;

/**
 * The division a document belongs to. Every name of a division (full 呈贡区 or short 呈贡, also
 * inside a unit's name 昆明市呈贡区政务服务管理局) counts for it, weighted by where it stands: the
 * title and issuer count most, the opening lines next, the rest of the text a little and at most
 * up to a cap, so a passing mention does not outweigh the title. A county-level name shared by
 * several divisions (朝阳区) is decided by the mentions of their prefectures and provinces.
 * Thread-safe: the index is immutable.
 */
public final class RegionExtractor implements FieldExtractor {

    private static final double TITLE = 10;
    private static final double ISSUER = 8;
    private static final double HEAD = 4;
    private static final double BODY = 1;
    private static final double BODY_CAP = 5;
    private static final double SHORT = 0.5;
    private static final int HEAD_LINES = 5;

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
        draft.region(extract(doc, DocContext.of(draft)));
    }

    /** An extractor over the bundled divisions. */
    public static RegionExtractor shared() {
        return new RegionExtractor(DivisionIndex.shared());
    }

    public Region extract(Document doc, DocContext ctx) {
        Map<String, Double> strong = new HashMap<>();
        Map<String, Double> body = new HashMap<>();
        if (ctx != null) {
            scan(ctx.title(), TITLE, strong);
            scan(ctx.issuer(), ISSUER, strong);
        }
        if (doc.metadata().title() != null) {
            scan(doc.metadata().title(), HEAD, strong);
        }
        Map<String, Double> head = new HashMap<>();
        List<Line> lines = TextLines.of(doc, null);
        for (int i = 0; i < lines.size(); i++) {
            scan(lines.get(i).text(), i < HEAD_LINES ? HEAD : BODY, i < HEAD_LINES ? head : body);
        }
        // the opening lines count once per division, however often they repeat it
        head.forEach((code, s) -> strong.merge(code, Math.min(s, HEAD), Double::sum));
        for (Table t : doc.tables()) {
            for (Row r : t.rows()) {
                for (Cell c : r.cells()) {
                    scan(c.text(), BODY, body);
                }
            }
        }
        Map<String, Double> score = new HashMap<>(strong);
        body.forEach((code, s) -> score.merge(code, Math.min(s, BODY_CAP), Double::sum));
        return decide(score).orElse(null);
    }

    /** The region named by a single text (a unit's name, a title), or empty. */
    public Optional<Region> fromText(String text) {
        Map<String, Double> score = new HashMap<>();
        scan(text, 1, score);
        return decide(score);
    }

    private Optional<Region> decide(Map<String, Double> score) {
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
        return Optional.of(region(chosen));
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

    /** Adds weight for every division named in the text; the longest name at each position wins. */
    private void scan(String text, double weight, Map<String, Double> score) {
        if (text == null || text.isBlank()) {
            return;
        }
        String t = ChineseText.key(text);
        int i = 0;
        while (i < t.length()) {
            NameTrie.Entry name = index.longestNameAt(t, i);
            if (name == null) {
                i++;
                continue;
            }
            for (Division d : name.divisions()) {
                double w = name.name().equals(d.name()) ? weight : weight * SHORT;
                score.merge(d.code(), w, Double::sum);
            }
            i += name.name().length();
        }
    }
}
