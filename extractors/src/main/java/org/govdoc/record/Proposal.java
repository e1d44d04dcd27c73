package org.govdoc.record;

import java.time.LocalDate;

/** A reply to a proposal (提案) or suggestion (建议). Every field may be null. */
public record Proposal(String meeting, String number, String proposer, String proposalTitle,
                       String replyingUnit, LocalDate replyDate, String contactPerson, String contactPhone,
                       String outcome, String openness) {
}
