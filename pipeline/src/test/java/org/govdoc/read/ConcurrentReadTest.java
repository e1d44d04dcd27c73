package org.govdoc.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.govdoc.corpus.render.DocxRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One reader instance shared by several threads gives every thread the same, correct result. */
class ConcurrentReadTest {

    @TempDir
    Path dir;

    @Test
    void oneReaderManyThreads() throws Exception {
        Path docx = dir.resolve("sample.docx");
        new DocxRenderer().render(SampleSpecs.doc(), docx);
        List<Path> files = List.of(docx, FormatReadTest.fixture("sample.doc"), FormatReadTest.fixture("sample.odt"),
                FormatReadTest.fixture("sample.rtf"), FormatReadTest.fixture("sample.xls"));
        TikaFileReader reader = new TikaFileReader();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<ReadOutcome>> results = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Path f : files) {
                    results.add(pool.submit(() -> reader.read(f)));
                }
            }
            for (Future<ReadOutcome> r : results) {
                ReadOutcome o = r.get();
                ReadAssertions.assertSampleTable(ReadAssertions.readOk(o).tables().get(0));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(files).hasSize(5);
    }
}
