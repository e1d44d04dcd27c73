package org.govdoc.index.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.govdoc.index.IndexFields;

/**
 * The query syntax: Lucene's {@link SimpleQueryParser} over the HanLP query analyzer. Words separated by
 * spaces must all match ({@code 呈贡 满意度}); {@code |} or {@code OR} between words lets either match
 * ({@code 满意度 OR 办结率}); {@code -} or {@code NOT} before a word excludes it ({@code 满意度 NOT 群众});
 * {@code "…"} is a phrase (its words next to each other, in the entry text or title; spaces between Chinese
 * characters inside it are dropped, as Chinese is written without them); parentheses group. Known limit: the
 * index puts the words inside a compound at the compound's position (服务对象满意度 + 服务, 对象, 满意度), so a
 * phrase that starts inside a compound (对象满意度) does not match it; the words without quotes do.
 * A word matches the entry's text, title, units, place names and indicator levels, as without operators.
 */
final class QueryText {

    private static final Pattern OR = Pattern.compile("\\s+OR\\s+");
    private static final Pattern AND = Pattern.compile("\\s+AND\\s+");
    private static final Pattern NOT = Pattern.compile("(^|\\s+)NOT\\s+");
    private static final Pattern HAN_SPACE = Pattern.compile("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})");
    private static final Map<String, Float> PHRASE_FIELDS = Map.of(IndexFields.TEXT, 1.0f, IndexFields.TITLE, 0.3f);

    private final Analyzer analyzer;
    private final QueryFactory words;

    QueryText(Analyzer analyzer, QueryFactory words) {
        this.analyzer = analyzer;
        this.words = words;
    }

    /** The parsed query; a {@link MatchNoDocsQuery} when the text has no words. */
    Query parse(String text) {
        Parser p = new Parser(analyzer);
        p.setDefaultOperator(Occur.MUST);
        return p.parse(operatorsAsSymbols(text));
    }

    /** OR, AND and NOT written as words become the parser's |, + and -. */
    static String operatorsAsSymbols(String text) {
        String t = OR.matcher(text).replaceAll(" | ");
        t = AND.matcher(t).replaceAll(" + ");
        return NOT.matcher(t).replaceAll("$1-");
    }

    /** Each plain word analysed as one query word over every field; phrases over the text and title. */
    private final class Parser extends SimpleQueryParser {

        Parser(Analyzer analyzer) {
            super(analyzer, PHRASE_FIELDS, AND_OPERATOR | NOT_OPERATOR | OR_OPERATOR | PHRASE_OPERATOR
                    | PRECEDENCE_OPERATORS | ESCAPE_OPERATOR | WHITESPACE_OPERATOR);
        }

        @Override
        protected Query newDefaultQuery(String text) {
            List<Query> all = new ArrayList<>();
            for (String t : new LinkedHashSet<>(words.terms(text))) {
                all.add(words.wordQuery(t));
            }
            if (all.isEmpty()) {
                return null;
            }
            if (all.size() == 1) {
                return all.get(0);
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            all.forEach(q -> b.add(q, Occur.MUST));
            return b.build();
        }

        @Override
        protected Query newPhraseQuery(String text, int slop) {
            // Chinese is written without spaces: "服务对象 满意度" is the text 服务对象满意度, segmented as written
            String joined = HAN_SPACE.matcher(text).replaceAll("");
            List<Query> fields = new ArrayList<>();
            PHRASE_FIELDS.forEach((field, boost) -> {
                Query q = createPhraseQuery(field, joined, slop);
                if (q != null) {
                    fields.add(boost == 1.0f ? q : new org.apache.lucene.search.BoostQuery(q, boost));
                }
            });
            return fields.isEmpty() ? null : new DisjunctionMaxQuery(fields, 0.1f);
        }
    }
}
