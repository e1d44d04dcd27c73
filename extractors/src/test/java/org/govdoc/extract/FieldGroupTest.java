package org.govdoc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.govdoc.record.Extraction;
import org.junit.jupiter.api.Test;

class FieldGroupTest {

    /** The record's own bookkeeping, filled by the pipeline rather than by a field group. */
    private static final List<String> NOT_EXTRACTED = List.of("schemaVersion", "id", "source", "status", "error", "text");

    @Test
    void everyExtractedFieldOfTheRecordBelongsToExactlyOneGroup() {
        List<String> extracted = Arrays.stream(Extraction.class.getRecordComponents())
                .map(c -> c.getName())
                .filter(n -> !NOT_EXTRACTED.contains(n))
                .toList();
        List<String> claimed = new ArrayList<>();
        for (FieldGroup g : FieldGroup.values()) {
            claimed.addAll(g.recordFields());
        }

        assertThat(claimed).containsExactlyInAnyOrderElementsOf(extracted);
    }

    @Test
    void theStandardCompositionIsTheGroupsExtractorsInTheirOrder() {
        List<String> standard = Extractor.standard().stream().map(e -> e.getClass().getSimpleName()).toList();

        assertThat(standard).containsExactly("DocTypeClassifier", "ProjectExtractor", "MetadataExtractor",
                "RegionExtractor", "FundingExtractor", "IndicatorExtractor", "TaskExtractor", "DeadlineExtractor",
                "ProposalExtractor", "UnitExtractor", "FigureExtractor", "LowConfidenceCheck");
    }

    @Test
    void aGroupIsFoundByItsNameAndByTheFieldsItFills() {
        assertThat(FieldGroup.byId(" Funding ")).contains(FieldGroup.FUNDING);
        assertThat(FieldGroup.byId("amounts")).isEmpty();
        assertThat(FieldGroup.ofRecordField("fundingAmounts")).contains(FieldGroup.FUNDING);
        assertThat(FieldGroup.ofRecordField("issueDate")).contains(FieldGroup.METADATA);
        assertThat(FieldGroup.ofRecordField("text")).isEmpty();
    }
}
