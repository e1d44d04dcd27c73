package org.govdoc.index.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.govdoc.index.EntryKind;
import org.junit.jupiter.api.Test;

/** A request travels as JSON (to the Solr query parser) and comes back equal, every field included. */
class SearchRequestJsonTest {

    @Test
    void everyFieldRoundTrips() {
        SearchRequest r = SearchRequest.builder().query("满意度 OR \"办结率\" -呈贡").kind(EntryKind.TASK).place("昆明")
                .place("呈贡区").years(2021, 2024).docType("work-plan").unit("政务服务").unitRole(UnitRole.LEAD)
                .measure("%").dueBefore(LocalDate.of(2023, 6, 30)).min(new BigDecimal("95.50"))
                .max(new BigDecimal("100")).amountRole(AmountRole.parse("not-allocation")).limit(7).offset(14)
                .sort(SearchSort.parse("-year")).facets(true).foldSameDocument(true).build();
        SearchRequest back = SearchRequestJson.read(SearchRequestJson.write(r));
        assertThat(back).isEqualTo(r);
        assertThat(back.unitRole()).isEqualTo(UnitRole.LEAD);
        assertThat(back.amountRole()).isEqualTo(new AmountRole("allocation", true));
        assertThat(back.sort()).isEqualTo(new SearchSort(SearchSort.Field.YEAR, true));
        assertThat(back.offset()).isEqualTo(14);
        assertThat(back.foldSameDocument()).isTrue();
    }

    @Test
    void theDefaultsRoundTrip() {
        SearchRequest r = SearchRequest.builder().build();
        assertThat(SearchRequestJson.read(SearchRequestJson.write(r))).isEqualTo(r);
    }

    @Test
    void aTextThatIsNoRequestIsRefusedWithASentence() {
        assertThatThrownBy(() -> SearchRequestJson.read("{\"limit\":-3}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> SearchRequestJson.read("not json")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a govdoc search request");
    }
}
