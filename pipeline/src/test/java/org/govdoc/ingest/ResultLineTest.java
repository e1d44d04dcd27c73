package org.govdoc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.govdoc.record.DocType;
import org.govdoc.record.ErrorCode;
import org.govdoc.record.ErrorInfo;
import org.govdoc.record.Extraction;
import org.govdoc.record.FundingAmount;
import org.govdoc.record.Region;
import org.govdoc.record.Source;
import org.govdoc.record.Status;
import org.junit.jupiter.api.Test;

class ResultLineTest {

    private static final String SHA = "b".repeat(64);

    @Test
    void anOkFileShowsWhatItGave() {
        Extraction r = new Extraction(Extraction.SCHEMA_VERSION, null, null, Status.OK, null, DocType.BUDGET_PROJECT,
                "t", new Region("云南省", "昆明市", "呈贡区", "530114"), 2021, null, null, null, null,
                List.of(new FundingAmount(new BigDecimal("693810"), "69.381万元", "allocation", null, false, null, null)),
                null, null, null, null, null, null, null, null)
                .withSource(new Source("in/a.docx", "a.docx", "x", 1, null, SHA, null), null);
        assertThat(ResultLine.of(r).split("\t")).containsExactly("ok", "budget_project", "呈贡区", "2021",
                "indicators=0 amounts=1 tasks=0 deadlines=0 warnings=0", "in/a.docx");
    }

    @Test
    void aFailedFileSaysWhatWentWrongOnOneLine() {
        Extraction r = Extraction.failed(new Source("in/b.pdf", "b.pdf", "application/pdf", 1, null, SHA, null),
                ErrorInfo.of(ErrorCode.ENCRYPTED, "the PDF needs a password\tto open\nit"));
        assertThat(ResultLine.of(r)).doesNotContain("\n");
        assertThat(ResultLine.of(r).split("\t")).containsExactly("failed", "encrypted", "-", "-",
                "the PDF needs a password to open it", "in/b.pdf");
    }

    @Test
    void aPathWithANewlineATabOrABackslashIsEscaped() {
        Extraction r = Extraction.failed(new Source("in/a\nb\tc\\d\re\u0007.txt", "x", null, 1, null, SHA, null),
                ErrorInfo.of(ErrorCode.CORRUPT, "坏\r了"));
        String line = ResultLine.of(r);
        assertThat(line).doesNotContain("\n").doesNotContain("\r");
        assertThat(line.split("\t")).containsExactly("failed", "corrupt", "-", "-", "坏 了",
                "in/a\\nb\\tc\\\\d\\re\\u0007.txt");
        assertThat(ResultLine.escape("云南/呈贡区/方案.docx")).isEqualTo("云南/呈贡区/方案.docx");
    }
}
