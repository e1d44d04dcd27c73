package org.govdoc.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.govdoc.model.Block;
import org.govdoc.model.Document;
import org.govdoc.model.DocumentMetadata;
import org.govdoc.model.Location;
import org.govdoc.model.Paragraph;
import org.govdoc.read.FileReader;
import org.govdoc.read.ReadOutcome;
import org.govdoc.record.ErrorCode;
import org.govdoc.record.ErrorInfo;

/**
 * Until the readers land: Tika's text, one paragraph per line. Replaced by the readers' facade.
 */
final class StandInTikaReader implements FileReader {

    private final AutoDetectParser parser = new AutoDetectParser();

    @Override
    public String detect(Path file) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (InputStream in = org.apache.tika.io.TikaInputStream.get(file)) {
            return parser.getDetector().detect(in, metadata).toString();
        }
    }

    @Override
    public ReadOutcome read(Path file) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (InputStream in = org.apache.tika.io.TikaInputStream.get(file)) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            return new ReadOutcome.Failed(ErrorInfo.of(ErrorCode.ENCRYPTED, "the file is encrypted"), type(metadata));
        } catch (TikaException | org.xml.sax.SAXException e) {
            return new ReadOutcome.Failed(ErrorInfo.of(ErrorCode.CORRUPT, "cannot parse: " + e.getMessage()), type(metadata));
        } catch (IOException e) {
            return new ReadOutcome.Failed(ErrorInfo.of(ErrorCode.IO_ERROR, "cannot read: " + e.getMessage()), type(metadata));
        }
        List<Block> blocks = new ArrayList<>();
        for (String line : handler.toString().split("\n")) {
            if (!line.isBlank()) {
                blocks.add(new Paragraph(line.strip(), Location.ofBlock(null, blocks.size())));
            }
        }
        if (blocks.isEmpty()) {
            return new ReadOutcome.Failed(ErrorInfo.of(ErrorCode.EMPTY, "the file holds no text"), type(metadata));
        }
        return new ReadOutcome.Read(new Document(blocks, DocumentMetadata.empty(type(metadata))), type(metadata));
    }

    private static String type(Metadata metadata) {
        return metadata.get(Metadata.CONTENT_TYPE);
    }
}
