package org.govdoc.ingest;

import java.io.IOException;
import org.govdoc.index.RecordStore;

/**
 * The index as a {@link RecordSink}: upserts each new or moved record into the {@link RecordStore}
 * (unchanged ones are already there) and removes the paths that are gone. Checkpoints are the
 * store's commits, which the run makes itself (with the JSONL's length).
 */
public final class IndexSink implements RecordSink {

    private final RecordStore store;

    public IndexSink(RecordStore store) {
        this.store = store;
    }

    @Override
    public void accept(IngestedRecord r) throws IOException {
        if (r.origin() != IngestedRecord.Origin.UNCHANGED) {
            store.upsert(r.record(), r.stamp());
        }
    }

    @Override
    public void removed(String path) throws IOException {
        store.remove(path);
    }
}
