package org.govdoc.index.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.govdoc.index.EntryDocuments;
import org.govdoc.index.EntryKind;
import org.govdoc.index.analysis.HanLPAnalyzer;
import org.govdoc.index.search.SearchRequest;
import org.govdoc.index.search.SearchService;
import org.govdoc.record.Extraction;
import org.govdoc.record.Indicator;
import org.govdoc.record.RecordJson;
import org.govdoc.record.Source;
import org.govdoc.record.Task;
import org.govdoc.text.segment.DomainVocabulary;
import org.govdoc.text.segment.Segmenter;

/**
 * Recall and precision at 10 of analyzers on queries whose right answers are known from the records'
 * fields (every indicator whose level3 contains 满意度, every task of a unit, every document of a
 * district found by its short name …). Each analyzer indexes the same records in memory.
 */
public final class AnalyzerQuality {

    /** An analyzer pair to compare. */
    public record Config(String name, Analyzer index, Analyzer query) {
    }

    /** A query and the entry keys that answer it. */
    public record Case(String name, SearchRequest request, Set<String> relevant) {
    }

    /**
     * @param retrieved      how many entries matched
     * @param found          relevant entries among them
     * @param precisionAt10  relevant entries among the first min(10, retrieved)
     * @param precision      relevant entries among all retrieved
     */
    public record Score(String config, String query, int relevant, int retrieved, int found, double recall,
                        double precisionAt10, double precision) {
    }

    /** Seconds each analyzer took to index the records. */
    public record Timing(String config, double indexSeconds) {
    }

    private AnalyzerQuality() {
    }

    /** HanLP with the domain vocabulary, Lucene's SmartChineseAnalyzer and CJK bigrams. */
    public static List<Config> standardConfigs(Segmenter segmenter) {
        Analyzer smart = new SmartChineseAnalyzer();
        Analyzer cjk = new CJKAnalyzer();
        return List.of(new Config("hanlp", HanLPAnalyzer.forIndex(segmenter), HanLPAnalyzer.forQuery(segmenter)),
                new Config("smartcn", smart, smart), new Config("cjk-bigram", cjk, cjk));
    }

    /** The query set with its answers, from the records' fields (queries without any answer left out). */
    public static List<Case> cases(List<Extraction> records, List<String> districts) {
        return allCases(records, districts).stream().filter(c -> !c.relevant().isEmpty()).toList();
    }

    private static List<Case> allCases(List<Extraction> records, List<String> districts) {
        List<Case> out = new ArrayList<>();
        for (String word : List.of("满意度", "企业满意度", "办结率", "接通率", "热线", "便利度", "培训人数", "压缩率",
                "满意", "时限")) {
            out.add(indicatorCase(records, word, null, i -> contains(i.level3(), word)));
        }
        for (String unit : List.of("政务服务局", "发展改革局", "市场监管局", "人社局", "数据局", "监管", "街道")) {
            out.add(taskCase(records, unit, t -> t.leadUnits().stream().anyMatch(u -> u.contains(unit))
                    || t.responsibleUnits().stream().anyMatch(u -> u.contains(unit))));
        }
        for (String topic : List.of("一网通办", "营商环境", "企业开办", "信用修复", "跨省通办", "开办", "审批")) {
            out.add(taskCase(records, topic, t -> contains(t.text(), topic)));
        }
        out.add(taskCase(records, "政务服务", t -> contains(t.text(), "政务服务")
                || t.leadUnits().stream().anyMatch(u -> u.contains("政务服务"))
                || t.responsibleUnits().stream().anyMatch(u -> u.contains("政务服务"))));
        for (String district : districts) {
            String shortName = DomainVocabulary.shortForm(district);
            String q = shortName == null ? district : shortName;
            Set<String> rel = new LinkedHashSet<>();
            for (Extraction r : records) {
                if (r.region() != null && (contains(r.region().district(), q) || contains(r.region().city(), q))) {
                    rel.add(EntryDocuments.entryKey(EntryKind.DOCUMENT, r.source().sha256(), 0));
                }
            }
            out.add(new Case(q + " (document)", SearchRequest.builder().query(q).kind(EntryKind.DOCUMENT).build(), rel));
            out.add(indicatorCase(records, q + " 满意度", q,
                    i -> contains(i.level3(), "满意度")));
        }
        return out;
    }

    private static Case indicatorCase(List<Extraction> records, String query, String place, Predicate<Indicator> p) {
        Set<String> rel = new LinkedHashSet<>();
        for (Extraction r : records) {
            if (place != null && (r.region() == null
                    || !(contains(r.region().district(), place) || contains(r.region().city(), place)))) {
                continue;
            }
            for (int n = 0; n < r.indicators().size(); n++) {
                if (p.test(r.indicators().get(n))) {
                    rel.add(EntryDocuments.entryKey(EntryKind.INDICATOR, r.source().sha256(), n));
                }
            }
        }
        return new Case(query + " (indicator)", SearchRequest.builder().query(query).kind(EntryKind.INDICATOR).build(),
                rel);
    }

