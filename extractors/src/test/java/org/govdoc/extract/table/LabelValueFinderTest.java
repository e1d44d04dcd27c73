package org.govdoc.extract.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelValueFinderTest {

    @Test
    void sealNotesAreDroppedFromValues() {
        assertThat(LabelValueFinder.cleanValue("某某局（盖章）")).isEqualTo("某某局");
        assertThat(LabelValueFinder.cleanValue("某某\n局")).isEqualTo("某某局");
    }
}
