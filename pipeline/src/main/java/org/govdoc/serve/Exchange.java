package org.govdoc.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.govdoc.record.RecordJson;

/** One request being answered: its parameters, path variables and the ways to answer it. */
public final class Exchange {

    private static final ObjectMapper JSON = RecordJson.mapper();

    private final HttpExchange http;
    private final QueryParams params;
    private final List<String> pathVariables;
    private boolean answered;

    Exchange(HttpExchange http, QueryParams params, List<String> pathVariables) {
        this.http = http;
        this.params = params;
        this.pathVariables = List.copyOf(pathVariables);
    }

    public QueryParams params() {
        return params;
    }

    /** The i-th {name} of the route's path. */
    public String pathVariable(int i) {
        return pathVariables.get(i);
    }

    public HttpExchange http() {
        return http;
    }

    boolean answered() {
        return answered;
    }

    /** Answers with a JSON body. */
    public void json(int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        http.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        http.getResponseHeaders().set("Cache-Control", "no-store");
        send(status, bytes);
    }

    /** Answers with bytes of a media type. */
    public void send(int status, byte[] bytes, String mediaType) throws IOException {
        http.getResponseHeaders().set("Content-Type", mediaType);
        send(status, bytes);
    }

    private void send(int status, byte[] bytes) throws IOException {
        answered = true;
        http.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = http.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Starts a streamed answer (chunked) of a media type, as a download named {@code fileName}. */
    public OutputStream stream(String mediaType, String fileName) throws IOException {
        answered = true;
        http.getResponseHeaders().set("Content-Type", mediaType);
        if (fileName != null) {
            http.getResponseHeaders().set("Content-Disposition", "attachment; filename*=UTF-8''"
                    + java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        http.sendResponseHeaders(200, 0);
        return http.getResponseBody();
    }
}
