package org.govdoc.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MetadataValuesTest {

    @Test
    void w3cdtfDatesInEveryFormTheFilesWrite() {
        assertThat(MetadataValues.w3cdtf("2024-03-05T09:30:00Z")).isEqualTo(Instant.parse("2024-03-05T09:30:00Z"));
        assertThat(MetadataValues.w3cdtf(" 2024-03-05T09:30:00.250Z ")).isEqualTo(Instant.parse("2024-03-05T09:30:00.250Z"));
        assertThat(MetadataValues.w3cdtf("2024-03-05T09:30:00+08:00")).isEqualTo(Instant.parse("2024-03-05T01:30:00Z"));
        assertThat(MetadataValues.w3cdtf("2024-03-05T09:30:00")).isEqualTo(Instant.parse("2024-03-05T09:30:00Z"));
        assertThat(MetadataValues.w3cdtf("2024-03-05")).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
    }

    @Test
    void unreadableBlankAndPlaceholderDatesAreNull() {
        assertThat(MetadataValues.w3cdtf("2024年3月5日")).isNull();
        assertThat(MetadataValues.w3cdtf(" ")).isNull();
        assertThat(MetadataValues.w3cdtf(null)).isNull();
        assertThat(MetadataValues.w3cdtf("1601-01-01T00:00:00Z")).isNull();
    }

    @Test
    void textIsStrippedAndBlankIsNull() {
        assertThat(MetadataValues.text("  标题 ")).isEqualTo("标题");
        assertThat(MetadataValues.text(" \t")).isNull();
    }
}
