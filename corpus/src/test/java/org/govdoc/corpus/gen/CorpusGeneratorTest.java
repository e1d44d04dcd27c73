package org.govdoc.corpus.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    private static final Divisions DIVISIONS = Divisions.yunnan();

    /** A stand-in writer: the spec's text in a file (the real renderers are tested by their authors). */
    private static final FormatWriter TEXT = (spec, file) -> Files.writeString(file, SpecText.all(spec));

    private static Map<OutputFormat, FormatWriter> writers(OutputFormat... formats) {
        Map<OutputFormat, FormatWriter> m = new EnumMap<>(OutputFormat.class);
        for (OutputFormat f : formats) {
            m.put(f, TEXT);
        }
        return m;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void writesEveryDocumentWithItsGoldBeside(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CorpusGenerator g = new CorpusGenerator(new DocumentFactory(3, DIVISIONS),
                List.of(OutputFormat.DOCX, OutputFormat.TXT, OutputFormat.TXT_GBK),
                writers(OutputFormat.DOCX, OutputFormat.TXT, OutputFormat.TXT_GBK));
        CorpusGenerator.Summary s = g.generate(40, dir, new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertThat(s.documents()).isEqualTo(40);
        assertThat(s.failed()).isZero();
        assertThat(s.perFormat().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(40);
        assertThat(s.perFormat()).containsKeys(OutputFormat.DOCX, OutputFormat.TXT);
        List<Path> all = files(dir);
        assertThat(all).hasSize(80);
        assertThat(all.stream().filter(p -> p.toString().endsWith(".gold.json"))).hasSize(40);
        for (Path gold : all.stream().filter(p -> p.toString().endsWith(".gold.json")).toList()) {
            String stem = gold.getFileName().toString().replace(".gold.json", "");
            assertThat(all.stream().filter(p -> p.getFileName().toString().startsWith(stem + "."))).hasSize(2);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).as("no progress bar without a console").isEmpty();
    }

    @Test
    void documentIIsTheSameWhateverTheCountAndTheFormats(@TempDir Path dir) throws IOException {
        Path big = Files.createDirectory(dir.resolve("big"));
        Path small = Files.createDirectory(dir.resolve("small"));
        new CorpusGenerator(new DocumentFactory(8, DIVISIONS), List.of(OutputFormat.HTML, OutputFormat.PDF),
                writers(OutputFormat.HTML, OutputFormat.PDF)).generate(25, big, System.err, false);
        new CorpusGenerator(new DocumentFactory(8, DIVISIONS), List.of(OutputFormat.TXT),
                writers(OutputFormat.TXT)).generate(10, small, System.err, false);
        for (Path gold : files(small).stream().filter(p -> p.toString().endsWith(".gold.json")).toList()) {
            Path twin = big.resolve(gold.getFileName());
            assertThat(twin).exists();
            assertThat(Files.readAllBytes(twin)).isEqualTo(Files.readAllBytes(gold));
        }
        assertThat(files(small)).hasSize(20);
    }

    @Test
    void makesEachDocumentOnlyWhenTheOneBeforeIsOnDisk(@TempDir Path dir) throws IOException {
        DocumentFactory real = new DocumentFactory(4, DIVISIONS);
        AtomicLong made = new AtomicLong();
        DocumentSource counting = new DocumentSource() {
            @Override
            public GeneratedDocument create(long index) {
                // streaming: document i is made after document i-1 is written, never ahead
                assertThat(made.get()).isEqualTo(index);
                if (index > 0) {
                    GeneratedDocument previous = real.create(index - 1);
                    assertThat(dir.resolve(previous.stem() + ".gold.json")).exists();
                }
                made.incrementAndGet();
                return real.create(index);
            }

            @Override
            public Rng formatRng(long index) {
                return real.formatRng(index);
            }
        };
        new CorpusGenerator(counting, List.of(OutputFormat.TXT), writers(OutputFormat.TXT))
                .generate(30, dir, System.err, false);
        assertThat(made.get()).isEqualTo(30);
    }

    @Test
    void aFailingWriterCostsOneDocumentAndSaysWhich(@TempDir Path dir) throws IOException {
        DocumentFactory f = new DocumentFactory(6, DIVISIONS);
        String victim = f.create(2).stem();
        FormatWriter flaky = (spec, file) -> {
            if (file.getFileName().toString().startsWith(victim)) {
                throw new IOException("disk full");
            }
            TEXT.write(spec, file);
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CorpusGenerator.Summary s = new CorpusGenerator(f, List.of(OutputFormat.TXT), Map.of(OutputFormat.TXT, flaky))
                .generate(5, dir, new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertThat(s.failed()).isEqualTo(1);
        assertThat(s.documents()).isEqualTo(4);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(victim, "disk full");
        assertThat(files(dir)).hasSize(8);
    }

    /** A batched stand-in: files appear at flush, and the named victim is never written. */
    private static final class Batched implements BatchedWriter {
        final Map<Path, org.govdoc.corpus.spec.DocSpec> waiting = new java.util.LinkedHashMap<>();
        final String victim;
        int flushes;
        boolean closed;

        Batched(String victim) {
            this.victim = victim;
        }

        @Override
        public void write(org.govdoc.corpus.spec.DocSpec spec, Path file) {
            waiting.put(file, spec);
        }

        @Override
        public int pending() {
            return waiting.size();
        }

        @Override
        public Map<Path, String> flush() throws IOException {
            flushes++;
            Map<Path, String> failed = new java.util.HashMap<>();
            for (Map.Entry<Path, org.govdoc.corpus.spec.DocSpec> w : waiting.entrySet()) {
                if (w.getKey().getFileName().toString().startsWith(victim)) {
                    failed.put(w.getKey(), "converter crashed");
                } else {
                    TEXT.write(w.getValue(), w.getKey());
                }
            }
            waiting.clear();
            return failed;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void aBatchedWriterIsFlushedAndAFileItCouldNotWriteLosesItsGoldFile(@TempDir Path dir) throws IOException {
        DocumentFactory f = new DocumentFactory(8, DIVISIONS);
        String victim = f.create(3).stem();
        Batched batched = new Batched(victim);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CorpusGenerator.Summary s = new CorpusGenerator(f, List.of(OutputFormat.DOC), Map.of(OutputFormat.DOC, batched))
                .generate(7, dir, new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertThat(batched.flushes).isEqualTo(1);
        assertThat(batched.closed).isTrue();
        assertThat(s.documents()).isEqualTo(6);
        assertThat(s.failed()).isEqualTo(1);
        assertThat(s.perFormat()).containsEntry(OutputFormat.DOC, 6L);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(victim, "converter crashed");
        List<String> names = files(dir).stream().map(p -> p.getFileName().toString()).toList();
        assertThat(names).hasSize(12).noneMatch(n -> n.startsWith(victim));
        assertThat(names.stream().filter(n -> n.endsWith(".doc"))).hasSize(6);
    }

    @Test
    void aBatchedWriterIsFlushedEveryHundredFiles(@TempDir Path dir) throws IOException {
        Batched batched = new Batched("no such stem");
        CorpusGenerator.Summary s = new CorpusGenerator(new DocumentFactory(9, DIVISIONS), List.of(OutputFormat.DOC),
                Map.of(OutputFormat.DOC, batched)).generate(230, dir, System.err, false);
        assertThat(batched.flushes).isEqualTo(3);
        assertThat(s.documents()).isEqualTo(230);
        assertThat(files(dir)).hasSize(460);
    }

    @Test
    void refusesAFormatWithoutWriter() {
        assertThatThrownBy(() -> new CorpusGenerator(new DocumentFactory(1, DIVISIONS), List.of(OutputFormat.DOC),
                writers(OutputFormat.TXT))).hasMessageContaining("doc");
        assertThatThrownBy(() -> OutputFormat.of("rtf")).hasMessageContaining("rtf");
        assertThat(OutputFormat.of(" TXT-GBK ")).isEqualTo(OutputFormat.TXT_GBK);
    }
}
