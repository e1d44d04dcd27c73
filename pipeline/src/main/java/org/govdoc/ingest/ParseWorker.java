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
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.govdoc.extract.Extractor;
import org.govdoc.read.FileReader;
import org.govdoc.read.TikaFileReader;
import org.govdoc.record.Extraction;
import org.govdoc.record.RecordJson;

/**
 * The main class of a worker JVM: reads one {@link ParseRequest} per line on stdin, answers one
 * {@link Extraction} per line on stdout. Prints {@value #READY} once it is ready. Anything a parser
 * prints to System.out goes to stderr so that it cannot corrupt the protocol. Started with
 * {@code -XX:+ExitOnOutOfMemoryError}, so running out of memory ends the process (the parent sees
 * it and restarts it).
 */
public final class ParseWorker {

    static final String READY = "govdoc-worker-ready";

    private ParseWorker() {
    }

    /** Serves with the standard reader. */
    public static void main(String[] args) throws IOException {
        serve(new TikaFileReader());
    }

    /**
     * Serves requests from stdin with this reader until stdin ends. The entry point of any worker
     * main class (tests serve a scripted reader this way).
     */
    public static void serve(FileReader reader) throws IOException {
        PrintStream protocolOut = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        ObjectMapper json = RecordJson.mapper();
        ParseTask task = new ParseTask(reader, new Extractor());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Writer out = new BufferedWriter(new OutputStreamWriter(protocolOut, StandardCharsets.UTF_8), 1 << 16);
        out.write(READY);
        out.write('\n');
        out.flush();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            ParseRequest request = json.readValue(line, ParseRequest.class);
            Extraction record = task.run(request);
            out.write(json.writeValueAsString(record));
            out.write('\n');
            out.flush();
        }
    }
}
