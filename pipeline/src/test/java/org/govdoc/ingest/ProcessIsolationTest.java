package org.govdoc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.govdoc.record.Extraction;
import org.govdoc.record.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsers in worker JVMs: a hang is killed, a heap exhausted takes down only its worker. */
class ProcessIsolationTest {

    @TempDir
    Path tmp;

    @Test
    void aHangingParserAndAnExhaustedHeapFailOnlyTheirFiles() throws Exception {
        IngestFixture fx = new IngestFixture(tmp);
        fx.write("1-hang.txt", "HANG");
        fx.write("2-ok.txt", "第一份");
        fx.write("3-eat.txt", "EAT");
        fx.write("4-ok.txt", "第二份");
        IngestOptions options = IngestOptions.builder(List.of(fx.input), fx.out).threads(1)
                .timeLimit(Duration.ofSeconds(3)).workerHeapMb(48).commitEvery(10).build();

        IngestSummary summary = fx.run(options);

        List<Extraction> records = fx.records();
        assertThat(records).extracting(r -> r.error() == null ? "ok" : r.error().code())
                .containsExactly("timeout", "ok", "out_of_memory", "ok");
        assertThat(fx.record("4-ok.txt").text()).isEqualTo("第二份");
        assertThat(summary.parsedFailed()).containsEntry("timeout", 1L).containsEntry("out_of_memory", 1L);
    }

    @Test
    void aWorkerIsRestartedAfterItWasKilled() throws Exception {
        IngestFixture fx = new IngestFixture(tmp);
        fx.write("a.txt", "HANG");
        fx.write("b.txt", "乙");
        WorkerProcess worker = new WorkerProcess(settings(), 1);
        try (FileParser parser = worker.parser()) {
            Extraction hang = parser.parse(request(fx.input.resolve("a.txt")), Duration.ofSeconds(2));
            Extraction next = parser.parse(request(fx.input.resolve("b.txt")), Duration.ofSeconds(30));
            assertThat(hang.error().code()).isEqualTo("timeout");
            assertThat(next.text()).isEqualTo("乙");
            assertThat(worker.starts()).isEqualTo(2);
        }
    }

    /** Two files read at once by one worker of two threads: the first sent, half a second later the second. */
    private static List<Extraction> readTogether(WorkerProcess worker, Path first, Duration firstLimit, Path second,
                                                 Duration secondLimit) throws Exception {
        try (FileParser one = worker.parser(); FileParser two = worker.parser()) {
            CompletableFuture<Extraction> early = CompletableFuture.supplyAsync(() -> one.parse(request(first), firstLimit));
            Thread.sleep(500); // the first file is in the worker when the second arrives
            Extraction late = two.parse(request(second), secondLimit);
            return List.of(early.get(), late);
        }
    }

    @Test
    void aFileInTheSharedWorkerWhenAnotherTimesOutIsSentAgain() throws Exception {
        IngestFixture fx = new IngestFixture(tmp);
        fx.write("hang.txt", "HANG");
        fx.write("nap.txt", "NAP 三秒");
        WorkerProcess worker = new WorkerProcess(settings(), 2);
        List<Extraction> read = readTogether(worker, fx.input.resolve("hang.txt"), Duration.ofSeconds(2),
                fx.input.resolve("nap.txt"), Duration.ofSeconds(30));
        assertThat(read.get(0).error().code()).isEqualTo("timeout");
        assertThat(read.get(1).status()).isEqualTo(Status.OK);
        assertThat(read.get(1).text()).isEqualTo("NAP 三秒");
        assertThat(worker.starts()).isEqualTo(2);
    }

    @Test
    void whenTheSharedWorkerDiesEachFileInItIsReadAgainAlone() throws Exception {
        IngestFixture fx = new IngestFixture(tmp);
        fx.write("eat.txt", "EAT");
        fx.write("nap.txt", "NAP 无辜的文件");
        WorkerProcess worker = new WorkerProcess(settings(), 2);
        List<Extraction> read = readTogether(worker, fx.input.resolve("nap.txt"), Duration.ofSeconds(30),
                fx.input.resolve("eat.txt"), Duration.ofSeconds(30));
        assertThat(read.get(1).error().code()).isEqualTo("out_of_memory");
        assertThat(read.get(0).status()).isEqualTo(Status.OK);
        assertThat(read.get(0).text()).isEqualTo("NAP 无辜的文件");
        // the first worker and one or two more: the eater alone kills one; the nap alone, if read
        // first, leaves its worker to the eater
        assertThat(worker.starts()).isBetween(2, 3);
    }

    /**
     * Issue 18, hole 2: three files die together in a worker that one of them ran out of memory, so each is
     * read again alone. When the hanging one goes first, its timeout kills that worker, whose pipe stays
     * open a while (HOLD); the next file read alone must get a fresh worker, not the one just killed (it
     * used to be sent there, cut short, and failed as {@code internal}, "restarted 8 times").
     */
    @Test
    void aFileReadAloneAfterAnOutOfMemoryIsNotHandedAWorkerKilledForAnotherFilesTimeout() throws Exception {
        IngestFixture fx = new IngestFixture(tmp);
        fx.write("hold.txt", "HOLD");
        fx.write("nap.txt", "NAP 无辜的文件");
        fx.write("eat.txt", "EAT");
        WorkerProcess worker = new WorkerProcess(settings(), 3);
        try (FileParser one = worker.parser(); FileParser two = worker.parser(); FileParser three = worker.parser()) {
            // sent in this order, so that the hanging file tends to be first to be read alone
            CompletableFuture<Extraction> hold = CompletableFuture.supplyAsync(
                    () -> one.parse(request(fx.input.resolve("hold.txt")), Duration.ofSeconds(4)));
            Thread.sleep(300);
            CompletableFuture<Extraction> nap = CompletableFuture.supplyAsync(
                    () -> two.parse(request(fx.input.resolve("nap.txt")), Duration.ofSeconds(30)));
            Thread.sleep(300);
            Extraction eat = three.parse(request(fx.input.resolve("eat.txt")), Duration.ofSeconds(30));

            assertThat(hold.get().error().code()).isEqualTo("timeout");
            assertThat(eat.error().code()).isEqualTo("out_of_memory");
            assertThat(nap.get().error()).as("the innocent file").isNull();
            assertThat(nap.get().text()).isEqualTo("NAP 无辜的文件");
        }
    }

    @Test
    void theJvmsOwnOutOfMemoryLineGoesToTheWorkersLogNotToTheProtocolPipe() throws Exception {
        IngestFixture fx = new IngestFixture(tmp);
        fx.write("eat.txt", "EAT");
        Path log = tmp.resolve("workers.log");
        WorkerProcess worker = new WorkerProcess(new WorkerProcess.WorkerSettings(
                ScriptedParseWorker.class.getName(), 48, log), 1);
        try (FileParser parser = worker.parser()) {
            Extraction eaten = parser.parse(request(fx.input.resolve("eat.txt")), Duration.ofSeconds(30));
            assertThat(eaten.error().code()).isEqualTo("out_of_memory");
        }
        assertThat(Files.readString(log)).contains("Terminating due to java.lang.OutOfMemoryError");
    }

    private static WorkerProcess.WorkerSettings settings() {
        return new WorkerProcess.WorkerSettings(ScriptedParseWorker.class.getName(), 48, null);
    }

    private static ParseRequest request(Path file) {
        return new ParseRequest(file.toString(), file.toString(), file.getFileName().toString(), 3, "0".repeat(64), false);
    }
}
