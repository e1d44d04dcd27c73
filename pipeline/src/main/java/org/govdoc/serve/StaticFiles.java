package org.govdoc.serve;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/**
 * The files of the web page, served from the jar: a fixed list of names (no path from a request ever
 * reaches the class path), the page's own files and the chart library of its WebJar.
 */
final class StaticFiles {

    /** The version of the Chart.js WebJar in pipeline/pom.xml. */
    static final String CHART_JS = "/webjars/chart.js/4.5.1/dist/chart.umd.min.js";

    private record Asset(String resource, String mediaType) {
    }

    private static final String WEB = "/org/govdoc/serve/web/";
    private static final Map<String, Asset> ASSETS = Map.of(
            "/", new Asset(WEB + "index.html", "text/html; charset=utf-8"),
            "/static/app.js", new Asset(WEB + "app.js", "text/javascript; charset=utf-8"),
            "/static/app.css", new Asset(WEB + "app.css", "text/css; charset=utf-8"),
            CHART_JS, new Asset("/META-INF/resources" + CHART_JS, "text/javascript; charset=utf-8"));

    private StaticFiles() {
    }

    /** The bytes and media type of the asset at this request path, if it is one. */
    static Optional<Map.Entry<byte[], String>> get(String path) throws IOException {
        Asset a = ASSETS.get(path);
        if (a == null) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(resource(a.resource()), a.mediaType()));
    }

    /** A file of the serve package's resources (openapi.json). */
    static byte[] read(String name) throws IOException {
        return resource("/org/govdoc/serve/" + name);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = StaticFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name + " (a build problem)");
            }
            return in.readAllBytes();
        }
    }
}
