package org.govdoc.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govdoc.read.ReadAssertions.readOk;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.govdoc.model.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Word's automatic numbering is put back in front of its paragraphs; nested tables are flattened. */
class DocxNumberingTest {

    @TempDir
    Path dir;

    private static void level(CTAbstractNum abs, int ilvl, STNumberFormat.Enum fmt, String text) {
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(ilvl));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(fmt);
        lvl.addNewLvlText().setVal(text);
    }

    @Test
    void numbersAreKeptAsPrefixes() throws Exception {
        Path f = dir.resolve("numbered.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ZERO);
            level(abs, 0, STNumberFormat.DECIMAL, "%1.");
            level(abs, 1, STNumberFormat.DECIMAL, "（%2）");
            BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
            BigInteger numId = numbering.addNum(absId);
            String[][] items = {{"0", "深入推进政务服务事项标准化。"}, {"1", "做好行政许可事项实施规范编制工作。"},
                {"1", "推进事项标准化、规范化管理。"}, {"0", "全面落实政务服务事项实施清单标准化。"}};
            for (String[] item : items) {
                XWPFParagraph p = doc.createParagraph();
                p.setNumID(numId);
                p.setNumILvl(new BigInteger(item[0]));
                p.createRun().setText(item[1]);
            }
            XWPFTable outer = doc.createTable(1, 2);
            outer.getRow(0).getCell(0).setText("外层");
            XWPFTable inner = outer.getRow(0).getCell(1).insertNewTbl(
                    outer.getRow(0).getCell(1).getParagraphArray(0).getCTP().newCursor());
            inner.getCTTbl().addNewTblPr();
            var r1 = inner.createRow();
            r1.addNewTableCell().setText("甲");
            r1.addNewTableCell().setText("乙");
            var r2 = inner.createRow();
            r2.addNewTableCell().setText("丙");
            r2.addNewTableCell().setText("丁");
            try (OutputStream out = Files.newOutputStream(f)) {
                doc.write(out);
            }
        }
        var document = readOk(new TikaFileReader().read(f));
        assertThat(document.paragraphs()).extracting(Paragraph::text).containsExactly(
                "1.深入推进政务服务事项标准化。", "（1）做好行政许可事项实施规范编制工作。",
                "（2）推进事项标准化、规范化管理。", "2.全面落实政务服务事项实施清单标准化。");
        var cells = ReadAssertions.cells(document.tables().get(0));
        assertThat(cells).hasSize(2);
        assertThat(cells.get(0)).isEqualTo("0,0,1,1:外层");
        assertThat(cells.get(1)).contains("甲 乙").contains("丙 丁");
    }

    @Test
    void chineseCountingNumbers() throws Exception {
        Path f = dir.resolve("chinese.docx");
        NumberedDocx.write(f);
        var document = readOk(new TikaFileReader().read(f));
        assertThat(document.paragraphs()).extracting(Paragraph::text).containsExactlyElementsOf(NumberedDocx.EXPECTED);
    }

    @Test
    void listNumbersOfWord97RtfAndOdt() throws Exception {
        for (String name : new String[] {"numbered.doc", "numbered.rtf", "numbered.odt"}) {
            var document = readOk(new TikaFileReader().read(FormatReadTest.fixture(name)));
            assertThat(document.paragraphs()).as(name).extracting(Paragraph::text)
                    .containsExactlyElementsOf(NumberedDocx.EXPECTED);
        }
    }
}
