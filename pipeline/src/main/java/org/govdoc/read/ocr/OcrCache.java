package org.govdoc.read.ocr;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OCR results by the content hash of the page image (SHA-256 of its pixels and size, and the
 * engine version), one small JSON file each in a folder: a re-ingest, or the same page in another
 * file, is never recognised twice. Writes go through a temporary file and a rename, so parallel
 * workers and a killed run leave no half-written entry. A folder that cannot be written only
 * costs the cache (logged), never the page.
 */
public final class OcrCache {

    /** Changes when the engine's output for the same image can change (models, settings, revision). */
    static final String ENGINE_VERSION = OcrEngine.STAMP;

    private static final Logger LOG = LoggerFactory.getLogger(OcrCache.class);
    private static final TypeReference<Entry> ENTRY = new TypeReference<>() {
    };

    /** What is stored for a page: its skew and its lines in pixels of the straightened image. */
    public record Entry(double skew, List<OcrLine> lines) {
    }

    private final Path folder;
    private final ObjectMapper json = new ObjectMapper();

    /** @param folder where entries live, or null for no cache */
    public OcrCache(Path folder) {
        this.folder = folder;
    }

    /** The cache of the folder the system property {@code govdoc.ocr.cache} names, if any. */
    public static OcrCache fromSystemProperty() {
        String dir = System.getProperty(OcrSettings.CACHE_PROPERTY);
        return new OcrCache(dir == null || dir.isBlank() ? null : Path.of(dir));
    }

    public static String key(GrayImage image) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(ENGINE_VERSION.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            d.update(ByteBuffer.allocate(8).putInt(image.width()).putInt(image.height()).array());
            d.update(image.pixels());
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The entry of a page image when it was made at the given skew: one made at another (by an
     * older {@link Deskew}) holds the lines of another straightened image and is recognised again.
     */
    Optional<Entry> get(String key, double skew) {
        return get(key).filter(e -> Math.abs(e.skew() - skew) < 1e-6);
    }

    Optional<Entry> get(String key) {
        if (folder == null) {
            return Optional.empty();
        }
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(file.toFile(), ENTRY));
        } catch (IOException e) {
            LOG.warn("OCR cache entry {} unreadable, recognising again: {}", file, e.toString());
            return Optional.empty();
        }
    }

    void put(String key, Entry entry) {
        if (folder == null) {
            return;
        }
        Path file = file(key);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), key, ".tmp");
            json.writeValue(tmp.toFile(), entry);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("OCR cache folder {} cannot be written: {}", folder, e.toString());
        }
    }

    private Path file(String key) {
        return folder.resolve(key.substring(0, 2)).resolve(key + ".json");
    }
}
