package org.govdoc.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * How many pages a file has, cheaply and before it is read (PDF page tree, TIFF directories;
 * other files count as one): what the ingest grows a file's time limit by, since a scanned page
 * costs seconds of OCR. Any trouble counts as one page; the reader reports the real error.
 */
public final class PageCount {

    private PageCount() {
    }

    public static int of(Path file) {
        try {
            byte[] head = new byte[8];
            int n;
            try (var in = java.nio.file.Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            String start = new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (start.startsWith("%PDF")) {
                try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                    return Math.max(1, doc.getNumberOfPages());
                }
            }
            if (start.startsWith("II*") || start.startsWith("MM\0*")) {
                try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                    Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
                    if (readers.hasNext()) {
                        ImageReader r = readers.next();
                        try {
                            r.setInput(in, false, true);
                            return Math.max(1, r.getNumImages(true));
                        } finally {
                            r.dispose();
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return 1;
        }
        return 1;
    }
}
