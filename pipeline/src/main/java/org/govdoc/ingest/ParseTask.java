package org.govdoc.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govdoc.extract.Extractor;
import org.govdoc.model.Document;
import org.govdoc.read.FileReader;
import org.govdoc.read.ReadOutcome;
import org.govdoc.record.ErrorCode;
import org.govdoc.record.ErrorInfo;
import org.govdoc.record.Extraction;
import org.govdoc.record.Source;
import org.govdoc.record.Warning;

/**
 * Reads one file and extracts its record: the work a parser thread or a worker JVM does per file.
 * Never throws: whatever the reader or the extractors throw becomes a failed record of this file.
 */
public final class ParseTask {

    private final FileReader reader;
    private final Extractor extractor;

    public ParseTask(FileReader reader, Extractor extractor) {
        this.reader = reader;
        this.extractor = extractor;
    }

    public Extraction run(ParseRequest request) {
        String mediaType = null;
        try {
            RecordLimits limits = request.limits() == null ? RecordLimits.DEFAULT : request.limits();
            // the document holds no more text than the record may carry: the rest of a huge file is not
            // read; a record that carries no text (--max-text-chars 0) still has its file read, to the default
            int readChars = limits.maxTextChars() > 0 ? limits.maxTextChars() : RecordLimits.DEFAULT_MAX_TEXT_CHARS;
            ReadOutcome outcome = reader.read(Path.of(request.file()), readChars);
            mediaType = outcome.mediaType();
            if (outcome instanceof ReadOutcome.Failed failed) {
                return Extraction.failed(source(request, mediaType, null), failed.error());
            }
            ReadOutcome.Read read = (ReadOutcome.Read) outcome;
            Document doc = read.document();
            Extraction extraction = withReadWarnings(extractor.extract(doc), read.warnings());
            String text = request.noText() ? null : doc.plainText();
            return RecordBounds.apply(extraction.withSource(source(request, mediaType, doc.metadata().pageCount(),
                    doc.metadata().ocrPages()), text), limits);
        } catch (OutOfMemoryError e) {
            return failed(request, mediaType, ErrorCode.OUT_OF_MEMORY,
                    "reading this file ran out of memory (" + e.getMessage() + ")");
        } catch (Throwable e) { // any parser or extractor bug must take down only this file
            return failed(request, mediaType, ErrorCode.INTERNAL, "reading this file failed: " + e);
        }
    }

    /** The record with what the reader recovered from in front of the extractors' warnings. */
    static Extraction withReadWarnings(Extraction e, List<Warning> readWarnings) {
        if (readWarnings.isEmpty()) {
            return e;
        }
        List<Warning> all = new ArrayList<>(readWarnings);
        all.addAll(e.warnings());
        return new Extraction(e.schemaVersion(), e.id(), e.source(), e.status(), e.error(), e.docType(), e.title(),
                e.region(), e.year(), e.docNumber(), e.issuer(), e.issueDate(), e.project(), e.fundingAmounts(),
                e.indicators(), e.tasks(), e.deadlines(), e.units(), e.proposal(), e.figures(), all, e.text());
    }

    /** The source of the request's file; the media type and pages are known once it was read. */
    public static Source source(ParseRequest request, String mediaType, Integer pageCount) {
        return source(request, mediaType, pageCount, null);
    }

    /** The source of the request's file, with its pages and those read by OCR. */
    public static Source source(ParseRequest request, String mediaType, Integer pageCount, Integer ocrPages) {
        return new Source(request.path(), request.fileName(), mediaType, request.sizeBytes(), pageCount, ocrPages,
                request.sha256(), null);
    }

    public static Extraction failed(ParseRequest request, String mediaType, ErrorCode code, String message) {
        return Extraction.failed(source(request, mediaType, null), ErrorInfo.of(code, message));
    }
}
