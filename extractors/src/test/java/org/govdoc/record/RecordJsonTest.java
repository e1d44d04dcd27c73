package org.govdoc.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.govdoc.model.Box;
import org.govdoc.model.Location;
import org.junit.jupiter.api.Test;

class RecordJsonTest {

    @Test
    void aLocationListsOnlyThePartsItHas() throws Exception {
        String para = RecordJson.mapper().writeValueAsString(Location.ofBlock(1, 2));
        String cell = RecordJson.mapper().writeValueAsString(Location.ofCell(2, 7, 0, 3, 4));

        assertThat(para).isEqualTo("{\"page\":1,\"block\":2}");
        assertThat(cell).isEqualTo("{\"page\":2,\"block\":7,\"table\":0,\"row\":3,\"column\":4}");
    }

    @Test
    void otherAbsentValuesStayAsNullAndMoneyIsPlain() throws Exception {
        record Amount(BigDecimal yuan, String role) {
        }
        String json = RecordJson.mapper().writeValueAsString(new Amount(new BigDecimal("6.9381E+5"), null));

        assertThat(json).isEqualTo("{\"yuan\":693810,\"role\":null}");
    }

    @Test
    void aLocationReadByOcrCarriesItsBoxAndConfidenceAndReadsBack() throws Exception {
        Location read = Location.ofCell(2, 7, 0, 3, 4).withProvenance(new Box(56.71, 102.34, 120, 18.25), 0.62);

        String json = RecordJson.mapper().writeValueAsString(read);

        assertThat(json).isEqualTo("{\"page\":2,\"block\":7,\"table\":0,\"row\":3,\"column\":4,"
                + "\"box\":{\"x\":56.7,\"y\":102.3,\"width\":120.0,\"height\":18.3},\"confidence\":0.62}");
        assertThat(RecordJson.mapper().readValue(json, Location.class)).isEqualTo(read);
    }

    @Test
    void aLocationReadsBackFromItsShortForm() throws Exception {
        Location back = RecordJson.mapper().readValue("{\"page\":3,\"block\":9}", Location.class);

        assertThat(back).isEqualTo(Location.ofBlock(3, 9));
    }
}
