package org.govdoc.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.govdoc.index.analysis.PieceAnalysis;
import org.govdoc.index.analysis.TokenReplay;
import org.govdoc.model.Location;
import org.govdoc.record.Deadline;
import org.govdoc.record.Extraction;
import org.govdoc.record.Figure;
import org.govdoc.record.FundingAmount;
import org.govdoc.record.Indicator;
import org.govdoc.record.RecordJson;
import org.govdoc.record.Region;
import org.govdoc.record.Source;
import org.govdoc.record.Task;
import org.govdoc.record.Unit;
import org.govdoc.text.ChineseText;
import org.govdoc.text.segment.DomainVocabulary;

/**
 * Turns one {@link Extraction} into its index entries: one document entry plus one entry per
 * indicator, task, funding amount, deadline and figure, each with its document's filter fields and its
 * own typed fields (see {@link IndexFields}). The stored {@link IndexFields#ENTRY} JSON is enough to
 * print an entry without the JSON files.
 */
public final class EntryDocuments {

    private static final ObjectMapper JSON = RecordJson.mapper();

    private EntryDocuments() {
    }

    /** The entries of a record, document entry first; text fields are analysed by the writer's analyzer. */
    public static List<Document> of(Extraction r) {
        return of(r, null);
    }

    /**
     * The entries of a record, document entry first. With an analyzer (the writer's), the title and place
     * names every entry carries are analysed once for the record and replayed into each entry.
     */
    public static List<Document> of(Extraction r, Analyzer analyzer) {
        DocRef ref = refOf(r);
        Shared shared = new Shared(r, ref, analyzer);
        Map<String, String> canonical = canonicalNames(r.units());
        List<Document> out = new ArrayList<>();

        Document doc = base(shared, EntryKind.DOCUMENT, 0, documentItem(r), documentText(r));
        Set<String> orgs = new LinkedHashSet<>();
        for (Unit u : r.units()) {
            orgs.add(u.name());
            orgs.add(u.canonical());
        }
        if (r.project() != null) {
            orgs.add(r.project().unit());
        }
        addOrgs(shared, doc, IndexFields.ORG, orgs);
        if (r.issueDate() != null) {
            addDate(doc, IndexFields.ISSUE_DATE, r.issueDate());
        }
        doc.add(new StoredField(IndexFields.RECORD, json(r)));
        out.add(doc);

        for (int n = 0; n < r.indicators().size(); n++) {
            Indicator i = r.indicators().get(n);
            Document d = base(shared, EntryKind.INDICATOR, n, i,
                    join(i.level3(), i.content(), i.scoring(), i.basis(), i.valueText()));
            keyword(d, IndexFields.LEVEL1, i.level1());
            keyword(d, IndexFields.LEVEL2, i.level2());
            text(shared, d, IndexFields.LEVEL3, i.level3());
            keyword(d, IndexFields.OPERATOR, i.operator());
            sortedKeyword(d, IndexFields.UNIT, i.unit());
            number(d, IndexFields.VALUE, i.value());
            number(d, IndexFields.NUM, i.value());
            out.add(d);
        }
        for (int n = 0; n < r.tasks().size(); n++) {
            Task t = r.tasks().get(n);
            String due = t.deadline() == null ? null : t.deadline().text();
            Document d = base(shared, EntryKind.TASK, n, t, join(String.join(" ", t.section()), t.text(),
                    String.join(" ", t.leadUnits()), String.join(" ", t.responsibleUnits()), t.scoring(), due));
            Set<String> lead = withCanonical(t.leadUnits(), canonical);
            Set<String> responsible = withCanonical(t.responsibleUnits(), canonical);
            addOrgs(shared, d, IndexFields.LEAD_UNIT, lead);
            addOrgs(shared, d, IndexFields.RESPONSIBLE_UNIT, responsible);
            Set<String> all = new LinkedHashSet<>(lead);
            all.addAll(responsible);
            addOrgs(shared, d, IndexFields.ORG, all);
            if (t.deadline() != null && t.deadline().date() != null) {
                addDate(d, IndexFields.DUE, t.deadline().date());
            }
            number(d, IndexFields.POINTS, t.points());
            out.add(d);
        }
        for (int n = 0; n < r.fundingAmounts().size(); n++) {
            FundingAmount a = r.fundingAmounts().get(n);
            Document d = base(shared, EntryKind.AMOUNT, n, a, join(a.context(), a.text()));
            keyword(d, IndexFields.ROLE, a.role());
            number(d, IndexFields.AMOUNT_YUAN, a.amountYuan());
            number(d, IndexFields.NUM, a.amountYuan());
            out.add(d);
        }
        for (int n = 0; n < r.deadlines().size(); n++) {
            Deadline dl = r.deadlines().get(n);
            Document d = base(shared, EntryKind.DEADLINE, n, dl, join(dl.context(), dl.text(), dl.recurrence()));
            if (dl.date() != null) {
                addDate(d, IndexFields.DUE, dl.date());
            }
            out.add(d);
        }
        for (int n = 0; n < r.figures().size(); n++) {
            Figure f = r.figures().get(n);
            Document d = base(shared, EntryKind.FIGURE, n, f, join(f.label(), f.context(), f.text()));
            sortedKeyword(d, IndexFields.UNIT, f.unit());
            number(d, IndexFields.VALUE, f.value());
            number(d, IndexFields.NUM, f.value());
            out.add(d);
        }
        return out;
    }

