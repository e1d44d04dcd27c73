package org.govdoc.read.rtf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govdoc.model.Document;
import org.govdoc.read.DocumentBuilder;
import org.govdoc.read.DocumentReader;
import org.govdoc.read.ReadContext;
import org.govdoc.read.ReadFailure;
import org.govdoc.record.ErrorCode;

/**
 * Reads RTF with govdoc's own parser ({@link RtfParser}), because Tika's RTF output has no table
 * structure: paragraphs with their heading level, tables rebuilt from the row definitions
 * ({@code \cellx} right edges, {@code \clmgf/\clmrg} and {@code \clvmgf/\clvmrg} merges), text in
 * the code page of each font (GBK for {@code \fcharset134}) or as {@code \\uN} Unicode. Page
 * headers, footers, footnotes, pictures and field instructions are left out.
 */
public final class RtfReader implements DocumentReader {

    @Override
    public Document read(Path file, String mediaType, ReadContext context) throws ReadFailure, IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 5 || !new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("{\\rtf")) {
            throw new ReadFailure(ErrorCode.CORRUPT, "The RTF file is damaged: it does not start with {\\rtf.");
        }
        try {
            return new RtfParser(bytes, mediaType, new DocumentBuilder(context)).parse();
        } catch (IllegalStateException e) {
            throw new ReadFailure(ErrorCode.CORRUPT, "The RTF file is damaged: " + e.getMessage(), e);
        }
    }
}
