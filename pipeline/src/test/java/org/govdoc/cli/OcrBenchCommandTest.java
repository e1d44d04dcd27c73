package org.govdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OcrBenchCommandTest {

    @Test
    void pagesAreSpreadOverTheDocument() {
        assertThat(OcrBenchCommand.spread(10, 3)).containsExactly(0, 5, 9);
        assertThat(OcrBenchCommand.spread(7, 3)).containsExactly(0, 3, 6);
        assertThat(OcrBenchCommand.spread(2, 3)).containsExactly(0, 1);
        assertThat(OcrBenchCommand.spread(5, 1)).containsExactly(0);
    }
}
