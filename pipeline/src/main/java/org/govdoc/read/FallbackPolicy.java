package org.govdoc.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govdoc.model.Document;
import org.govdoc.record.Warning;
import org.govdoc.record.WarningCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fallback policy: a file is read by its format's reader; when that reader fails on something
 * other than a known problem of the file (a {@link ReadFailure}: encrypted, corrupt … as the reader
 * diagnosed it), the format's second reader is tried, and the record says so with the warning
 * {@code reader_fallback} ({@link org.govdoc.record.WarningCode#READER_FALLBACK}) (as Tika writes the exceptions it recovered from into its
 * output). When the second reader fails too, the first failure is what the file fails with. What a
 * reader itself recovered from (its {@link ReadContext}: a PDF read line by line after its layout
 * analysis failed) is kept in the reading's warnings as well.
 */
public final class FallbackPolicy {

    private static final Logger LOG = LoggerFactory.getLogger(FallbackPolicy.class);

    private final FormatReaders readers;

    public FallbackPolicy(FormatReaders readers) {
        this.readers = readers;
    }

    /** A document and what the reading recovered from (the reader's own notes, {@link ReadContext}). */
    public record Reading(Document document, List<Warning> warnings) {
        public Reading {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * A document the format's reader found no text in is read again by the second reader (text in
     * places the first does not read, such as an altChunk of a type it leaves out); the empty
     * document stands when the second finds nothing either or fails.
     */
    private Reading secondLook(Format format, Path file, String mediaType, int maxChars, Reading empty) {
        DocumentReader fallback = readers.fallback(format).orElse(null);
        if (fallback == null) {
            return empty;
        }
        try {
            ReadContext context = new ReadContext(maxChars);
            Document doc = fallback.read(file, mediaType, context);
            if (doc.isEmpty()) {
                return empty;
            }
            LOG.warn("{} read by Tika's parser after the {} reader found no text", file, format);
            return new Reading(doc, fallbackWarnings(Warning.of(WarningCode.READER_FALLBACK, format.label()
                    + " 的结构化读取未读到正文，已改用 Tika 的解析器读取：正文和表格保留，合并单元格可能丢失", null), context));
        } catch (Exception | StackOverflowError e) {
            return empty;
        }
    }

    /** The fallback's own warning first, then what the fallback reader noted. */
    private static List<Warning> fallbackWarnings(Warning fallback, ReadContext context) {
        List<Warning> warnings = new ArrayList<>(1 + context.warnings().size());
        warnings.add(fallback);
        warnings.addAll(context.warnings());
        return warnings;
    }

    /** @param maxChars the most characters of plain text the document may hold ({@link ReadContext}) */
    public Reading read(Format format, Path file, String mediaType, int maxChars) throws Exception {
        DocumentReader reader = readers.reader(format);
        try {
            ReadContext context = new ReadContext(maxChars);
            Document doc = reader.read(file, mediaType, context);
            Reading reading = new Reading(doc, context.warnings());
            return doc.isEmpty() ? secondLook(format, file, mediaType, maxChars, reading) : reading;
        } catch (ReadFailure e) {
            throw e;
        } catch (RuntimeException | IOException e) {
            DocumentReader fallback = readers.fallback(format).orElseThrow(() -> e);
            ReadContext context = new ReadContext(maxChars);
            Document doc;
            try {
                doc = fallback.read(file, mediaType, context);
            } catch (Exception | StackOverflowError second) {
                e.addSuppressed(second);
                throw e;
            }
            String detail = Failures.detail(e);
            LOG.warn("{} read by Tika's parser after the {} reader failed: {}", file, format, detail);
            return new Reading(doc, fallbackWarnings(Warning.of(WarningCode.READER_FALLBACK, format.label()
                    + " 的结构化读取失败（" + detail + "），已改用 Tika 的解析器读取：正文和表格保留，合并单元格可能丢失", null),
                    context));
        }
    }
}
