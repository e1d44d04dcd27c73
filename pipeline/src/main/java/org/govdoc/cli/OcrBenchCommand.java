package org.govdoc.cli;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
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
import org.govdoc.corpus.render.OfficeScan;
import org.govdoc.read.ocr.GrayImage;
import org.govdoc.read.ocr.OcrCache;
import org.govdoc.read.ocr.OcrLine;
import org.govdoc.read.ocr.OcrStageTimes;
import org.govdoc.read.ocr.PageOcr;
import org.govdoc.read.ocr.ScannedPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `govdoc bench ocr`: govdoc's OCR (PP-OCRv4 through ONNX Runtime, one thread) against Tika's
 * TesseractOCRParser ({@code chi_sim}) on the same generated scans in one run: seconds per page
 * (wall and CPU) and character errors against the born-digital text of each page. The scans are
 * {@link OfficeScan#typical} pages of generated documents (turned a few degrees, grey paper, blur,
 * noise, specks, JPEG); both engines get the same decoded pixels. Errors are counted by
 * {@link OcrTextErrors} (alignment per reference line, reading order free). Without Tesseract
 * (or its chi_sim data) only govdoc's figures are printed, with a line saying why.
 */
@Command(name = "ocr", mixinStandardHelpOptions = true,
        description = "OCR of generated scans: govdoc (PP-OCRv4) vs Tika + Tesseract chi_sim, seconds per page and character errors.")
public final class OcrBenchCommand implements Callable<Integer> {

    @Option(names = "--documents", defaultValue = "3", description = "Generated documents to scan (default ${DEFAULT-VALUE}).")
    int documents;

    @Option(names = "--pages-per-document", defaultValue = "3",
            description = "Pages measured per document, spread over it (default ${DEFAULT-VALUE}).")
    int pagesPerDocument;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the scan defects (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--max-skew", defaultValue = "3.0",
            description = "Largest turn of a scanned page in degrees; pages turn 0.5° up to it, either way (default ${DEFAULT-VALUE}).")
    double maxSkew;

    @Option(names = "--govdoc-only", description = "Measure govdoc's OCR only (no Tesseract).")
    boolean govdocOnly;

    @Option(names = "--dump", description = "Folder to write each page's scan (PNG), known text and recognised lines to.")
    Path dump;

    /** One engine's totals. */
    private static final class Tally {
        long nanos;
        long cpuNanos;
        OcrTextErrors errors = new OcrTextErrors(0, 0, 0);
        int pages;

        void add(OcrTextErrors e, long elapsed, long cpu) {
            errors = errors.plus(e);
            nanos += elapsed;
            cpuNanos += cpu;
            pages++;
        }

        double secondsPerPage() {
            return nanos / 1e9 / Math.max(1, pages);
        }

        double cpuPerPage() {
            return cpuNanos / 1e9 / Math.max(1, pages);
        }

        double errorRate() {
            return (double) (errors.missed() + errors.extra()) / Math.max(1, errors.reference());
        }

