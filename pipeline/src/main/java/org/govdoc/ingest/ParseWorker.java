package org.govdoc.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.govdoc.extract.Extractor;
import org.govdoc.read.FileReader;
import org.govdoc.read.TikaFileReader;
import org.govdoc.record.Extraction;
import org.govdoc.record.RecordJson;

/**
 * The main class of a worker JVM: reads one request per line on stdin ({@code id TAB} a
 * {@link ParseRequest} as JSON) and answers one line per request on stdout ({@code id TAB} the
 * {@link Extraction} as JSON), reading up to {@value #THREADS_PROPERTY} files at once. Prints
 * {@value #READY} once it is ready. Anything a parser prints to System.out goes to stderr so that it
 * cannot corrupt the protocol. Started with {@code -XX:+ExitOnOutOfMemoryError}, so running out of
 * memory ends the process (the parent sees it; see {@link WorkerProcess}).
 */
public final class ParseWorker {

    static final String READY = "govdoc-worker-ready";
    /** System property: how many files the worker reads at once (default 1). */
    static final String THREADS_PROPERTY = "govdoc.worker.threads";

    private ParseWorker() {
    }

    /** Serves with the standard reader. */
    public static void main(String[] args) throws IOException, InterruptedException {
        serve(new TikaFileReader());
    }

    /**
     * Serves requests from stdin with this reader (which must be thread-safe) until stdin ends, then
     * finishes the files in hand. The entry point of any worker main class (tests serve a scripted
     * reader this way).
     */
    public static void serve(FileReader reader) throws IOException, InterruptedException {
        PrintStream protocolOut = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        ObjectMapper json = RecordJson.mapper();
        ParseTask task = new ParseTask(reader, new Extractor());
        int threads = Math.max(1, Integer.getInteger(THREADS_PROPERTY, 1));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Writer out = new BufferedWriter(new OutputStreamWriter(protocolOut, StandardCharsets.UTF_8), 1 << 16);
        answer(out, READY);
        String line;
        while ((line = in.readLine()) != null) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String id = line.substring(0, tab);
            ParseRequest request = json.readValue(line.substring(tab + 1), ParseRequest.class);
            pool.execute(() -> {
                Extraction record = task.run(request);
                try {
                    answer(out, id + '\t' + json.writeValueAsString(record));
                } catch (IOException e) {
                    throw new UncheckedIOException(e); // the parent is gone
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.DAYS);
    }

    private static void answer(Writer out, String line) throws IOException {
        synchronized (out) {
            out.write(line);
            out.write('\n');
            out.flush();
        }
    }
}
