package org.govdoc.read.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.govdoc.model.Document;
import org.govdoc.model.DocumentMetadata;
import org.govdoc.read.DocumentBuilder;
import org.govdoc.read.DocumentReader;
import org.govdoc.read.ReadContext;
import org.govdoc.read.ReadFailure;
import org.govdoc.read.TikaEngine;
import org.govdoc.record.ErrorCode;

/**
 * Reads plain text: one paragraph per non-blank line. The charset comes from a byte-order mark,
 * else from the bytes: valid UTF-8 is UTF-8; otherwise Tika's detectors decide, and any of the
 * GB family (GB2312, GBK, GB18030) is read as GB18030, their common superset. UTF-16 without a BOM
 * is recognised by its zero bytes. Content with NUL bytes or many control characters is a binary
 * file, not text, and fails as {@code unsupported_type}.
 */
public final class TextReader implements DocumentReader {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final Set<String> GB_FAMILY = Set.of("GB2312", "GBK", "GB18030", "X-GBK", "EUC-CN", "CP936",
            "WINDOWS-936", "X-EUC-CN", "HZ-GB-2312");

    /**
     * Plain text over this size is refused ({@code too_large}) without being read: a 200 MB one-line
     * TXT ran the worker out of its heap after a minute (issue 18, hole 8), while 24 MB of prose reads
     * in seconds. Government documents as text are far smaller; a bigger TXT is a data dump.
     */
    public static final long MAX_TEXT_BYTES = 32L * 1024 * 1024;

    private final TikaEngine tika;

    public TextReader(TikaEngine tika) {
        this.tika = tika;
    }

    @Override
    public Document read(Path file, String mediaType, ReadContext context) throws ReadFailure, IOException {
        long size = Files.size(file);
        if (size > MAX_TEXT_BYTES) {
            throw new ReadFailure(ErrorCode.TOO_LARGE, "The text file has " + size + " bytes; plain text over "
                    + MAX_TEXT_BYTES + " bytes (32 MiB) is not read.");
        }
        byte[] bytes = Files.readAllBytes(file);
        Decoded d = decode(bytes);
        DocumentBuilder out = new DocumentBuilder(context);
        for (String line : d.text().split("\r\n|[\n\r\f\u2028\u2029\u0085]")) {
            out.line(line, null);
        }
        return out.build(new DocumentMetadata(null, null, null, null, null,
                mediaType + "; charset=" + d.charset().name()));
    }

    /** Text and the charset it was read with. */
    public record Decoded(String text, Charset charset) {
    }

    /** Decodes text bytes, detecting the charset as described in the class comment. */
    public Decoded decode(byte[] bytes) throws ReadFailure, IOException {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(bytes, 3, n - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new Decoded(new String(bytes, utf16), utf16);
        }
        if (looksBinary(bytes)) {
            throw new ReadFailure(ErrorCode.UNSUPPORTED_TYPE,
                    "The file holds binary data, not text, and its format is not one govdoc reads.");
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8);
        }
        Charset detected = null;
        try {
            detected = tika.encodingDetector().detect(new ByteArrayInputStream(bytes), new Metadata());
        } catch (IOException | RuntimeException e) {
            // fall through to the GB18030 rule
        }
        if (detected != null && !isGb(detected) && !detected.name().toUpperCase(Locale.ROOT).startsWith("UTF")
                && !detected.name().startsWith("ISO-8859") && !detected.name().startsWith("windows-125")) {
            // another CJK charset (Big5, Shift_JIS, EUC-KR...) the detector is sure of
            String s = strict(bytes, detected);
            if (s != null) {
                return new Decoded(s, detected);
            }
        }
        String gb = strict(bytes, GB18030);
        if (gb != null) {
            return new Decoded(gb, GB18030);
        }
        Charset cs = detected != null ? detected : GB18030;
        return new Decoded(new String(bytes, cs), cs);
    }

    private static boolean isGb(Charset cs) {
        if (GB_FAMILY.contains(cs.name().toUpperCase(Locale.ROOT))) {
            return true;
        }
        return cs.aliases().stream().anyMatch(a -> GB_FAMILY.contains(a.toUpperCase(Locale.ROOT)));
    }

    /**
     * UTF-16 without BOM: text in other charsets has no zero bytes, UTF-16 has them in the high
     * byte of every ASCII character. Zero bytes only at odd (LE) or only at even (BE) offsets, and
     * the bytes decode to text-like characters.
     */
    private static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 8192) & ~1;
        if (n < 4) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                zeroEven++;
            }
            if (b[i + 1] == 0) {
                zeroOdd++;
            }
        }
        Charset candidate = zeroOdd > 0 && zeroEven == 0 ? StandardCharsets.UTF_16LE
                : zeroEven > 0 && zeroOdd == 0 ? StandardCharsets.UTF_16BE : null;
        if (candidate == null || (b.length & 1) != 0) {
            return null;
        }
        String s = strict(java.util.Arrays.copyOf(b, n), candidate);
        if (s == null) {
            return null;
        }
        long textLike = s.codePoints().filter(c -> Character.isLetterOrDigit(c) || Character.isWhitespace(c)
                || Character.getType(c) >= Character.DASH_PUNCTUATION || Character.getType(c) == Character.SPACE_SEPARATOR)
                .count();
        return textLike >= s.codePointCount(0, s.length()) * 0.9 ? candidate : null;
    }

    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
                control++;
            }
        }
        return control > n / 20 + 1;
    }

    private static String strict(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
