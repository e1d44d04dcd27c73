package org.govdoc.read;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * A DOCX whose paragraph numbers are Word automatic numbering ("一、" "（一）" "1."), not text, as
 * work plans are often written. Source of the numbered.doc/.rtf fixtures.
 */
final class NumberedDocx {

    /** The paragraphs as Word displays them. */
    static final List<String> EXPECTED = List.of("一、总体目标", "二、重点任务", "（一）全面落实政务服务标准化",
            "1.深入推进", "2.全面落实", "（二）持续推进政务服务规范化");

    private NumberedDocx() {
    }

    private static void level(CTAbstractNum abs, int ilvl, STNumberFormat.Enum fmt, String text) {
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(ilvl));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(fmt);
        lvl.addNewLvlText().setVal(text);
    }

    static void write(Path f) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ONE);
            level(abs, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
            level(abs, 1, STNumberFormat.CHINESE_COUNTING, "（%2）");
            level(abs, 2, STNumberFormat.DECIMAL, "%3.");
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering)));
            String[][] items = {{"0", "总体目标"}, {"0", "重点任务"}, {"1", "全面落实政务服务标准化"},
                {"2", "深入推进"}, {"2", "全面落实"}, {"1", "持续推进政务服务规范化"}};
            for (String[] item : items) {
                XWPFParagraph p = doc.createParagraph();
                p.setNumID(numId);
                p.setNumILvl(new BigInteger(item[0]));
                p.createRun().setText(item[1]);
            }
            try (OutputStream out = Files.newOutputStream(f)) {
                doc.write(out);
            }
        }
    }
}
