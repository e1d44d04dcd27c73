package org.govdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.govdoc.ingest.ScriptedReader;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {

    @TempDir
    Path tmp;

    private int ingest(String... more) {
        String[] args = new String[more.length + 2];
        args[0] = "--isolation=thread";
        args[1] = "--index=" + tmp.resolve("index");
        System.arraycopy(more, 0, args, 2, more.length);
        return new CommandLine(new IngestCommand(ScriptedReader::parsers)).execute(args);
    }

    @Test
    void aBatchWithFailedFilesStillExitsZeroAndWritesItsReport() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "THROW");
        Files.writeString(in.resolve("b.txt"), "好");
        Path report = tmp.resolve("reports/summary.json");
        assertThat(ingest(in.toString(), "--out", tmp.resolve("o/r.jsonl").toString(), "--report", report.toString()))
                .isZero();
        assertThat(Files.readAllLines(tmp.resolve("o/r.jsonl"))).hasSize(2);
        assertThat(Files.readString(report)).contains("\"internal\" : 1").contains("\"ok\" : 1");
    }

    @Test
    void badArgumentsExitTwo() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path out = tmp.resolve("r.jsonl").toAbsolutePath();
        assertThat(ingest(tmp.resolve("missing").toString(), "--out", out.toString())).isEqualTo(2);
        assertThat(ingest(in.toString(), "--threads", "0", "--out", out.toString())).isEqualTo(2);
        assertThat(ingest(in.toString(), "--timeout", "soon", "--out", out.toString())).isEqualTo(2);
        assertThat(ingest(in.toString(), "--no-such-flag", "--out", out.toString())).isEqualTo(2);
        assertThat(ingest("--out", out.toString())).as("no PATH").isEqualTo(2);
    }

    @Test
    void anUnwritableOutputExitsThree() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "好");
        Path aFile = Files.writeString(tmp.resolve("plain-file"), "x");
        assertThat(ingest(in.toString(), "--out", aFile.resolve("r.jsonl").toString())).isEqualTo(3);
        assertThat(ingest(in.toString(), "--out", tmp.resolve("o.jsonl").toString(),
                "--report", aFile.resolve("r.json").toString())).isEqualTo(3);
    }

    @Test
    void excludesFromTheCommandLine() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "好");
        Files.writeString(in.resolve("a.gold.json"), "{}");
        Files.writeString(in.resolve("b.log"), "日志");
        Path out = tmp.resolve("o.jsonl");
        assertThat(ingest(in.toString(), "--out", out.toString())).isZero();
        assertThat(Files.readAllLines(out)).hasSize(2);
        assertThat(ingest(in.toString(), "--out", out.toString(), "--exclude", "*.log")).isZero();
        assertThat(Files.readAllLines(out)).singleElement().asString().contains("a.txt");
        assertThat(ingest(in.toString(), "--out", out.toString(), "--no-default-excludes")).isZero();
        assertThat(Files.readAllLines(out)).hasSize(3);
        assertThat(ingest(in.toString(), "--out", out.toString(), "--exclude", "[bad")).as("a bad glob").isEqualTo(2);
    }
}
