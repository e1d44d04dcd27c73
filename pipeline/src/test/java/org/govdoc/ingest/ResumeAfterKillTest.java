package org.govdoc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.govdoc.index.LuceneRecordStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed with SIGKILL half-way, then run again, ends with the same index and JSONL as a
 * run that was never interrupted: the same lines (the JSONL is in the order records were ready, so
 * compared as sets), each file exactly once.
 */
class ResumeAfterKillTest {

    private static final int FILES = 60;

    @TempDir
    Path tmp;

    @Test
    void aKilledIngestResumesToTheSameRecordsAsAnUninterruptedOne() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < FILES; i++) {
            Path file = input.resolve(String.format("d%02d/f%03d.txt", i % 4, i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, "SLOW 文件" + i);
        }

        Path killedOut = tmp.resolve("killed/records.jsonl");
        Path killedIndex = tmp.resolve("killed/index");
        Process first = ingest(input, killedOut, killedIndex);
        waitForCommits(killedIndex, 2, first);
        List<String> whileRunning = Files.readAllLines(killedOut);
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(whileRunning).as("lines are written while the run goes on").isNotEmpty().hasSizeLessThan(FILES);

        Process again = ingest(input, killedOut, killedIndex);
        assertThat(again.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).isZero();

        Path cleanOut = tmp.resolve("clean/records.jsonl");
        Path cleanIndex = tmp.resolve("clean/index");
        Process clean = ingest(input, cleanOut, cleanIndex);
        assertThat(clean.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(clean.exitValue()).isZero();

        List<String> resumed = Files.readAllLines(killedOut);
        assertThat(resumed).hasSize(FILES).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Files.readAllLines(cleanOut));
        try (FSDirectory dir = FSDirectory.open(killedIndex); CheckIndex check = new CheckIndex(dir)) {
            assertThat(check.checkIndex().clean).isTrue();
        }
        try (LuceneRecordStore store = LuceneRecordStore.open(killedIndex)) {
            try (Stream<Path> files = Files.walk(input)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertThat(store.lookupPath(f.toString())).as(f.toString()).isPresent();
                }
            }
        }
    }

    private static Process ingest(Path input, Path out, Path index) throws Exception {
        Files.createDirectories(out.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), ScriptedIngestMain.class.getName(), input.toString(),
                "--out", out.toString(), "--index", index.toString(), "--threads", "2", "--isolation", "thread",
                "--commit-every", "5"));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(out.resolveSibling("log-" + System.nanoTime() + ".txt").toFile())
                .directory(new File(System.getProperty("user.dir")))
                .start();
    }

    /** Waits until the index has had {@code n} commits after its first (empty) one. */
    private static void waitForCommits(Path index, int n, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.isDirectory(index)) {
                try (Stream<Path> files = Files.list(index)) {
                    long generation = files.map(p -> p.getFileName().toString())
                            .filter(name -> name.startsWith("segments_"))
                            .mapToLong(name -> Long.parseLong(name.substring(9), Character.MAX_RADIX))
                            .max().orElse(0);
                    if (generation >= 1 + n) {
                        return;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the first run did not commit in time (alive: " + process.isAlive() + ")");
    }
}
