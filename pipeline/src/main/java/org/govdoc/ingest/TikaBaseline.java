package org.govdoc.ingest;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The benchmark's baseline: plain Tika text extraction (AutoDetectParser to BodyContentHandler(-1))
 * over the same files, on the same number of threads. Prints one JSON line: files, failed, chars,
 * seconds. Run as its own JVM by {@code govdoc bench ingest}.
 */
public final class TikaBaseline {

    private TikaBaseline() {
    }

    /** @param args threads, then files and folders */
    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        List<Path> roots = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            roots.add(Path.of(args[i]));
        }
        AutoDetectParser parser = new AutoDetectParser();
        BlockingQueue<Path> queue = new ArrayBlockingQueue<>(threads * 4);
        Path end = Path.of("");
        AtomicLong files = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        long start = System.nanoTime();
        List<Thread> pool = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                try {
                    for (Path file = queue.take(); file != end; file = queue.take()) {
                        files.incrementAndGet();
                        Metadata metadata = new Metadata();
                        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
                        BodyContentHandler handler = new BodyContentHandler(-1);
                        try (InputStream in = TikaInputStream.get(file, metadata)) {
                            parser.parse(in, handler, metadata, new ParseContext());
                            chars.addAndGet(handler.toString().length());
                        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
                            failed.incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            thread.start();
            pool.add(thread);
        }
        // the files a default ingest reads: the same default excludes (gold files, lock files, hidden files)
        new FileTree(List.of(), new NameFilter(NameFilter.DEFAULT_EXCLUDES)).forEachFile(roots, queue::put);
        for (int t = 0; t < threads; t++) {
            queue.put(end);
        }
        for (Thread thread : pool) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("{\"files\":%d,\"failed\":%d,\"chars\":%d,\"seconds\":%.3f}%n", files.get(), failed.get(),
                chars.get(), seconds);
    }
}