    private static Case taskCase(List<Extraction> records, String query, Predicate<Task> p) {
        Set<String> rel = new LinkedHashSet<>();
        for (Extraction r : records) {
            for (int n = 0; n < r.tasks().size(); n++) {
                if (p.test(r.tasks().get(n))) {
                    rel.add(EntryDocuments.entryKey(EntryKind.TASK, r.source().sha256(), n));
                }
            }
        }
        return new Case(query + " (task)", SearchRequest.builder().query(query).kind(EntryKind.TASK).build(), rel);
    }

    private static boolean contains(String s, String word) {
        return s != null && s.contains(word);
    }

    /**
     * Records from the answer files ({@code *.gold.json}, in the record's field names) of a generated corpus
     * (`govdoc corpus`) or of hand-annotated documents, below this folder. Each gets its file name as path
     * and a made-up sha256.
     */
    public static List<Extraction> loadGold(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        List<Extraction> out = new ArrayList<>();
        for (Path f : files) {
            JsonNode tree = RecordJson.mapper().readTree(f.toFile());
            Extraction e;
            try {
                e = RecordJson.mapper().treeToValue(firstOfAlternatives(tree), Extraction.class);
            } catch (JsonProcessingException ex) {
                System.err.println("skipped " + f + ": " + ex.getOriginalMessage());
                continue;
            }
            String path = folder.relativize(f).toString();
            String sha = sha256(path);
            out.add(e.withSource(new Source(path, f.getFileName().toString(), null, 0, null, sha, List.of()), e.text()));
        }
        return out;
    }

    /** Fields that are lists in the record; any other list of plain values in a gold file means "any of these". */
    private static final Set<String> LIST_FIELDS = Set.of("leadUnits", "responsibleUnits", "section", "otherPaths",
            "roles", "fundingAmounts", "indicators", "tasks", "deadlines", "units", "figures", "warnings");

    private static JsonNode firstOfAlternatives(JsonNode node) {
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode v = o.get(name);
                if (v.isArray() && !LIST_FIELDS.contains(name)) {
                    o.set(name, v.isEmpty() ? NullNode.getInstance() : firstOfAlternatives(v.get(0)));
                } else {
                    o.set(name, firstOfAlternatives(v));
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                a.set(i, firstOfAlternatives(a.get(i)));
            }
        }
        return node;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The most frequent districts of the records (for the place-name queries). */
    public static List<String> districts(List<Extraction> records, int n) {
        Map<String, Long> counts = new TreeMap<>();
        for (Extraction r : records) {
            if (r.region() != null && r.region().district() != null) {
                counts.merge(r.region().district(), 1L, Long::sum);
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(n).map(Map.Entry::getKey).toList();
    }

    /** Indexes the records with each analyzer and scores every case. */
    public static List<Score> run(List<Extraction> records, List<Case> cases, List<Config> configs,
                                  List<Timing> timings) throws IOException {
        List<Score> scores = new ArrayList<>();
        for (Config c : configs) {
            try (Directory dir = new ByteBuffersDirectory()) {
                long t0 = System.nanoTime();
                try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(c.index()).setRAMBufferSizeMB(128))) {
                    for (Extraction r : records) {
                        w.addDocuments(EntryDocuments.of(r));
                    }
                }
                timings.add(new Timing(c.name(), (System.nanoTime() - t0) / 1e9));
                try (SearchService s = new SearchService(dir, c.query(), c.index())) {
                    for (Case q : cases) {
                        List<String> hits = s.keys(q.request(), Integer.MAX_VALUE / 4);
                        scores.add(score(c.name(), q, hits));
                    }
                }
            }
        }
        return scores;
    }

    static Score score(String config, Case q, List<String> hits) {
        Set<String> hitSet = new HashSet<>(hits);
        int found = 0;
        for (String k : q.relevant()) {
            if (hitSet.contains(k)) {
                found++;
            }
        }
        int top = Math.min(10, hits.size());
        int goodTop = 0;
        for (int i = 0; i < top; i++) {
            if (q.relevant().contains(hits.get(i))) {
                goodTop++;
            }
        }
        double recall = q.relevant().isEmpty() ? 1.0 : (double) found / q.relevant().size();
        double p10 = top == 0 ? (q.relevant().isEmpty() ? 1.0 : 0.0) : (double) goodTop / top;
        double precision = hits.isEmpty() ? (q.relevant().isEmpty() ? 1.0 : 0.0) : (double) found / hits.size();
        return new Score(config, q.name(), q.relevant().size(), hits.size(), found, recall, p10, precision);
    }
}
