package org.govdoc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line streams: result lines on stdout and JSONL lines appear while the run goes on, and
 * a run stopped by a signal (Ctrl-C's SIGINT, or SIGTERM as here: both run the JVM's shutdown hooks)
 * checkpoints, says on stderr what was done, and the same command finishes the job.
 */
class StopAndStreamTest {

    private static final int FILES = 40;

    @TempDir
    Path tmp;

    @Test
    void linesAppearWhileTheRunGoesOnAndAStoppedRunSaysWhatItDid() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < FILES; i++) {
            Files.writeString(input.resolve(String.format("f%03d.txt", i)), "SLOW 文件" + i);
        }
        Path out = tmp.resolve("out/records.jsonl");
        Path index = tmp.resolve("out/index");
        Path stdout = tmp.resolve("stdout.txt");
        Path stderr = tmp.resolve("stderr.txt");
        Process run = ingest(input, out, index, stdout, stderr);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (run.isAlive() && System.nanoTime() < deadline && lines(stdout) < 5) {
            Thread.sleep(20);
        }
        List<String> printed = Files.readAllLines(stdout, StandardCharsets.UTF_8);
        assertThat(printed).as("result lines while the run goes on").hasSizeBetween(5, FILES - 1);
        assertThat(printed).allSatisfy(line -> assertThat(line).startsWith("ok\t"));

        run.destroy(); // SIGTERM: shutdown hooks run, as on Ctrl-C
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String said = Files.readString(stderr, StandardCharsets.UTF_8);
        assertThat(said).contains("govdoc ingest: interrupted: ").contains("run the same command again");
        long written = Files.readAllLines(out).size();
        assertThat(written).as("the JSONL holds what was done, flushed at the stop").isBetween(5L, (long) FILES - 1);
        assertThat(said).contains("interrupted: " + written + " records written");

        Process again = ingest(input, out, index, tmp.resolve("stdout2.txt"), tmp.resolve("stderr2.txt"));
        assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).isZero();
        List<String> all = Files.readAllLines(out);
        assertThat(all).hasSize(FILES).doesNotHaveDuplicates();
        assertThat(Files.readAllLines(tmp.resolve("stdout2.txt"))).as("the second run prints the files it wrote")
                .hasSize(FILES - (int) written);
    }

    private static long lines(Path file) throws Exception {
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).size() : 0;
    }

    private static Process ingest(Path input, Path out, Path index, Path stdout, Path stderr) throws Exception {
        Files.createDirectories(out.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), ScriptedIngestMain.class.getName(), input.toString(),
                "--out", out.toString(), "--index", index.toString(), "--threads", "1", "--isolation", "thread",
                "--commit-every", "1000"));
        return new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .directory(new File(System.getProperty("user.dir")))
                .start();
    }
}
