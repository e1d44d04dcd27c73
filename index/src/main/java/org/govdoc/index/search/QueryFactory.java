package org.govdoc.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.govdoc.index.EntryDocuments;
import org.govdoc.index.EntryKind;
import org.govdoc.index.IndexFields;

/**
 * Builds the Lucene query of a {@link SearchRequest}. Each word of the query text must match the entry's
 * text, its document's title, its place names or its units (best field scores) unless the text says
 * otherwise (OR, NOT, "phrases": see {@link QueryText}); filters do not score.
 */
public final class QueryFactory {

    /**
     * Fields a query word may match, with their weights: analysed text, title and unit names, and the
     * keywords place (呈贡, 呈贡区, 昆明 …) and indicator level1/level2 (产出指标, 数量指标).
     */
    private static final String[] FIELDS = {IndexFields.TEXT, IndexFields.TITLE, IndexFields.ORG_TEXT,
        IndexFields.PLACE_KEY, IndexFields.LEVEL1, IndexFields.LEVEL2};
    private static final float[] BOOSTS = {1.0f, 0.3f, 0.5f, 0.3f, 0.5f, 0.5f};

    private final Analyzer queryAnalyzer;

    public QueryFactory(Analyzer queryAnalyzer) {
        this.queryAnalyzer = queryAnalyzer;
    }

    /** The words of the query text as the index sees them. */
    public List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (TokenStream ts = queryAnalyzer.tokenStream(IndexFields.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The query of a request: its text parsed with {@link QueryText} (words, "phrases", OR, NOT), then its
     * filters, which do not score.
     */
    public Query build(SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Query text = textQuery(r.query());
        b.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
        if (r.kind() != null) {
            b.add(new TermQuery(new Term(IndexFields.KIND, r.kind().id())), Occur.FILTER);
        } else {
            b.add(new TermQuery(new Term(IndexFields.KIND, IndexFields.FILE_KIND)), Occur.MUST_NOT);
        }
        if (!r.places().isEmpty()) {
            Set<BytesRef> keys = new LinkedHashSet<>();
            for (String p : r.places()) {
                String k = EntryDocuments.key(p);
                if (k != null && !k.isEmpty()) {
                    keys.add(new BytesRef(k));
                }
            }
            b.add(new TermInSetQuery(IndexFields.PLACE_KEY, keys), Occur.FILTER);
        }
        if (r.yearFrom() != null || r.yearTo() != null) {
            b.add(IntPoint.newRangeQuery(IndexFields.YEAR, r.yearFrom() == null ? Integer.MIN_VALUE : r.yearFrom(),
                    r.yearTo() == null ? Integer.MAX_VALUE : r.yearTo()), Occur.FILTER);
        }
        if (r.docType() != null && !r.docType().isBlank()) {
            b.add(new TermQuery(new Term(IndexFields.DOC_TYPE, r.docType().strip().toLowerCase(Locale.ROOT))),
                    Occur.FILTER);
        }
        if (r.unit() != null && !r.unit().isBlank()) {
            b.add(unitQuery(r.unit(), r.unitRole()), Occur.FILTER);
        }
        if (r.amountRole() != null) {
            b.add(new TermQuery(new Term(IndexFields.KIND, EntryKind.AMOUNT.id())), Occur.FILTER);
            Query role = new TermQuery(new Term(IndexFields.ROLE, r.amountRole().role()));
            b.add(role, r.amountRole().except() ? Occur.MUST_NOT : Occur.FILTER);
        }
        if (r.measure() != null && !r.measure().isBlank()) {
            b.add(new TermQuery(new Term(IndexFields.UNIT, r.measure().strip())), Occur.FILTER);
        }
        if (r.dueBefore() != null) {
            b.add(LongPoint.newRangeQuery(IndexFields.DUE, Long.MIN_VALUE, r.dueBefore().toEpochDay()), Occur.FILTER);
        }
        if (r.min() != null || r.max() != null) {
            b.add(DoublePoint.newRangeQuery(IndexFields.NUM, lower(r.min()), upper(r.max())), Occur.FILTER);
        }
        return b.build();
    }

    /** The scoring part of a query text, or null when it has no words (filters only). */
    Query textQuery(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Query q = new QueryText(queryAnalyzer, this).parse(text);
        if (q == null || q instanceof MatchNoDocsQuery && terms(text).isEmpty()) {
            return null; // only function words (的, 和 …) or operators
        }
        if (q instanceof BooleanQuery bq && !bq.clauses().isEmpty()
                && bq.clauses().stream().allMatch(c -> c.getOccur() == Occur.MUST_NOT)) {
            BooleanQuery.Builder all = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
            bq.clauses().forEach(all::add); // "-办结率" alone: everything but
            return all.build();
        }
        return q;
    }

    /** One query word over every field it may match, the best field scoring. */
    Query wordQuery(String t) {
        List<Query> alternatives = new ArrayList<>();
        for (int i = 0; i < FIELDS.length; i++) {
            alternatives.add(new BoostQuery(new TermQuery(new Term(FIELDS[i], t)), BOOSTS[i]));
        }
        return new DisjunctionMaxQuery(alternatives, 0.1f);
    }

    /** The words a query looks for in the entry text (not those after NOT), to mark them in results. */
    public static List<String> wantedTerms(Query query) {
        Set<String> out = new LinkedHashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term t : terms) {
                    if (t.field().equals(IndexFields.TEXT)) {
                        out.add(t.text());
                    }
                }
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return new ArrayList<>(out);
    }

    /** A unit (in this role) by its exact name or canonical name, or every word of it in the units' names. */
    private Query unitQuery(String unit, UnitRole role) {
        String keyField = switch (role) {
            case ANY -> IndexFields.ORG;
            case LEAD -> IndexFields.LEAD_UNIT;
            case RESPONSIBLE -> IndexFields.RESPONSIBLE_UNIT;
        };
        String textField = switch (role) {
            case ANY -> IndexFields.ORG_TEXT;
            case LEAD -> IndexFields.LEAD_UNIT_TEXT;
            case RESPONSIBLE -> IndexFields.RESPONSIBLE_UNIT_TEXT;
        };
        BooleanQuery.Builder exact = new BooleanQuery.Builder();
        exact.add(new TermQuery(new Term(keyField, EntryDocuments.key(unit))), Occur.SHOULD);
        List<String> words = terms(unit);
        if (!words.isEmpty()) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (String w : words) {
                all.add(new TermQuery(new Term(textField, w)), Occur.MUST);
            }
            exact.add(all.build(), Occur.SHOULD);
        }
        exact.setMinimumNumberShouldMatch(1);
        return exact.build();
    }

    private static double lower(BigDecimal v) {
        return v == null ? Double.NEGATIVE_INFINITY : v.doubleValue();
    }

    private static double upper(BigDecimal v) {
        return v == null ? Double.POSITIVE_INFINITY : v.doubleValue();
    }
}