    /** The identity of an entry: kind|sha256|ordinal. */
    public static String entryKey(EntryKind kind, String sha256, int ordinal) {
        return kind.id() + "|" + sha256 + "|" + ordinal;
    }

    /** The filter fields of a record. */
    public static DocRef refOf(Extraction r) {
        Source s = r.source();
        Region g = r.region();
        return new DocRef(r.id(), s == null ? r.id() : s.sha256(), s == null ? null : s.path(), r.title(),
                g == null ? null : g.province(), g == null ? null : g.city(), g == null ? null : g.district(),
                r.year(), r.docType() == null ? null : r.docType().json(), DocRef.sameDocumentKey(r));
    }

    /** Keys a place filter matches: each name and its short form (呈贡区, 呈贡), normalised. */
    public static Set<String> placeKeys(Region g) {
        Set<String> keys = new LinkedHashSet<>();
        if (g == null) {
            return keys;
        }
        for (String name : new String[] {g.province(), g.city(), g.district()}) {
            String k = ChineseText.key(name);
            if (k != null && !k.isEmpty()) {
                keys.add(k);
                String s = DomainVocabulary.shortForm(k);
                if (s != null) {
                    keys.add(s);
                }
            }
        }
        return keys;
    }

    /** The normalised key of a unit or place name for keyword fields. */
    public static String key(String name) {
        return ChineseText.key(name);
    }

    /** What every entry of a record carries, computed once. */
    private static final class Shared {
        final Extraction r;
        final DocRef ref;
        final String refJson;
        final List<String> paths;
        final Set<String> placeKeys;
        /** The record's texts analysed piece by piece (null without an analyzer: fields analysed by the writer). */
        final PieceAnalysis pieces;
        final List<TokenReplay.Tok> titleTokens;

        Shared(Extraction r, DocRef ref, Analyzer analyzer) {
            this.r = r;
            this.ref = ref;
            this.refJson = json(ref);
            this.paths = paths(r.source());
            this.placeKeys = placeKeys(r.region());
            // one analyzer serves every text field (HanLPAnalyzer does not vary by field)
            this.pieces = analyzer == null ? null : new PieceAnalysis(analyzer, IndexFields.TEXT);
            this.titleTokens = pieces == null || ref.title() == null ? null : pieces.tokens(ref.title());
        }
    }

