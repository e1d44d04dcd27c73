package org.govdoc.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.govdoc.corpus.render.PdfRenderer;
import org.govdoc.corpus.spec.DocSpec;
import org.govdoc.corpus.spec.PageFurniture;
import org.govdoc.corpus.spec.SpecBlock;
import org.govdoc.read.pdf.PdfReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `govdoc bench pdf [PATH...]`: pages per second of the layout-aware PDF reader against plain
 * PDFBox text extraction (PDFTextStripper) on the same files in the same run, reported as a cost
 * ratio. Files are read into memory first; both sides parse the PDF from bytes. Warm-up rounds
 * first, then several measured rounds; the median round counts.
 */
@Command(name = "pdf", mixinStandardHelpOptions = true,
        description = "Layout analysis vs plain PDFTextStripper extraction: pages/second and cost ratio (median of runs).")
public final class PdfBenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "PDF files or folders (searched recursively) to add to the generated PDFs.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--generated", defaultValue = "8", description = "How many PDFs to generate with the corpus PDF renderer (default ${DEFAULT-VALUE}).")
    int generated;

    @Option(names = "--warmup", defaultValue = "3", description = "Warm-up rounds, not measured (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", defaultValue = "5", description = "Measured rounds; the median is reported (default ${DEFAULT-VALUE}).")
    int runs;

    /** One PDF held in memory. */
    private record Input(String name, byte[] bytes, int pages) {
    }

    @Override
    public Integer call() throws IOException {
        List<Input> generatedInputs = new ArrayList<>();
        for (int i = 0; i < generated; i++) {
            generatedInputs.add(input("generated-" + i, render(BenchDocuments.spec(i))));
        }
        List<Input> given = new ArrayList<>();
        for (Path p : paths) {
            try (Stream<Path> files = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
                for (Path f : files.filter(Files::isRegularFile)
                        .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList()) {
                    try {
                        given.add(input(f.toString(), Files.readAllBytes(f)));
                    } catch (IOException e) {
                        System.err.println("skipped " + f + ": " + e.getMessage());
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-10s %5s %6s %16s %16s %12s%n", "set", "files", "pages", "plain pages/s", "layout pages/s", "cost ratio");
        report("generated", generatedInputs);
        if (!given.isEmpty()) {
            report("given", given);
            List<Input> all = new ArrayList<>(generatedInputs);
            all.addAll(given);
            report("all", all);
        }
        return 0;
    }

    private void report(String set, List<Input> inputs) throws IOException {
        if (inputs.isEmpty()) {
            return;
        }
        int pages = inputs.stream().mapToInt(Input::pages).sum();
        for (int i = 0; i < warmup; i++) {
            System.err.printf(Locale.ROOT, "%s: warm-up %d/%d%n", set, i + 1, warmup);
            plain(inputs);
            layout(inputs);
        }
        long[] plainNs = new long[runs];
        long[] layoutNs = new long[runs];
        for (int i = 0; i < runs; i++) {
            // alternate the order so that neither side always runs on a warmer cache
            if (i % 2 == 0) {
                plainNs[i] = plain(inputs);
                layoutNs[i] = layout(inputs);
            } else {
                layoutNs[i] = layout(inputs);
                plainNs[i] = plain(inputs);
            }
            System.err.printf(Locale.ROOT, "%s: run %d/%d plain %.1f ms, layout %.1f ms%n", set, i + 1, runs,
                    plainNs[i] / 1e6, layoutNs[i] / 1e6);
        }
        double plain = median(plainNs);
        double layout = median(layoutNs);
        System.out.printf(Locale.ROOT, "%-10s %5d %6d %16.1f %16.1f %11.2fx%n", set, inputs.size(), pages,
                pages / (plain / 1e9), pages / (layout / 1e9), layout / plain);
    }

    private static long plain(List<Input> inputs) throws IOException {
        long t0 = System.nanoTime();
        long chars = 0;
        for (Input in : inputs) {
            try (PDDocument doc = Loader.loadPDF(in.bytes())) {
                StringWriter w = new StringWriter();
                new PDFTextStripper().writeText(doc, w);
                chars += w.getBuffer().length();
            }
        }
        long t = System.nanoTime() - t0;
        if (chars < 0) {
            throw new IllegalStateException();
        }
        return t;
    }

    private static long layout(List<Input> inputs) throws IOException {
        long t0 = System.nanoTime();
        long blocks = 0;
        for (Input in : inputs) {
            try (PDDocument doc = Loader.loadPDF(in.bytes())) {
                blocks += new PdfReader().read(doc, "application/pdf").blocks().size();
            }
        }
        long t = System.nanoTime() - t0;
        if (blocks < 0) {
            throw new IllegalStateException();
        }
        return t;
    }

    private static double median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }

    private static Input input(String name, byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new Input(name, bytes, doc.getNumberOfPages());
        }
    }

    private static byte[] render(DocSpec spec) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().render(spec, out);
        return out.toByteArray();
    }

    /** Documents like the archive's: numbered work-plan text, a long bordered indicator table, an aligned table. */
    static final class BenchDocuments {

        private static final String SENTENCE = "依托省政务服务平台统一提供政务服务，优化网上办事指南和操作说明，"
                + "提供在线导办帮办、智能客服，推动政务服务线上线下融合发展，实现无差别受理、同标准办理。";

        private BenchDocuments() {
        }

        static DocSpec spec(int seed) {
            List<SpecBlock> blocks = new ArrayList<>();
            blocks.add(new SpecBlock.Paragraph("关于印发第" + (seed + 1) + "号工作方案的通知", 1, true));
            String[] big = {"一、", "二、", "三、", "四、"};
            for (int s = 0; s < big.length; s++) {
                blocks.add(new SpecBlock.Paragraph(big[s] + "重点任务", 2, false));
                for (int k = 1; k <= 3 + seed % 3; k++) {
                    blocks.add(SpecBlock.Paragraph.body(k + "." + SENTENCE.repeat(1 + (k + seed) % 3)));
                    blocks.add(SpecBlock.Paragraph.body("牵头单位：区政务服务局"));
                    blocks.add(SpecBlock.Paragraph.body("完成时限：2023年" + (k + 5) + "月底前"));
                }
            }
            List<List<SpecBlock.Cell>> rows = new ArrayList<>();
            rows.add(cells("一级指标", "二级指标", "三级指标", "指标值", "度量单位", "评（扣）分标准"));
            for (int r = 0; r < 30 + seed * 5; r++) {
                rows.add(cells("产出指标", "数量指标", "开展第" + r + "项营商环境专题培训", String.valueOf(50 + r), "人次",
                        "未开展考察学习工作的，扣" + (r % 10 + 1) + "分；\n完成率低于90%的，扣5分。"));
            }
            blocks.add(new SpecBlock.Table(rows, true, 1, seed % 2 == 0));
            List<List<SpecBlock.Cell>> aligned = new ArrayList<>();
            aligned.add(cells("序号", "工作任务", "责任单位", "完成时限"));
            for (int r = 1; r <= 8; r++) {
                aligned.add(cells(String.valueOf(r), "推进第" + r + "项改革任务", "区政务服务局", "2023年" + r + "月底前"));
            }
            blocks.add(new SpecBlock.Table(aligned, false, 1, false));
            if (seed % 3 == 2) {
                blocks.add(new SpecBlock.PageBreak(true));
                blocks.add(SpecBlock.Paragraph.body("附件：" + SENTENCE));
            }
            return new DocSpec("工作方案" + seed, "区政务服务局", blocks,
                    new PageFurniture(seed % 2 == 0 ? "区人民政府办公室" : null, seed % 2 == 0 ? "dash" : "of"));
        }

        private static List<SpecBlock.Cell> cells(String... texts) {
            return Arrays.stream(texts).map(SpecBlock.Cell::of).toList();
        }
    }
}
