package org.govdoc.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.govdoc.index.bench.AnalyzerQuality;
import org.govdoc.index.bench.SyntheticRecords;
import org.govdoc.record.Extraction;
import org.govdoc.text.segment.Segmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `govdoc bench analyzers`: recall and precision at 10 of HanLP, SmartChineseAnalyzer and CJK bigrams. */
@Command(name = "analyzers", mixinStandardHelpOptions = true,
        description = {"Search quality of the HanLP analyzer against SmartChineseAnalyzer and CJK bigrams.",
            "Lucene's SmartChineseAnalyzer and CJK bigrams are the baselines; the records are synthetic and their"
                    + " answers known: recall and precision at 10 per query."})
public final class AnalyzerBenchCommand implements Callable<Integer> {

    @Option(names = "--records", defaultValue = "3000", description = "Synthetic records (default ${DEFAULT-VALUE})")
    int records;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--gold", paramLabel = "DIR",
            description = "Use the records of the *.gold.json files below DIR (a `govdoc corpus` folder) instead of synthetic ones")
    java.nio.file.Path gold;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<Extraction> recs = new ArrayList<>();
        List<String> districts;
        if (gold != null) {
            recs.addAll(AnalyzerQuality.loadGold(gold));
            districts = AnalyzerQuality.districts(recs, 8);
            records = recs.size();
            System.err.printf("%,d gold records from %s%n", recs.size(), gold);
        } else {
            SyntheticRecords gen = new SyntheticRecords(seed);
            for (int i = 0; i < records; i++) {
                recs.add(gen.next());
            }
            districts = List.of("呈贡区", "官渡区", "五华区", "盘龙区", "西山区", "武侯区", "锦江区", "大理市");
        }
        List<AnalyzerQuality.Case> cases = AnalyzerQuality.cases(recs, districts);
        List<AnalyzerQuality.Config> configs = AnalyzerQuality.standardConfigs(Segmenter.standard());
        long entries = recs.stream().mapToLong(r -> 1 + r.indicators().size() + r.tasks().size()
                + r.fundingAmounts().size() + r.deadlines().size() + r.figures().size()).sum();
        System.err.printf("indexing %,d records (%,d entries) with %d analyzers …%n", records, entries, configs.size());
        List<AnalyzerQuality.Timing> timings = new ArrayList<>();
        List<AnalyzerQuality.Score> scores = AnalyzerQuality.run(recs, cases, configs, timings);

        Map<String, Map<String, AnalyzerQuality.Score>> byQuery = new LinkedHashMap<>();
        for (AnalyzerQuality.Score s : scores) {
            byQuery.computeIfAbsent(s.query(), k -> new LinkedHashMap<>()).put(s.config(), s);
        }
        TextTable t = new TextTable();
        List<String> header = new ArrayList<>(List.of("query", "relevant"));
        for (AnalyzerQuality.Config c : configs) {
            header.add(c.name() + " R");
            header.add(c.name() + " P@10");
            header.add(c.name() + " P");
            header.add(c.name() + " hits");
        }
        t.add(header.toArray(String[]::new));
        for (var e : byQuery.entrySet()) {
            List<String> row = new ArrayList<>(List.of(e.getKey(),
                    Integer.toString(e.getValue().values().iterator().next().relevant())));
            for (AnalyzerQuality.Config c : configs) {
                AnalyzerQuality.Score s = e.getValue().get(c.name());
                row.add(String.format("%.3f", s.recall()));
                row.add(String.format("%.2f", s.precisionAt10()));
                row.add(String.format("%.2f", s.precision()));
                row.add(Integer.toString(s.retrieved()));
            }
            t.add(row.toArray(String[]::new));
        }
        List<String> mean = new ArrayList<>(List.of("MEAN", ""));
        for (AnalyzerQuality.Config c : configs) {
            List<AnalyzerQuality.Score> mine = scores.stream().filter(s -> s.config().equals(c.name())).toList();
            mean.add(String.format("%.3f", mine.stream().mapToDouble(AnalyzerQuality.Score::recall).average().orElse(0)));
            mean.add(String.format("%.2f", mine.stream().mapToDouble(AnalyzerQuality.Score::precisionAt10).average()
                    .orElse(0)));
            mean.add(String.format("%.2f", mine.stream().mapToDouble(AnalyzerQuality.Score::precision).average()
                    .orElse(0)));
            mean.add("");
        }
        t.add(mean.toArray(String[]::new));
        out.printf("%,d records, %,d entries, %d queries; R = recall over all hits, P@10 = precision of the first 10,"
                + " P = precision over all hits%n", records, entries, cases.size());
        out.print(t.render());
        double base = timings.get(timings.size() - 1).indexSeconds();
        for (AnalyzerQuality.Timing tm : timings) {
            out.printf("indexing with %s: %.1f s (%,.0f entries/s, %.2f× the time of %s)%n", tm.config(),
                    tm.indexSeconds(), entries / tm.indexSeconds(), tm.indexSeconds() / base,
                    timings.get(timings.size() - 1).config());
        }
        return 0;
    }
}
