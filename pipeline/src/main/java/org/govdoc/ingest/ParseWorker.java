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

    /** @param args optional: the reader class name (see {@link Readers}) */
    public static void main(String[] args) throws IOException {
        PrintStream protocolOut = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        ObjectMapper json = RecordJson.mapper();
        ParseTask task = new ParseTask(Readers.create(args.length > 0 ? args[0] : null), new Extractor());
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
