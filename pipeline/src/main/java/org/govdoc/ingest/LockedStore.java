package org.govdoc.ingest;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.govdoc.index.FileRegistry;
import org.govdoc.index.FileRegistry.IndexedFile;
import org.govdoc.index.RecordStore;
import org.govdoc.record.Extraction;

/**
 * The store as ingest's walker and writer share it: one call at a time, so a store need not be
 * thread-safe for ingest to look up paths while it writes.
 */
final class LockedStore implements RecordStore {

    private final RecordStore store;
    private final FileRegistry registry;

    LockedStore(RecordStore store) {
        this.store = store;
        FileRegistry inner = store.registry();
        this.registry = new FileRegistry() {
            @Override
            public Optional<IndexedFile> lookupPath(String path) throws IOException {
                synchronized (LockedStore.this) {
                    return inner.lookupPath(path);
                }
            }

            @Override
            public void forEachPathUnder(String base, Consumer<String> paths) throws IOException {
                synchronized (LockedStore.this) {
                    inner.forEachPathUnder(base, paths);
                }
            }
        };
    }

    @Override
    public synchronized void upsert(Extraction record, FileStamp stamp) throws IOException {
        store.upsert(record, stamp);
    }

    @Override
    public synchronized int remove(String path) throws IOException {
        return store.remove(path);
    }

    Optional<IndexedFile> lookupPath(String path) throws IOException {
        return registry.lookupPath(path);
    }

    @Override
    public FileRegistry registry() {
        return registry;
    }

    @Override
    public synchronized boolean containsSha256(String sha256) throws IOException {
        return store.containsSha256(sha256);
    }

    @Override
    public synchronized boolean containsCurrentRecord(String sha256) throws IOException {
        return store.containsCurrentRecord(sha256);
    }

    @Override
    public synchronized Optional<Extraction> record(String sha256) throws IOException {
        return store.record(sha256);
    }

    @Override
    public synchronized void commit(Map<String, String> checkpoint) throws IOException {
        store.commit(checkpoint);
    }

    @Override
    public synchronized Map<String, String> lastCheckpoint() throws IOException {
        return store.lastCheckpoint();
    }

    @Override
    public void close() {
        // the caller owns the store
    }
}
