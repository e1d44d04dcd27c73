package org.govdoc.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.govdoc.record.ErrorCode;

/**
 * ZIP-bomb limits for the parts of Office packages, by POI's default rule: a part may inflate to
 * 100 times its compressed size, and a part up to 100 KiB to anything. POI's own guard
 * ({@code ZipSecureFile}) is a process-wide setting that Tika switches off when it starts, so the
 * readers that open packages themselves apply the rule here. A part over it is refused as
 * {@code too_large}.
 */
public final class ZipInflation {

    private static final double MIN_INFLATE_RATIO = 0.01;
    private static final long GRACE_BYTES = 100 * 1024;

    private ZipInflation() {
    }

    /** Refuses a part whose declared size is out of proportion to its compressed size. */
    public static void checkDeclared(ZipEntry entry, String what) throws ReadFailure {
        if (entry.getSize() > GRACE_BYTES && entry.getCompressedSize() >= 0
                && entry.getCompressedSize() < entry.getSize() * MIN_INFLATE_RATIO) {
            throw bomb(what, entry.getName(), entry.getSize());
        }
    }

    /**
     * Refuses a package any of whose parts is declared out of proportion (the parts' sizes as its
     * directory states them). A file that is no readable ZIP passes: its reader reports it.
     */
    public static void checkPackage(Path file, String what) throws ReadFailure {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (IOException e) {
            return;
        }
        try (zip) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                checkDeclared(e.nextElement(), what);
            }
        } catch (IOException e) {
            // closing failed: nothing was refused
        }
    }

    /**
     * The part's bytes, stopped with {@link Exceeded} once they pass 100 times its compressed size (a
     * ZIP may state false sizes).
     */
    public static InputStream limited(InputStream in, ZipEntry entry) {
        return new Limited(in, entry.getCompressedSize());
    }

    /**
     * The bytes of a part whose compressed size is given (-1 when unknown: not limited), stopped with
     * {@link Exceeded} once they pass 100 times that size.
     */
    public static InputStream limited(InputStream in, long compressedSize) {
        return new Limited(in, compressedSize);
    }

    /** The failure of a part refused as a possible ZIP bomb. */
    public static ReadFailure bomb(String what, String part, long bytes) {
        return new ReadFailure(ErrorCode.TOO_LARGE, "The " + what + " was refused as a possible ZIP bomb: its part "
                + part + " inflates to " + bytes + " bytes or more, over 100 times its compressed size.");
    }

    /** Thrown by a {@link #limited} stream once its part has inflated past the limit. */
    public static final class Exceeded extends IOException {
        private final long inflated;

        Exceeded(long inflated) {
            super("inflated past " + inflated + " bytes");
            this.inflated = inflated;
        }

        public long inflated() {
            return inflated;
        }
    }

    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long inflated;

        Limited(InputStream in, long compressed) {
            super(in);
            this.limit = compressed < 0 ? Long.MAX_VALUE : Math.max(GRACE_BYTES, (long) (compressed / MIN_INFLATE_RATIO));
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws Exceeded {
            inflated += n;
            if (inflated > limit) {
                throw new Exceeded(inflated);
            }
        }
    }
}
