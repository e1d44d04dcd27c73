package org.govdoc.read.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.govdoc.model.Document;
import org.govdoc.model.DocumentMetadata;
import org.govdoc.read.DocumentBuilder;
import org.govdoc.read.DocumentReader;
import org.govdoc.read.MetadataValues;
import org.govdoc.read.ReadFailure;
import org.govdoc.record.ErrorCode;
import org.govdoc.text.ChineseText;

/**
 * MINIMAL PDF reader so that the facade compiles and routes PDF: text page by page, one paragraph
 * per line with its page number, spaces between Chinese characters removed. No tables, no
 * header/footer removal. The layout-aware reader of the {@code pdf-layout} branch replaces this
 * class (same name, same no-arg constructor).
 */
public final class PdfReader implements DocumentReader {

    @Override
    public Document read(Path file, String mediaType) throws ReadFailure, IOException {
        PDDocument pdf;
        try {
            pdf = Loader.loadPDF(file.toFile());
        } catch (InvalidPasswordException e) {
            throw new ReadFailure(ErrorCode.ENCRYPTED,
                    "The PDF file is protected by a password and cannot be read.", e);
        } catch (IOException e) {
            throw new ReadFailure(ErrorCode.CORRUPT,
                    "The PDF file is damaged or truncated: " + e.getMessage(), e);
        }
        try (pdf) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new ReadFailure(ErrorCode.ENCRYPTED,
                        "The PDF file is encrypted and does not allow its text to be extracted.");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            DocumentBuilder out = new DocumentBuilder();
            int pages = pdf.getNumberOfPages();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(pdf);
                for (String line : text.split("\r\n|[\n\r]")) {
                    out.paragraph(ChineseText.removeSpacesInsideCjk(line), p);
                }
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            return out.build(new DocumentMetadata(MetadataValues.text(info.getTitle()), MetadataValues.text(info.getAuthor()),
                    MetadataValues.instant(info.getCreationDate()), MetadataValues.instant(info.getModificationDate()), pages, mediaType));
        }
    }


}
