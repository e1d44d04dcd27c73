package org.govdoc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/**
 * The JVM options the govdoc process runs with, from the {@code jvm.options} resource: the one list
 * the {@code ./govdoc} launcher reads (from the source tree) and the benchmark starts its ingest
 * JVMs with, so that what is measured is what users run.
 */
public final class JvmOptions {

    static final String RESOURCE = "jvm.options";

    private JvmOptions() {
    }

    /** The options, in order; blank lines and {@code #} comments left out. */
    public static List<String> standard() {
        try (InputStream in = JvmOptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> parse(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** The options with the heap replaced by {@code -Xmx<heap>}. */
    public static List<String> withHeap(String heap) {
        return Stream.concat(standard().stream().filter(o -> !o.startsWith("-Xmx")), Stream.of("-Xmx" + heap)).toList();
    }
}
