package org.govdoc.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The record paths one walk met, kept as 64-bit hashes (8 bytes a path, so a million paths take
 * 8 MB): after the walk, a path the index holds under an input and the walk did not meet is gone.
 * Two paths sharing a hash (about one chance in 10^7 for a million paths) would keep a gone file's
 * record: the cost of not holding every path in memory.
 */
final class SeenPaths {

    private long[] hashes = new long[1024];
    private int size;
    private boolean sorted;

    synchronized void add(String path) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        hashes[size++] = hash(path);
        sorted = false;
    }

    synchronized boolean contains(String path) {
        if (!sorted) {
            Arrays.sort(hashes, 0, size);
            sorted = true;
        }
        return Arrays.binarySearch(hashes, 0, size, hash(path)) >= 0;
    }

    /** 64-bit FNV-1a of the path's UTF-8 bytes, mixed. */
    static long hash(String path) {
        long h = 0xcbf29ce484222325L;
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
