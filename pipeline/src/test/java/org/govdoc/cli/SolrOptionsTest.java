package org.govdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The --solr options of the CLI on the CLI's own class path (SolrJ's JDK client without Jetty): a
 * collection that does not answer is a clear message and an exit status, after the retries. The
 * SolrCloud behaviour itself is tested against a real cluster in the solr-plugin module.
 */
class SolrOptionsTest {

    @TempDir
    Path tmp;

    private static String deadUrl() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return "http://127.0.0.1:" + s.getLocalPort() + "/solr";
        }
    }

    private record Run(int code, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldErr = System.err;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            return new Run(Main.run(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
        }
    }

    @Test
    void searchReportsASolrThatDoesNotAnswer() throws Exception {
        String url = deadUrl();
        Run search = run("search", "满意度", "--solr", url, "--collection", "c");
        assertThat(search.code()).isEqualTo(2);
        assertThat(search.err()).contains("govdoc search:", "search failed", url);
    }

    @Test
    void foldingIsRefusedOnSolrAsABadArgument() throws Exception {
        Run search = run("search", "满意度", "--fold", "--solr", deadUrl());
        assertThat(search.code()).isEqualTo(2);
        assertThat(search.err()).contains("govdoc search:", "embedded index only");
    }

    @Test
    void ingestReportsASolrThatDoesNotAnswerAsAnOutputItCannotWrite() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "呈贡区政务服务局牵头推进一网通办。", StandardCharsets.UTF_8);
        Run ingest = run("ingest", in.toString(), "--out", tmp.resolve("out.jsonl").toString(), "--index",
                tmp.resolve("index").toString(), "--isolation", "thread", "--solr", deadUrl());
        assertThat(ingest.code()).isEqualTo(IngestCommand.UNWRITABLE_OUTPUT);
        assertThat(ingest.err()).contains("govdoc ingest: the records did not all reach Solr", "failed 8 times");
        assertThat(tmp.resolve("out.jsonl")).as("the JSONL is complete all the same").content(StandardCharsets.UTF_8)
                .contains("a.txt");
    }

    @Test
    void aMalformedSolrUrlIsABadArgument() {
        Run ingest = run("ingest", tmp.toString(), "--out", tmp.resolve("o.jsonl").toString(), "--solr", "localhost:8983");
        assertThat(ingest.code()).isEqualTo(IngestCommand.BAD_ARGUMENTS);
        assertThat(ingest.err()).contains("not an http(s) URL");
    }
}
