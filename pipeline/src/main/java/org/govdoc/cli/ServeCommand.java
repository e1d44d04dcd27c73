package org.govdoc.cli;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.govdoc.ingest.IngestOptions;
import org.govdoc.serve.ApiRoutes;
import org.govdoc.serve.ApiServer;
import org.govdoc.serve.SearchBackend;
import org.govdoc.serve.ServeSettings;
import org.govdoc.serve.UploadIngest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code govdoc serve}: the REST API and the web search page over an index. See docs/serve.md. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the index: a REST API (JSON, described at /api/openapi.json) and a web search page at /.",
            "Read-only and on loopback unless told otherwise; binding another address needs --token. Stops on Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--index", paramLabel = "DIR", defaultValue = SearchFilters.DEFAULT_INDEX,
            description = "Index folder (default: ${DEFAULT-VALUE})")
    Path index;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}); any other than loopback needs --token")
    String bind;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free port)")
    int port;

    @Option(names = "--token", paramLabel = "T",
            description = "Required on every API call as 'Authorization: Bearer T' (at least 16 characters); the page asks for it once")
    String token;

    @Option(names = "--allow-ingest", description = "Accept uploads at POST /api/ingest: each file is read like govdoc ingest into the index")
    boolean allowIngest;

    @Option(names = "--max-upload", paramLabel = "BYTES", defaultValue = "" + (50L * 1024 * 1024),
            description = "Largest upload accepted with --allow-ingest (default: ${DEFAULT-VALUE})")
    long maxUpload;

    @Option(names = "--upload-dir", paramLabel = "DIR",
            description = "Where uploaded files are kept (default: the index folder's name + '-uploads', beside it)")
    Path uploadDir;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "8", description = "Requests answered at once (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--max-export-rows", paramLabel = "N", defaultValue = "1000000",
            description = "Most rows of one export (default: ${DEFAULT-VALUE})")
    long maxExportRows;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        ServeSettings settings;
        try {
            if (maxUpload < 1) {
                throw new IllegalArgumentException("--max-upload must be at least 1 byte");
            }
            if (maxExportRows < 1) {
                throw new IllegalArgumentException("--max-export-rows must be at least 1");
            }
            settings = new ServeSettings(address(bind), port, token, threads, maxExportRows);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        SearchBackend backend;
        try {
            backend = SearchBackend.open(index);
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            err.println("govdoc serve: " + e.getMessage());
            return 2;
        }
        Path uploads = uploadDir != null ? uploadDir : index.toAbsolutePath().normalize()
                .resolveSibling(index.toAbsolutePath().normalize().getFileName() + "-uploads");
        try (backend;
             UploadIngest ingest = allowIngest ? new UploadIngest(index, uploads, maxUpload,
                     IngestOptions.Isolation.PROCESS, err) : null;
             ApiServer server = ApiServer.start(new ApiRoutes(backend, ingest, maxExportRows), settings)) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.println("govdoc serve: " + server.base() + " (API description: " + server.base() + "api/openapi.json)");
            err.println(allowIngest ? "uploads accepted at POST /api/ingest, kept in " + uploads : "read-only; Ctrl-C stops");
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return 0;
    }

    private static InetAddress address(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind: unknown address '" + host + "'");
        }
    }
}
