package org.govdoc.ingest;

import java.io.IOException;
import java.util.Optional;
import org.govdoc.index.RecordStore;
import org.govdoc.index.RecordStore.FileStamp;
import org.govdoc.index.RecordStore.IndexedFile;
import org.govdoc.record.Extraction;

/**
 * The store as ingest's walker and writer share it: one call at a time, so a store need not be
 * thread-safe for ingest to look up paths while it writes.
 */
final class LockedStore {

    private final RecordStore store;

    LockedStore(RecordStore store) {
        this.store = store;
    }

    synchronized void upsert(Extraction record, FileStamp stamp) throws IOException {
        store.upsert(record, stamp);
    }

    synchronized int remove(String path) throws IOException {
        return store.remove(path);
    }

    synchronized Optional<IndexedFile> lookupPath(String path) throws IOException {
        return store.lookupPath(path);
    }

    synchronized boolean containsSha256(String sha256) throws IOException {
        return store.containsSha256(sha256);
    }

    synchronized boolean containsCurrentRecord(String sha256) throws IOException {
        return store.containsCurrentRecord(sha256);
    }

    synchronized Optional<Extraction> record(String sha256) throws IOException {
        return store.record(sha256);
    }

    synchronized void commit() throws IOException {
        store.commit();
    }
}
