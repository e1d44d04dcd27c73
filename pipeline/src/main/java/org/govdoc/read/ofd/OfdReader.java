package org.govdoc.read.ofd;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.List;
import org.govdoc.layout.LayoutAnalyzer;
import org.govdoc.layout.PageContent;
import org.govdoc.model.Document;
import org.govdoc.model.DocumentMetadata;
import org.govdoc.read.DocumentBuilder;
import org.govdoc.read.DocumentReader;
import org.govdoc.read.MetadataValues;
import org.govdoc.read.ReadContext;
import org.govdoc.read.ReadFailure;
import org.govdoc.read.TempFolder;
import org.govdoc.record.ErrorCode;
import org.ofdrw.core.basicStructure.ofd.DocBody;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.reader.OFDReader;

/**
 * Reads an OFD file (GB/T 33190) into paragraphs and tables through the same layout layer as a
 * born-digital PDF. The package is checked first ({@link OfdPackage}), then unpacked into a temporary
 * folder that ofdrw reads and that is deleted after, whether the file could be read or not. Pages without any text but with images (a
 * scan, or only a seal) fail as {@code empty} with a sentence saying so.
 */
public final class OfdReader implements DocumentReader {

    public static final String MEDIA_TYPE = "application/ofd";

    @Override
    public Document read(Path file, String mediaType, ReadContext context) throws ReadFailure, IOException {
        OfdPackage.check(file);
        Path unpacked = OfdPackage.unpack(file);
        try {
            return readUnpacked(unpacked, mediaType, context);
        } finally {
            TempFolder.deleteQuietly(unpacked); // also when ofdrw fails before it could delete it
        }
    }

    private Document readUnpacked(Path unpacked, String mediaType, ReadContext context) throws ReadFailure, IOException {
        OFDReader reader;
        try {
            reader = new OFDReader(unpacked.toString(), true);
        } catch (RuntimeException e) {
            throw new ReadFailure(ErrorCode.CORRUPT, "The OFD file cannot be opened: " + e.getMessage(), e);
        }
        try (reader) {
            OfdPageCollector collector = new OfdPageCollector();
            List<PageContent> pages;
            try {
                pages = collector.collect(reader);
            } catch (RuntimeException e) {
                throw new ReadFailure(ErrorCode.CORRUPT, "The OFD file's pages cannot be read: " + e.getMessage(), e);
            }
            boolean text = pages.stream().anyMatch(p -> p.boxes().stream().anyMatch(b -> !b.text().isBlank()));
            if (!text && (collector.images() > 0 || reader.hasSignature())) {
                throw new ReadFailure(ErrorCode.EMPTY, "The OFD file holds no text, only images or seals "
                        + "(a scanned or sealed page; no OCR).");
            }
            DocumentBuilder out = new DocumentBuilder(context);
            new LayoutAnalyzer().analyze(pages, out);
            return out.build(metadata(reader, pages.size(), mediaType));
        }
    }

    private static DocumentMetadata metadata(OFDReader reader, int pages, String mediaType) {
        String title = null;
        String author = null;
        Instant created = null;
        Instant modified = null;
        try {
            DocBody body = reader.getOFDDir().getOfd().getDocBody();
            CT_DocInfo info = body == null ? null : body.getDocInfo();
            if (info != null) {
                title = MetadataValues.text(info.getTile());
                author = MetadataValues.text(info.getAuthor());
                created = instant(info.getCreationDate());
                modified = instant(info.getModDate());
            }
        } catch (IOException | org.dom4j.DocumentException | RuntimeException e) {
            // the metadata is optional: a document without it is still read
        }
        return new DocumentMetadata(title, author, created, modified, pages,
                mediaType == null ? MEDIA_TYPE : mediaType);
    }

    private static Instant instant(LocalDate d) {
        return d == null ? null : d.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