    private static void replayed(Document d, String field, String text, List<TokenReplay.Tok> tokens) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (tokens == null) {
            d.add(new TextField(field, text, Field.Store.NO));
        } else {
            d.add(new TextField(field, new TokenReplay(tokens, text.length())));
        }
    }

    private static void text(Shared shared, Document d, String field, String value) {
        if (value != null && !value.isBlank()) {
            replayed(d, field, value, shared.pieces == null ? null : shared.pieces.tokens(value));
        }
    }

    private static Document base(Shared shared, EntryKind kind, int ordinal, Object item, String text) {
        Extraction r = shared.r;
        DocRef ref = shared.ref;
        Document d = new Document();
        d.add(new StringField(IndexFields.KIND, kind.id(), Field.Store.NO));
        d.add(new SortedDocValuesField(IndexFields.KIND, new BytesRef(kind.id())));
        d.add(new StringField(IndexFields.SHA256, ref.sha256(), Field.Store.YES));
        for (String p : shared.paths) {
            d.add(new StringField(IndexFields.PATHS, p, Field.Store.NO)); // paths are short (file systems limit them)
        }
        if (kind == EntryKind.DOCUMENT) {
            d.add(new StringField(IndexFields.STATUS, r.status() == null ? "ok" : r.status().json(), Field.Store.NO));
        }
        if (fits(ref.district())) {
            d.add(new StringField(IndexFields.DISTRICT, ref.district(), Field.Store.NO));
            d.add(new SortedSetDocValuesField(IndexFields.DISTRICT, new BytesRef(ref.district())));
        }
        for (String k : shared.placeKeys) {
            if (fits(k)) {
                d.add(new StringField(IndexFields.PLACE_KEY, k, Field.Store.NO));
            }
        }
        if (ref.year() != null) {
            d.add(new IntPoint(IndexFields.YEAR, ref.year()));
            d.add(new NumericDocValuesField(IndexFields.YEAR, ref.year()));
        }
        if (fits(ref.docType())) {
            d.add(new StringField(IndexFields.DOC_TYPE, ref.docType(), Field.Store.NO));
            d.add(new SortedDocValuesField(IndexFields.DOC_TYPE, new BytesRef(ref.docType())));
        }
        replayed(d, IndexFields.TITLE, ref.title(), shared.titleTokens);
        text(shared, d, IndexFields.TEXT, text);
        String entry = "{\"kind\":\"" + kind.id() + "\",\"n\":" + ordinal + ",\"doc\":" + shared.refJson
                + ",\"item\":" + json(item) + ",\"flags\":" + json(flags(r, location(item))) + "}";
        d.add(new StoredField(IndexFields.ENTRY, entry));
        d.add(new StoredField(IndexFields.KEY, entryKey(kind, ref.sha256(), ordinal)));
        return d;
    }

    /** Where an item stands, when it says. */
    private static Location location(Object item) {
        if (item instanceof Indicator i) {
            return i.location();
        } else if (item instanceof Task t) {
            return t.location();
        } else if (item instanceof FundingAmount a) {
            return a.location();
        } else if (item instanceof Deadline dl) {
            return dl.location();
        } else if (item instanceof Figure f) {
            return f.location();
        }
        return null;
    }

    /** The codes of the record's warnings at this location (impossible_target at an indicator's row). */
    private static List<String> flags(Extraction r, Location at) {
        if (at == null || r.warnings().isEmpty()) {
            return List.of();
        }
        return r.warnings().stream().filter(w -> at.equals(w.location())).map(w -> w.code()).distinct().toList();
    }

    private static Object documentItem(Extraction r) {
        ObjectNode n = JSON.valueToTree(r.withoutText());
        for (String list : List.of("indicators", "tasks", "fundingAmounts", "deadlines", "figures")) {
            n.remove(list);
        }
        n.remove("source");
        n.set("source", JSON.valueToTree(r.source()));
        ObjectNode counts = n.putObject("counts");
        counts.put("indicators", r.indicators().size());
        counts.put("tasks", r.tasks().size());
        counts.put("fundingAmounts", r.fundingAmounts().size());
        counts.put("deadlines", r.deadlines().size());
        counts.put("figures", r.figures().size());
        return n;
    }

    private static String documentText(Extraction r) {
        if (r.text() != null && !r.text().isBlank()) {
            return r.text();
        }
        return join(r.docNumber(), r.issuer(), r.project() == null ? null : r.project().name(),
                r.project() == null ? null : r.project().unit(),
                r.proposal() == null ? null : r.proposal().proposalTitle());
    }

    /** Every path of the record's bytes: its path first, then the others. */
    public static List<String> paths(Source s) {
        if (s == null) {
            return List.of();
        }
        return Stream.concat(Stream.of(s.path()), s.otherPaths().stream())
                .filter(Objects::nonNull).distinct().toList();
    }

    private static Map<String, String> canonicalNames(List<Unit> units) {
        Map<String, String> m = new HashMap<>();
        for (Unit u : units) {
            if (u.name() != null && u.canonical() != null) {
                m.put(u.name(), u.canonical());
            }
        }
        return m;
    }

    private static Set<String> withCanonical(Collection<String> names, Map<String, String> canonical) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            out.add(n);
            out.add(canonical.get(n));
        }
        out.remove(null);
        return out;
    }

    private static void addOrgs(Shared shared, Document d, String field, Set<String> names) {
        Set<String> keys = names.stream().filter(Objects::nonNull).map(ChineseText::key)
                .filter(EntryDocuments::fits).collect(Collectors.toCollection(LinkedHashSet::new));
        for (String k : keys) {
            d.add(new StringField(field, k, Field.Store.NO));
        }
        if (!keys.isEmpty()) {
            String textField = switch (field) {
                case IndexFields.ORG -> IndexFields.ORG_TEXT;
                case IndexFields.LEAD_UNIT -> IndexFields.LEAD_UNIT_TEXT;
                case IndexFields.RESPONSIBLE_UNIT -> IndexFields.RESPONSIBLE_UNIT_TEXT;
                default -> null;
            };
            if (textField != null) {
                text(shared, d, textField, String.join(" ", keys));
            }
        }
    }

    /** Keywords longer than this are not indexed (Lucene refuses terms over 32,766 bytes). */
    private static final int MAX_KEYWORD_CHARS = 1000;

    private static boolean fits(String value) {
        return value != null && !value.isBlank() && value.length() <= MAX_KEYWORD_CHARS;
    }

    private static void keyword(Document d, String field, String value) {
        if (fits(value)) {
            d.add(new StringField(field, value, Field.Store.NO));
        }
    }

    private static void sortedKeyword(Document d, String field, String value) {
        if (fits(value)) {
            d.add(new StringField(field, value, Field.Store.NO));
            d.add(new SortedDocValuesField(field, new BytesRef(value)));
        }
    }

    private static void number(Document d, String field, BigDecimal value) {
        if (value != null) {
            double v = value.doubleValue();
            d.add(new DoublePoint(field, v));
            d.add(new DoubleDocValuesField(field, v));
            if (!field.equals(IndexFields.NUM)) {
                d.add(new StoredField(field, value.toPlainString()));
            }
        }
    }

    private static void addDate(Document d, String field, LocalDate date) {
        long day = date.toEpochDay();
        d.add(new LongPoint(field, day));
        d.add(new NumericDocValuesField(field, day));
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining("\n"));
    }

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
