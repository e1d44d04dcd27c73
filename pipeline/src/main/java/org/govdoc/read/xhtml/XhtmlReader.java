package org.govdoc.read.xhtml;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.govdoc.model.Document;
import org.govdoc.model.DocumentMetadata;
import org.govdoc.read.DocumentBuilder;
import org.govdoc.read.DocumentReader;
import org.govdoc.read.Failures;
import org.govdoc.read.Format;
import org.govdoc.read.MetadataValues;
import org.govdoc.read.ReadContext;
import org.govdoc.read.ReadFailure;
import org.govdoc.read.TikaEngine;
import org.govdoc.record.ErrorCode;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads ODT, RTF and HTML through Tika's XHTML output (see {@link BlockHandler}). HTML elements are
 * passed through unchanged so that rowspan and colspan survive; embedded files (images, OLE
 * objects) are not parsed.
 */
public final class XhtmlReader implements DocumentReader {

    private final TikaEngine tika;

    public XhtmlReader(TikaEngine tika) {
        this.tika = tika;
    }

    @Override
    public Document read(Path file, String mediaType, ReadContext context) throws ReadFailure, IOException {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return read(in, mediaType, mediaType, context);
        }
    }

    /**
     * Reads HTML (or another Tika-parsed format) from a stream.
     *
     * @param contentType the type given to Tika, with a charset if known ("text/html; charset=gbk")
     * @param mediaType   the type recorded in the document's metadata
     * @param context     the reading's bound and warnings ({@link ReadContext})
     */
    public Document read(java.io.InputStream stream, String contentType, String mediaType, ReadContext context)
            throws ReadFailure, IOException {
        DocumentBuilder out = new DocumentBuilder(context);
        Metadata md = new Metadata();
        md.set(Metadata.CONTENT_TYPE, contentType);
        ParseContext parsing = new ParseContext();
        parsing.set(HtmlMapper.class, new IdentityHtmlMapper());
        parsing.set(EmbeddedDocumentExtractor.class, new SkipEmbedded());
        ContentHandler handler = new BlockHandler(out);
        try {
            // the type is known: its parser directly, without detecting the type a second time
            tika.parserFor(MediaType.parse(contentType)).parse(TikaInputStream.get(stream), handler, md, parsing);
        } catch (SAXException e) {
            throw new ReadFailure(ErrorCode.CORRUPT, "The " + label(mediaType) + " could not be parsed: "
                    + Failures.detail(e), e);
        } catch (TikaException e) {
            if (e instanceof org.apache.tika.exception.EncryptedDocumentException) {
                throw new ReadFailure(ErrorCode.ENCRYPTED, "The " + label(mediaType)
                        + " is protected by a password and cannot be read.", e);
            }
            throw new ReadFailure(ErrorCode.CORRUPT, "The " + label(mediaType) + " is damaged or not valid: "
                    + Failures.detail(e), e);
        }
        return out.build(new DocumentMetadata(MetadataValues.text(md.get(TikaCoreProperties.TITLE)),
                MetadataValues.text(md.get(TikaCoreProperties.CREATOR)), MetadataValues.instant(md.getDate(TikaCoreProperties.CREATED)),
                MetadataValues.instant(md.getDate(TikaCoreProperties.MODIFIED)), null, mediaType));
    }



    private static String label(String mediaType) {
        Format f = Format.ofMediaType(mediaType);
        return f == null ? "file" : f.label();
    }

    /** Embedded files are not part of the document's own text. */
    private static final class SkipEmbedded implements EmbeddedDocumentExtractor {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(java.io.InputStream stream, ContentHandler handler, Metadata metadata,
                                  boolean outputHtml) {
            // never called: shouldParseEmbedded is false
        }
    }
}
