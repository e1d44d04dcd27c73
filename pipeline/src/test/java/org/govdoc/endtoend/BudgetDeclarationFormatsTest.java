package org.govdoc.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.govdoc.corpus.gen.DocumentFactory;
import org.govdoc.corpus.gen.GeneratedDocument;
import org.govdoc.corpus.gen.GoldWriter;
import org.govdoc.corpus.render.Renderers;
import org.govdoc.eval.DocumentScorer;
import org.govdoc.extract.FieldGroup;
import org.govdoc.eval.Tally;
import org.govdoc.extract.Extractor;
import org.govdoc.read.AltChunkDocx;
import org.govdoc.read.ReadOutcome;
import org.govdoc.read.TikaFileReader;
import org.govdoc.read.ofd.OfdRenderer;
import org.govdoc.record.DocType;
import org.govdoc.record.Extraction;
import org.govdoc.record.RecordJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated budget declarations (seed 7) written as DOCX and as the other formats OA systems and
 * e-archives hand out (OFD; a DOCX whose body is an altChunk), each read, extracted and scored
 * against its gold: the other formats must score exactly as the DOCX does, group by group.
 */
class BudgetDeclarationFormatsTest {

    private static final int DOCUMENTS = 12;
    private static final ObjectMapper JSON = RecordJson.mapper();
    private static final TikaFileReader READER = new TikaFileReader();
    private static final List<GeneratedDocument> DOCS = new ArrayList<>();

    @TempDir
    static Path dir;

    @BeforeAll
    static void generate() {
        DocumentFactory factory = new DocumentFactory(7);
        for (long i = 0; DOCS.size() < DOCUMENTS; i++) {
            GeneratedDocument g = factory.create(i);
            if (g.gold().docType() == DocType.BUDGET_PROJECT) {
                DOCS.add(g);
            }
        }
    }

    interface Writer {
        Path write(GeneratedDocument g, Path folder) throws Exception;
    }

    private static Tally score(String format, Writer writer) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(format));
        Tally total = new Tally();
        for (GeneratedDocument g : DOCS) {
            Path f = writer.write(g, folder);
            ReadOutcome o = READER.read(f);
            assertThat(o).as("%s %s", format, o).isInstanceOf(ReadOutcome.Read.class);
            Extraction e = new Extractor().extract(((ReadOutcome.Read) o).document());
            JsonNode out = JSON.valueToTree(e);
            DocumentScorer.DocScore s = DocumentScorer.score(g.stem(), GoldWriter.toJson(g.gold()), out);
            if (!s.mismatches().isEmpty()) {
                System.err.println(format + " " + g.stem() + ": " + s.mismatches());
            }
            total.addAll(s.tally());
        }
        return total;
    }

    private static String line(String format, Tally t) {
        StringBuilder b = new StringBuilder(format);
        for (FieldGroup g : FieldGroup.values()) {
            if (t.has(g)) {
                b.append(String.format(Locale.ROOT, " %s P=%.3f R=%.3f", g.id(), t.precision(g), t.recall(g)));
            }
        }
        return b.toString();
    }

    private static void assertSameScores(Tally docx, Tally other) {
        for (FieldGroup g : FieldGroup.values()) {
            assertThat(other.tp(g)).as("%s true positives", g).isEqualTo(docx.tp(g));
            assertThat(other.out(g)).as("%s found", g).isEqualTo(docx.out(g));
            assertThat(other.gold(g)).as("%s gold", g).isEqualTo(docx.gold(g));
        }
    }

    @Test
    void ofdScoresAsTheDocx() throws Exception {
        Tally docx = score("docx", (g, folder) -> {
            Path f = folder.resolve(g.stem() + ".docx");
            Renderers.forFormat("docx").render(g.spec(), f);
            return f;
        });
        Tally ofd = score("ofd", (g, folder) -> {
            Path f = folder.resolve(g.stem() + ".ofd");
            new OfdRenderer().render(g.spec(), f);
            return f;
        });
        System.err.println(line("docx", docx));
        System.err.println(line("ofd ", ofd));
        assertThat(docx.recall(FieldGroup.INDICATORS)).isEqualTo(1.0);
        assertSameScores(docx, ofd);
    }

    private static Tally docx() throws Exception {
        return score("docx", (g, folder) -> {
            Path f = folder.resolve(g.stem() + ".docx");
            Renderers.forFormat("docx").render(g.spec(), f);
            return f;
        });
    }

    private static byte[] html(GeneratedDocument g) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Renderers.forFormat("html").render(g.spec(), b);
        return b.toByteArray();
    }

    @Test
    void aDocxWhoseBodyIsAnHtmlOrMhtAltChunkScoresAsTheDocx() throws Exception {
        Tally docx = docx();
        Tally html = score("altchunk-html", (g, folder) -> {
            Path f = folder.resolve(g.stem() + ".docx");
            AltChunkDocx.write(f, "htm", "text/html", html(g));
            return f;
        });
        Tally mht = score("altchunk-mht", (g, folder) -> {
            Path f = folder.resolve(g.stem() + ".docx");
            AltChunkDocx.write(f, "mht", "message/rfc822", AltChunkDocx.mht(new String(html(g), StandardCharsets.UTF_8)));
            return f;
        });
        System.err.println(line("docx         ", docx));
        System.err.println(line("altchunk-html", html));
        System.err.println(line("altchunk-mht ", mht));
        assertSameScores(docx, html);
        assertSameScores(docx, mht);
    }
}
