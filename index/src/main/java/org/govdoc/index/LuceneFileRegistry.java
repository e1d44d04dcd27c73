package org.govdoc.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.util.BytesRef;
import org.govdoc.index.RecordStore.FileStamp;

/**
 * The ingest registry in the Lucene index: one hidden document per path ({@link IndexFields#FILE_KIND})
 * with its sha256 and stamp, written with the records so that one commit makes both durable.
 * Changes since the last commit are remembered, so lookups during an ingest see the latest state.
 * Not thread-safe: its {@link LuceneRecordStore} calls it under its own lock.
 */
final class LuceneFileRegistry implements FileRegistry {

    private final IndexWriter writer;
    private final SearcherManager committed;
    /** Paths changed since the last commit: path → state (empty when removed). */
    private final Map<String, Optional<IndexedFile>> pending = new HashMap<>();

    LuceneFileRegistry(IndexWriter writer, SearcherManager committed) {
        this.writer = writer;
        this.committed = committed;
    }

    @Override
    public Optional<IndexedFile> lookupPath(String path) throws IOException {
        Optional<IndexedFile> changed = pending.get(path);
        if (changed != null) {
            return changed;
        }
        IndexSearcher s = committed.acquire();
        try {
            int doc = Postings.firstDoc(s.getIndexReader(), new Term(IndexFields.FILE_PATH, path), null);
            if (doc < 0) {
                return Optional.empty();
            }
            Document d = s.storedFields().document(doc);
            long size = d.getField(IndexFields.FILE_SIZE).numericValue().longValue();
            long mtime = d.getField(IndexFields.FILE_MTIME).numericValue().longValue();
            return Optional.of(new IndexedFile(path, d.get(IndexFields.FILE_SHA256), new FileStamp(size, mtime)));
        } finally {
            committed.release(s);
        }
    }

    @Override
    public void forEachPathUnder(String base, Consumer<String> paths) throws IOException {
        TreeSet<String> found = new TreeSet<>(); // leaves overlap in term order: merge them
        IndexSearcher s = committed.acquire();
        try {
            for (String prefix : new String[] {base + "/", base + "!/"}) {
                BytesRef start = new BytesRef(prefix);
                for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                    Terms terms = leaf.reader().terms(IndexFields.FILE_PATH);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum te = terms.iterator();
                    if (te.seekCeil(start) == TermsEnum.SeekStatus.END) {
                        continue;
                    }
                    for (BytesRef term = te.term(); term != null && startsWith(term, start); term = te.next()) {
                        if (Postings.live(te, leaf.reader().getLiveDocs())) {
                            found.add(term.utf8ToString());
                        }
                    }
                }
            }
            if (Postings.firstDoc(s.getIndexReader(), new Term(IndexFields.FILE_PATH, base), null) >= 0) {
                found.add(base);
            }
        } finally {
            committed.release(s);
        }
        found.forEach(paths);
    }

    /** Sets the row of a path. */
    void put(IndexedFile f) throws IOException {
        Document d = new Document();
        d.add(new StringField(IndexFields.KIND, IndexFields.FILE_KIND, Field.Store.NO));
        d.add(new SortedDocValuesField(IndexFields.KIND, new BytesRef(IndexFields.FILE_KIND)));
        d.add(new StringField(IndexFields.FILE_PATH, f.path(), Field.Store.YES));
        d.add(new StoredField(IndexFields.FILE_SHA256, f.sha256()));
        d.add(new StoredField(IndexFields.FILE_SIZE, f.stamp() == null ? -1 : f.stamp().sizeBytes()));
        d.add(new StoredField(IndexFields.FILE_MTIME, f.stamp() == null ? -1 : f.stamp().modifiedMillis()));
        writer.updateDocument(new Term(IndexFields.FILE_PATH, f.path()), d);
        pending.put(f.path(), Optional.of(f));
    }

    /** Deletes the row of a path. */
    void delete(String path) throws IOException {
        writer.deleteDocuments(new Term(IndexFields.FILE_PATH, path));
        pending.put(path, Optional.empty());
    }

    /** Paths changed since the last commit (still present or removed). */
    Iterable<String> changedPaths() {
        return pending.keySet();
    }

    /** The store committed: lookups read the index again. */
    void committed() {
        pending.clear();
    }

    private static boolean startsWith(BytesRef term, BytesRef prefix) {
        if (term.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (term.bytes[term.offset + i] != prefix.bytes[prefix.offset + i]) {
                return false;
            }
        }
        return true;
    }
}
