package org.govdoc.corpus.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The random source of one generated document. Seeded from the corpus seed and the document's
 * index (and a stream number), so document i is the same whatever the corpus size and whatever
 * was drawn for other documents. {@link java.util.Random}'s algorithm is fixed by its
 * specification, so the same seed gives the same document on every JVM.
 */
public final class Rng {

    private final Random random;

    private Rng(long seed) {
        this.random = new Random(seed);
    }

    /** The generator for document {@code index}, stream {@code stream} (content, format, ...). */
    public static Rng forDocument(long corpusSeed, long index, int stream) {
        return new Rng(mix(mix(corpusSeed) ^ mix(index * 0x9E3779B97F4A7C15L + stream)));
    }

    /** A fixed seed, for tests and helpers. */
    public static Rng of(long seed) {
        return new Rng(seed);
    }

    /** SplitMix64's finaliser: spreads nearby seeds over the whole range. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** 0 ≤ result < bound. */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** lo ≤ result ≤ hi. */
    public int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    /** True with probability p. */
    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    public final <T> T pick(T... items) {
        return items[random.nextInt(items.length)];
    }

    /** Up to n distinct items in random order. */
    public <T> List<T> sample(List<T> items, int n) {
        List<T> copy = new ArrayList<>(items);
        shuffle(copy);
        return new ArrayList<>(copy.subList(0, Math.min(n, copy.size())));
    }

    public <T> void shuffle(List<T> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = items.get(i);
            items.set(i, items.get(j));
            items.set(j, t);
        }
    }
}
