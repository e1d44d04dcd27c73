package org.govdoc.read.ocr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the ingest's OCR choices reach the readers: the mode ({@value OcrMode#PROPERTY}) and the
 * cache folder ({@value #CACHE_PROPERTY}) are JVM system properties, set once by the command
 * line before any file is read and passed on to worker JVMs as {@code -D} options, because the
 * readers are built deep inside the parser threads and worker processes.
 */
public final class OcrSettings {

    public static final String CACHE_PROPERTY = "govdoc.ocr.cache";

    private OcrSettings() {
    }

    /** Sets the mode and cache folder (null: no cache) for this JVM and its workers. */
    public static void apply(OcrMode mode, Path cache) {
        System.setProperty(OcrMode.PROPERTY, mode.name().toLowerCase(java.util.Locale.ROOT));
        if (cache == null) {
            System.clearProperty(CACHE_PROPERTY);
        } else {
            System.setProperty(CACHE_PROPERTY, cache.toAbsolutePath().toString());
        }
    }

    /** The {@code -D} options that give a worker JVM this JVM's OCR settings. */
    public static List<String> jvmOptions() {
        List<String> out = new ArrayList<>();
        for (String p : List.of(OcrMode.PROPERTY, CACHE_PROPERTY, "govdoc.ocr.threads")) {
            String v = System.getProperty(p);
            if (v != null) {
                out.add("-D" + p + "=" + v);
            }
        }
        return out;
    }
}
