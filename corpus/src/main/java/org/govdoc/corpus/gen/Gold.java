package org.govdoc.corpus.gen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.govdoc.record.DocType;

/**
 * What a generated document says, from the generator's own data: the answers an extractor should
 * give. {@link GoldWriter} writes it as {@code <name>.gold.json} with the field names of
 * {@link org.govdoc.record.Extraction}.
 *
 * @param project  the declared project (budget declarations only, else null)
 * @param proposal the answered proposal (replies only, else null)
 * @param warnings codes of the errors planted in the document ({@code org_code_check_digit}, {@code impossible_target},
 *                 {@code implausible_year})
 */
public record Gold(DocType docType, District region, Integer year, String docNumber, LocalDate issueDate,
                   Project project, List<Amount> fundingAmounts, List<Indicator> indicators, List<Task> tasks,
                   Proposal proposal, List<String> warnings) {

    public Gold {
        fundingAmounts = List.copyOf(fundingAmounts);
        indicators = List.copyOf(indicators);
        tasks = List.copyOf(tasks);
        warnings = List.copyOf(warnings);
    }

    /** The project of a budget declaration; fields not printed in the document are null. */
    public record Project(String name, String unit, String orgCode, Boolean orgCodeValid, String address,
                          String phone, String legalRepresentative, String fundingSource, LocalDate periodStart,
                          LocalDate periodEnd) {
    }

    /** A money figure; role "allocation" for the project's own budget. */
    public record Amount(BigDecimal amountYuan, String role, String text) {
    }

    /** An indicator row; kind null when the table has no kind column (then it is not scored). */
    public record Indicator(String level1, String level2, String level3, String operator, BigDecimal value,
                            String unit, String kind) {
    }

    /**
     * A task of a work plan.
     *
     * @param dates the acceptable deadline dates, the true one first (a misprinted year adds the
     *              date as printed); empty when the task has no dated deadline
     */
    public record Task(String text, List<String> leadUnits, List<String> responsibleUnits, List<LocalDate> dates,
                       boolean ongoing) {
        public Task {
            leadUnits = List.copyOf(leadUnits);
            responsibleUnits = List.copyOf(responsibleUnits);
            dates = List.copyOf(dates);
        }
    }

    /**
     * A reply to a proposal.
     *
     * @param openness the acceptable spellings of the openness note, the usual one first
     */
    public record Proposal(String meeting, String number, String proposer, String proposalTitle,
                           String replyingUnit, LocalDate replyDate, String contactPerson, String contactPhone,
                           String outcome, List<String> openness) {
        public Proposal {
            openness = List.copyOf(openness);
        }
    }
}
