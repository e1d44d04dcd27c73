package org.govdoc.cli;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.sax.BodyContentHandler;
import org.govdoc.corpus.render.PdfRenderer;
import org.govdoc.corpus.render.ScanRenderer;
import org.govdoc.read.ocr.GrayImage;
import org.govdoc.read.ocr.OcrCache;
import org.govdoc.read.ocr.OcrLine;
import org.govdoc.read.ocr.PageOcr;
import org.govdoc.read.ocr.ScannedPage;
import org.govdoc.text.ChineseText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `govdoc bench ocr`: govdoc's OCR (PP-OCRv4 through ONNX Runtime, one thread) against Tika's
 * TesseractOCRParser ({@code chi_sim}) on the same generated scans in one run: seconds per page
 * and character errors against the born-digital text of each page. Characters are compared as
 * multisets (whitespace dropped, full-width folded), so reading order does not count, as in the
 * issue's figures: "missed" are reference characters not read, "extra" characters read that are
 * not there. Without Tesseract (or its chi_sim data) only govdoc's figures are printed, with a
 * line saying why.
 */
@Command(name = "ocr", mixinStandardHelpOptions = true,
        description = "OCR of generated scans: govdoc (PP-OCRv4) vs Tika + Tesseract chi_sim, pages/second and character errors.")
public final class OcrBenchCommand implements Callable<Integer> {

    @Option(names = "--documents", defaultValue = "2", description = "Generated documents to scan (default ${DEFAULT-VALUE}).")
    int documents;

    @Option(names = "--max-pages", defaultValue = "6", description = "Pages measured at most (default ${DEFAULT-VALUE}).")
    int maxPages;

    @Option(names = "--skew", defaultValue = "1.0", description = "Degrees each scanned page is turned (default ${DEFAULT-VALUE}).")
    double skew;

    /** One engine's totals. */
    private static final class Tally {
        long nanos;
        long missed;
        long extra;
        long reference;
        int pages;

        void add(String expected, String read, long elapsed) {
            Map<Integer, Integer> counts = new HashMap<>();
            expected.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
            read.codePoints().forEach(c -> counts.merge(c, -1, Integer::sum));
            for (int v : counts.values()) {
                if (v > 0) {
                    missed += v;
                } else {
                    extra -= v;
                }
            }
            reference += expected.codePointCount(0, expected.length());
            nanos += elapsed;
            pages++;
        }

        double secondsPerPage() {
            return nanos / 1e9 / Math.max(1, pages);
        }

        double errorRate() {
            return (double) (missed + extra) / Math.max(1, reference);
        }

        String line(String name) {
            return String.format(Locale.ROOT, "%-28s %5d %9.2f %10.2f %9.2f%% %9.2f%%", name, pages, secondsPerPage(),
                    pages / Math.max(nanos / 1e9, 1e-9), 100.0 * missed / Math.max(1, reference), 100.0 * extra / Math.max(1, reference));
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        String tesseract = tesseractStatus();
        if (tesseract != null) {
            err.println("govdoc bench ocr: " + tesseract + "; only govdoc's OCR is measured.");
        } else if (!"1".equals(System.getenv("OMP_THREAD_LIMIT"))) {
            err.println("govdoc bench ocr: OMP_THREAD_LIMIT is not 1; Tesseract may run several threads and be slower (./govdoc sets it).");
        }
        Tally ours = new Tally();
        Tally tess = new Tally();
        PageOcr ocr = new PageOcr(new OcrCache(null));
        ScanRenderer scanner = new ScanRenderer(200f, skew, 0.002, 7L);
        Path tmp = Files.createTempDirectory("govdoc-bench-ocr");
        TesseractOCRParser tesseractParser = new TesseractOCRParser();
        if (tesseract == null) {
            tesseractParser.initialize(new HashMap<>()); // finds the tesseract binary; without it the parser reads nothing
        }
        try {
            // warm-up: load the models and JIT-compile on one page, not measured
            BufferedImage warm = null;
            int measured = 0;
            for (int d = 0; d < documents && measured < maxPages; d++) {
                Path pdf = tmp.resolve("doc-" + d + ".pdf");
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                new PdfRenderer().render(PdfBenchCommand.BenchDocuments.spec(d), bytes);
                Files.write(pdf, bytes.toByteArray());
                int pages;
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    pages = doc.getNumberOfPages();
                }
                for (int p = 0; p < pages && measured < maxPages; p++) {
                    String expected = reference(pdf, p + 1);
                    BufferedImage image = scanner.page(pdf, p);
                    if (warm == null) {
                        warm = image;
                        ocr.read(GrayImage.of(warm), 1, 200f);
                    }
                    long t0 = System.nanoTime();
                    ScannedPage page = ocr.read(GrayImage.of(image), p + 1, 200f);
                    long t1 = System.nanoTime();
                    StringBuilder text = new StringBuilder();
                    for (OcrLine l : page.lines()) {
                        text.append(l.text());
                    }
                    ours.add(expected, clean(text.toString()), t1 - t0);
                    if (tesseract == null) {
                        byte[] png = png(image);
                        long s0 = System.nanoTime();
                        String t = tesseract(tesseractParser, png);
                        long s1 = System.nanoTime();
                        tess.add(expected, clean(t), s1 - s0);
                    }
                    measured++;
                    err.printf(Locale.ROOT, "  page %d of document %d measured%n", p + 1, d);
                }
            }
        } finally {
            try (var files = Files.walk(tmp)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        out.println("OCR of generated scans (200 dpi, turned " + skew + "°, speckled), one thread, against the born-digital text");
        out.printf(Locale.ROOT, "%-28s %5s %9s %10s %10s %10s%n", "engine", "pages", "s/page", "pages/s", "missed", "extra");
        out.println(ours.line("govdoc PP-OCRv4 (ONNX)"));
        if (tesseract == null) {
            out.println(tess.line("Tika + Tesseract chi_sim"));
            out.printf(Locale.ROOT, "time ratio govdoc/Tesseract: %.2f (goal ≤ 1.5); error ratio govdoc/Tesseract: %.2f (goal ≤ 0.2)%n",
                    ours.secondsPerPage() / Math.max(1e-9, tess.secondsPerPage()), ours.errorRate() / Math.max(1e-9, tess.errorRate()));
        } else {
            out.println("Tika + Tesseract chi_sim: not measured (" + tesseract + ")");
        }
        return 0;
    }

    /** The page's born-digital text, in the compared form. */
    private static String reference(Path pdf, int page) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(page);
            s.setEndPage(page);
            return clean(s.getText(doc));
        }
    }

    static String clean(String s) {
        return ChineseText.removeWhitespace(ChineseText.toHalfWidth(s));
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String tesseract(TesseractOCRParser parser, byte[] png) throws Exception {
        TesseractOCRConfig config = new TesseractOCRConfig();
        config.setLanguage("chi_sim");
        ParseContext context = new ParseContext();
        context.set(TesseractOCRConfig.class, config);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, "image/png");
        BodyContentHandler handler = new BodyContentHandler(-1);
        parser.parse(new ByteArrayInputStream(png), handler, metadata, context);
        return handler.toString();
    }

    /** Null when Tesseract with chi_sim can run, else why not. */
    static String tesseractStatus() {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String langs = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return "tesseract --list-langs failed";
            }
            return langs.lines().anyMatch(l -> l.strip().equals("chi_sim")) ? null
                    : "Tesseract is installed without its chi_sim data (apt-get install tesseract-ocr-chi-sim)";
        } catch (IOException e) {
            return "Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
