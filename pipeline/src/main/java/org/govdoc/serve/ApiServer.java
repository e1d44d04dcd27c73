package org.govdoc.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of {@code govdoc serve} on the JDK's {@link HttpServer}: routes the API
 * ({@link ApiRoutes}), serves the page ({@link StaticFiles}), and guards every request: the Host
 * header must name this server (no DNS rebinding), an {@code Origin} of another site is refused (no
 * CORS, no cross-site uploads), the token when there is one, bounded query strings. Errors are JSON
 * {@code {"error": {"code", "message"}}}; an unexpected failure is logged and answered as
 * {@code internal} without its stack trace.
 */
public final class ApiServer implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    /** Longest query string accepted. */
    static final int MAX_QUERY_CHARS = 4096;
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private final HttpServer server;
    private final ExecutorService workers;
    private final List<Route> routes;
    private final ServeSettings settings;

    private ApiServer(HttpServer server, ExecutorService workers, List<Route> routes, ServeSettings settings) {
        this.server = server;
        this.workers = workers;
        this.routes = routes;
        this.settings = settings;
    }

    /** Starts listening; {@link #close()} stops. */
    public static ApiServer start(ApiRoutes api, ServeSettings settings) throws IOException {
        configureJdkServer();
        HttpServer server = HttpServer.create(new InetSocketAddress(settings.bind(), settings.port()), 64);
        // bounded: a burst beyond the queue is answered by the accepting thread itself (back-pressure)
        ExecutorService workers = new ThreadPoolExecutor(settings.threads(), settings.threads(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(256), r -> {
                    Thread t = new Thread(r, "govdoc-serve");
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        ApiServer s = new ApiServer(server, workers, api.routes(), settings);
        server.createContext("/", s::handle);
        server.setExecutor(workers);
        server.start();
        return s;
    }

    /**
     * The JDK server's settings, which it reads once from system properties when its first server is
     * made: TCP_NODELAY (without it, the headers and the body of an answer go out as two segments and
     * the second waits for the client's delayed ACK: 40–50 ms on every request, measured by
     * {@code govdoc bench serve}); a request must be done within 300 s, an upload and its ingest included (a slow client cannot hold
     * a thread); an idle connection is closed after 30 s. A value set on the command line wins.
     */
    private static void configureJdkServer() {
        System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
        System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", "300");
        System.getProperties().putIfAbsent("sun.net.httpserver.idleInterval", "30");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The base address of the page, e.g. http://127.0.0.1:8080/. */
    public URI base() {
        String host = settings.bind().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** The routes, as {@code openapi.json} must describe them. */
    public List<Route> routes() {
        return routes;
    }

    private void handle(HttpExchange http) {
        try (http) {
            http.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            http.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            http.getResponseHeaders().set("X-Frame-Options", "DENY");
            Exchange x = new Exchange(http, QueryParams.parse(null), List.of());
            try {
                x = dispatch(http);
            } catch (BadRequest e) {
                if (!x.answered()) {
                    error(x, e.status(), e.code(), e.getMessage());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error(x, 503, "unavailable", "the server is stopping");
            } catch (IOException e) {
                LOG.debug("request {} {} ended: {}", http.getRequestMethod(), http.getRequestURI(), e.toString());
                if (!x.answered()) {
                    error(x, 500, "internal", "the server could not answer this request (" + e.getClass().getSimpleName() + ")");
                }
            } catch (RuntimeException e) {
                LOG.error("request {} {} failed", http.getRequestMethod(), http.getRequestURI(), e);
                if (!x.answered()) {
                    error(x, 500, "internal", "the server failed on this request; its log says why");
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("answer to {} not sent: {}", http.getRequestURI(), e.toString());
        }
    }

    private static void error(Exchange x, int status, String code, String message) {
        try {
            x.json(status, Map.of("error", Map.of("code", code, "message", message)));
        } catch (IOException e) {
            LOG.debug("error answer not sent: {}", e.toString());
        }
    }

    /** Routes a request; throws what is answered as an error. Returns the exchange it answered. */
    private Exchange dispatch(HttpExchange http) throws IOException, InterruptedException {
        checkHost(http);
        checkOrigin(http);
        String raw = http.getRequestURI().getRawQuery();
        if (raw != null && raw.length() > MAX_QUERY_CHARS) {
            throw new BadRequest(414, "query_too_long", "the query string is over " + MAX_QUERY_CHARS + " characters");
        }
        String path = http.getRequestURI().getPath();
        String method = http.getRequestMethod();
        if (!path.startsWith("/api/")) {
            Optional<Map.Entry<byte[], String>> asset = StaticFiles.get(path);
            if (asset.isEmpty()) {
                throw new BadRequest(404, "not_found", "no page at " + path);
            }
            if (!method.equals("GET")) {
                http.getResponseHeaders().set("Allow", "GET");
                throw new BadRequest(405, "method_not_allowed", method + " is not allowed on " + path);
            }
            if (path.equals("/")) {
                http.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
                        + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
            }
            Exchange x = new Exchange(http, QueryParams.parse(null), List.of());
            x.send(200, asset.get().getKey(), asset.get().getValue());
            return x;
        }
        checkToken(http);
        QueryParams params = QueryParams.parse(raw);
        String allowed = "";
        for (Route r : routes) {
            Optional<List<String>> vars = r.match(path);
            if (vars.isEmpty()) {
                continue;
            }
            if (r.method().equals(method)) {
                Exchange x = new Exchange(http, params, vars.get());
                r.handler().handle(x);
                return x;
            }
            allowed = allowed.isEmpty() ? r.method() : allowed + ", " + r.method();
        }
        if (!allowed.isEmpty()) {
            http.getResponseHeaders().set("Allow", allowed);
            throw new BadRequest(405, "method_not_allowed", method + " is not allowed on " + path + " (" + allowed + ")");
        }
        throw new BadRequest(404, "not_found", "no API route " + path + "; see /api/openapi.json");
    }

    /** On loopback, the Host header must name loopback: a page of another site cannot reach us by DNS rebinding. */
    private void checkHost(HttpExchange http) {
        if (!settings.bind().isLoopbackAddress()) {
            return; // the token guards a server bound elsewhere
        }
        String host = http.getRequestHeaders().getFirst("Host");
        String name = host == null ? "" : host.replaceFirst(":\\d+$", "");
        if (!LOOPBACK_HOSTS.contains(name)) {
            throw new BadRequest(403, "forbidden_host", "this server answers requests to localhost only");
        }
    }

    /** A request a page of another site sends (it has an Origin that is not ours) is refused: no CORS. */
    private static void checkOrigin(HttpExchange http) {
        String origin = http.getRequestHeaders().getFirst("Origin");
        String host = http.getRequestHeaders().getFirst("Host");
        if (origin != null && !origin.equals("null") && !origin.equals("http://" + host)) {
            throw new BadRequest(403, "forbidden_origin", "requests from other sites are not allowed (no CORS)");
        }
        if ("null".equals(origin)) {
            throw new BadRequest(403, "forbidden_origin", "requests from opaque origins are not allowed");
        }
    }

    private void checkToken(HttpExchange http) {
        if (settings.token() == null) {
            return;
        }
        String auth = http.getRequestHeaders().getFirst("Authorization");
        String given = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).strip() : "";
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                settings.token().strip().getBytes(StandardCharsets.UTF_8))) {
            http.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            throw new BadRequest(401, "unauthorized", "this server needs its token: Authorization: Bearer <token>");
        }
    }

    @Override
    public void close() {
        server.stop(1);
        workers.shutdownNow();
    }
}
