package org.govdoc.spark;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govdoc.ingest.ParseWorker;

/**
 * The class path of an executor's worker JVM: where this executor found govdoc's classes. Under
 * {@code spark-submit} the job's jar is loaded by a class loader of Spark's own (a
 * {@link URLClassLoader} holding the jar the executor fetched), not from {@code java.class.path},
 * which holds Spark's jars; a worker started with that would find no govdoc. In a plain JVM (tests,
 * {@code local} mode in one's own program) govdoc is on {@code java.class.path} and that is used.
 */
final class WorkerClassPath {

    private WorkerClassPath() {
    }

    /** The class path that holds {@link ParseWorker} and what it needs. */
    static String of() {
        return of(ParseWorker.class.getClassLoader());
    }

    /** The local files of this loader's class path, or this JVM's class path when it has none. */
    static String of(ClassLoader loader) {
        if (loader instanceof URLClassLoader urls && urls.getURLs().length > 0) {
            List<String> entries = new ArrayList<>();
            for (URL url : urls.getURLs()) {
                if ("file".equals(url.getProtocol())) {
                    try {
                        entries.add(Path.of(url.toURI()).toString());
                    } catch (URISyntaxException | IllegalArgumentException e) {
                        // not a local file: a worker could not load it anyway
                    }
                }
            }
            if (!entries.isEmpty()) {
                return String.join(File.pathSeparator, entries);
            }
        }
        return System.getProperty("java.class.path");
    }
}