        String line(String name) {
            long ref = Math.max(1, errors.reference());
            return String.format(Locale.ROOT, "%-26s %5d %8.2f %8.2f %8.3f%% %8.3f%%  (%d, %d of %d)", name, pages, secondsPerPage(),
                    cpuPerPage(), 100.0 * errors.missed() / ref, 100.0 * errors.extra() / ref, errors.missed(), errors.extra(), errors.reference());
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        String tesseract = govdocOnly ? "not asked for (--govdoc-only)" : tesseractStatus();
        if (tesseract != null) {
            err.println("govdoc bench ocr: Tesseract " + tesseract + "; only govdoc's OCR is measured.");
        } else if (!"1".equals(System.getenv("OMP_THREAD_LIMIT"))) {
            err.println("govdoc bench ocr: OMP_THREAD_LIMIT is not 1; Tesseract may run several threads and be slower (./govdoc sets it).");
        }
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Tally ours = new Tally();
        Tally tess = new Tally();
        OcrStageTimes stages = new OcrStageTimes();
        PageOcr ocr = new PageOcr(new OcrCache(null));
        Path tmp = Files.createTempDirectory("govdoc-bench-ocr");
        TesseractOCRParser tesseractParser = new TesseractOCRParser();
        if (tesseract == null) {
            tesseractParser.initialize(new HashMap<>()); // finds the tesseract binary; without it the parser reads nothing
        }
        try {
            boolean warm = false;
            for (int d = 0; d < documents; d++) {
                OfficeScan typical = OfficeScan.typical(seed * 1000 + d);
                OfficeScan scanner = new OfficeScan(typical.dpi(), Math.min(typical.minSkew(), maxSkew), maxSkew, typical.paper(),
                        typical.ink(), typical.blurSigma(), typical.sensorNoise(), typical.specks(), typical.jpegQuality(), typical.seed());
                Path pdf = tmp.resolve("doc-" + d + ".pdf");
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                new PdfRenderer().render(PdfBenchCommand.BenchDocuments.spec(d), bytes);
                Files.write(pdf, bytes.toByteArray());
                int pages;
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    pages = doc.getNumberOfPages();
                }
                for (int p : spread(pages, pagesPerDocument)) {
                    List<String> expected = reference(pdf, p + 1);
                    BufferedImage image = scanner.page(pdf, p);
                    byte[] png = png(image);
                    if (!warm) {
                        // warm-up: load the models, JIT-compile, load chi_sim once; not measured
                        ocr.read(GrayImage.of(image), 1, 200f);
                        if (tesseract == null) {
                            tesseract(tesseractParser, png);
                        }
                        warm = true;
                    }
                    GrayImage grey = GrayImage.of(image);
                    long c0 = processCpuNanos();
                    long t0 = System.nanoTime();
                    ScannedPage page = ocr.read(grey, p + 1, 200f, stages);
                    long t1 = System.nanoTime();
                    long c1 = processCpuNanos();
                    List<String> lines = new ArrayList<>();
                    for (OcrLine l : page.lines()) {
                        lines.add(l.text());
                    }
                    OcrTextErrors e = OcrTextErrors.of(expected, lines);
                    String name = "doc" + d + "-page" + (p + 1);
                    if (dump != null) {
                        Files.createDirectories(dump);
                        Files.write(dump.resolve(name + ".png"), png);
                        Files.write(dump.resolve(name + ".known.txt"), expected, StandardCharsets.UTF_8);
                        Files.write(dump.resolve(name + ".govdoc.txt"), lines, StandardCharsets.UTF_8);
                    }
                    ours.add(e, t1 - t0, c1 - c0);
                    String tessFigures = "";
                    if (tesseract == null) {
                        long k0 = processCpuNanos() + childrenCpuNanos();
                        long s0 = System.nanoTime();
                        String t = tesseract(tesseractParser, png);
                        long s1 = System.nanoTime();
                        if (dump != null) {
                            Files.writeString(dump.resolve(name + ".tesseract.txt"), t, StandardCharsets.UTF_8);
                        }
                        long k1 = processCpuNanos() + childrenCpuNanos();
                        OcrTextErrors te = OcrTextErrors.of(expected, t.lines().toList());
                        tess.add(te, s1 - s0, k1 - k0);
                        tessFigures = String.format(Locale.ROOT, "; Tesseract %.2f s, missed %d extra %d", (s1 - s0) / 1e9, te.missed(), te.extra());
                    }
                    err.printf(Locale.ROOT, "  document %d page %d (turned %.2f°, %d characters): govdoc %.2f s, missed %d extra %d%s%n",
                            d, p + 1, scanner.skew(p), e.reference(), (t1 - t0) / 1e9, e.missed(), e.extra(), tessFigures);
                }
            }
        } finally {
            try (var files = Files.walk(tmp)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        out.printf(Locale.ROOT, "OCR of generated office scans (200 dpi, turned %.1f-%.1f°, grey paper, blur, noise, specks, JPEG 0.75; seed %d), "
                + "one thread, against the born-digital text%n", Math.min(0.5, maxSkew), maxSkew, seed);
        out.printf(Locale.ROOT, "%-26s %5s %8s %8s %9s %9s%n", "engine", "pages", "s/page", "cpu s/p", "missed", "extra");
        out.println(ours.line("govdoc PP-OCRv4 (ONNX)"));
        if (tesseract == null) {
            out.println(tess.line("Tika + Tesseract chi_sim"));
            out.printf(Locale.ROOT, "time ratio govdoc/Tesseract: %.2f wall, %.2f CPU (goal ≤ 1.5); error ratio govdoc/Tesseract: %.3f (goal ≤ 0.2)%n",
                    ours.secondsPerPage() / Math.max(1e-9, tess.secondsPerPage()), ours.cpuPerPage() / Math.max(1e-9, tess.cpuPerPage()),
                    ours.errorRate() / Math.max(1e-9, tess.errorRate()));
        } else {
            out.println("Tika + Tesseract chi_sim: not measured (" + tesseract + ")");
        }
        int n = Math.max(1, ours.pages);
        out.printf(Locale.ROOT, "govdoc stages, s/page: deskew %.2f, detection %.2f, classification %.2f (%d of %d lines), recognition %.2f, rules+boxes %.2f%n",
                stages.seconds(OcrStageTimes.Stage.DESKEW) / n, stages.seconds(OcrStageTimes.Stage.DETECTION) / n,
                stages.seconds(OcrStageTimes.Stage.CLASSIFICATION) / n, stages.classified(), stages.lines(),
                stages.seconds(OcrStageTimes.Stage.RECOGNITION) / n, stages.seconds(OcrStageTimes.Stage.LAYOUT) / n);
        out.printf(Locale.ROOT, "load average %.2f before, %.2f after (%d cores)%n", loadBefore, loadAfter, Runtime.getRuntime().availableProcessors());
        return 0;
    }

    /** {@code n} page indexes spread evenly over {@code pages} (all when there are fewer). */
    static List<Integer> spread(int pages, int n) {
        List<Integer> out = new ArrayList<>();
        if (n >= pages) {
            for (int p = 0; p < pages; p++) {
                out.add(p);
            }
            return out;
        }
        for (int k = 0; k < n; k++) {
            int p = n == 1 ? 0 : (int) Math.round((double) k * (pages - 1) / (n - 1));
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /**
     * CPU time of this process's finished children (Tesseract runs as one), from Linux's
     * /proc/self/stat (fields cutime and cstime, in clock ticks of 1/100 s); 0 elsewhere.
     */
    static long childrenCpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command: state is field 3, cutime field 16, cstime field 17
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The lines of the page's born-digital text. */
    private static List<String> reference(Path pdf, int page) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            s.setStartPage(page);
            s.setEndPage(page);
            return s.getText(doc).lines().toList();
        }
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
