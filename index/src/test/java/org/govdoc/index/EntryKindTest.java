package org.govdoc.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.govdoc.extract.FieldGroup;
import org.junit.jupiter.api.Test;

class EntryKindTest {

    @Test
    void aKindIsFoundByItsOwnNameOrByItsFieldGroupsName() {
        assertThat(EntryKind.fromId("amount")).isEqualTo(EntryKind.AMOUNT);
        assertThat(EntryKind.fromId("funding")).isEqualTo(EntryKind.AMOUNT);
        assertThat(EntryKind.fromId(" Indicators ")).isEqualTo(EntryKind.INDICATOR);
        assertThat(EntryKind.fromId("metadata")).isEqualTo(EntryKind.DOCUMENT);
    }

    @Test
    void everyKindStandsForADistinctFieldGroup() {
        assertThat(Arrays.stream(EntryKind.values()).map(EntryKind::group)).doesNotHaveDuplicates()
                .doesNotContainNull()
                .contains(FieldGroup.FUNDING, FieldGroup.FIGURES);
    }

    @Test
    void anUnknownKindIsRefusedWithItsName() {
        assertThatThrownBy(() -> EntryKind.fromId("budget")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("budget");
    }
}
