package org.govdoc.index;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import org.govdoc.index.RecordStore.FileStamp;

/**
 * The ingest registry: which bytes (sha256) each ingested path held and its {@link FileStamp}
 * (size and modification time) when it was read. Ingest skips a path whose stamp is unchanged and
 * removes the rows of paths that are gone. Rows change with the records
 * ({@link RecordStore#upsert}, {@link RecordStore#remove}) and become durable at the store's commit.
 */
public interface FileRegistry {

    /** The sha256 and stamp recorded for this path (changes since the last commit included), if any. */
    Optional<IndexedFile> lookupPath(String path) throws IOException;

    /**
     * Every path registered at the last commit that is {@code base} itself or lies below it: below a
     * folder ({@code base/...}) or inside an archive ({@code base!/...}). In the index's term order.
     */
    void forEachPathUnder(String base, Consumer<String> paths) throws IOException;

    /** What the registry knows of one path. */
    record IndexedFile(String path, String sha256, FileStamp stamp) {
    }
}
