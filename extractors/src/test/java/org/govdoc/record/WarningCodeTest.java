package org.govdoc.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.govdoc.model.Location;
import org.junit.jupiter.api.Test;

class WarningCodeTest {

    @Test
    void theSchemaListsExactlyTheWarningCodes() throws Exception {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/org/govdoc/record/extraction.schema.json")) {
            schema = RecordJson.mapper().readTree(in);
        }
        List<String> inSchema = new ArrayList<>();
        schema.at("/$defs/warning/properties/code/enum").forEach(n -> inSchema.add(n.asText()));

        assertThat(inSchema).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(WarningCode.values()).map(WarningCode::code).toList());
    }

    @Test
    void aWarningIsMadeFromItsCodeAndReadsBackAsTheSameCode() throws Exception {
        Warning w = Warning.of(WarningCode.IMPOSSIBLE_TARGET, "完成率 120% 超过 100%", Location.ofBlock(1, 4));

        String json = RecordJson.mapper().writeValueAsString(w);
        Warning back = RecordJson.mapper().readValue(json, Warning.class);

        assertThat(json).contains("\"code\":\"impossible_target\"");
        assertThat(back).isEqualTo(w);
        assertThat(back.kind()).isEqualTo(WarningCode.IMPOSSIBLE_TARGET);
    }

    @Test
    void aCodeNobodyDocumentedIsRefused() {
        assertThatThrownBy(() -> new Warning("looks_odd", "?", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("looks_odd");
    }
}
