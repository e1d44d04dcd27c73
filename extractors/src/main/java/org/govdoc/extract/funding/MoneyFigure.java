package org.govdoc.extract.funding;

import org.govdoc.record.FundingAmount;

/**
 * A money figure as read where it stands, before {@link FundingRoles} settles the roles of the
 * document's figures together.
 *
 * @param amount       the figure with the role its own cues give
 * @param label        the words it is read with: the clause before it in a paragraph; its own
 *                     cell's words before it and its row label in a table
 * @param roleCue      the cue that gave the role ("" when none did)
 * @param fromHeader   true when the role came from the column header alone (a header over a list
 *                     of item amounts names each item's budget, not the project's)
 * @param form         the form the figure belongs to: {@link #PARAGRAPHS} for the document's
 *                     paragraphs, else a number per table or per form of a table
 * @param indicatorRow true for a figure in a row of the performance indicators (成本指标 targets)
 * @param part         true for a listed part of a sum: after 其中/包括/用于, or in parentheses right
 *                     after a figure (854万（培训400万元，…）)
 * @param alone        true for a table cell that holds nothing but the figure (a value of a
 *                     label/value form, not a sentence)
 */
record MoneyFigure(FundingAmount amount, String label, String roleCue, boolean fromHeader, int form,
                   boolean indicatorRow, boolean part, boolean alone) {

    /** The form of every paragraph figure. */
    static final int PARAGRAPHS = -1;

    String role() {
        return amount.role();
    }

    MoneyFigure withRole(String role) {
        FundingAmount a = amount;
        return new MoneyFigure(new FundingAmount(a.amountYuan(), a.text(), role, a.qualifier(), a.approximate(),
                a.context(), a.location()), label, roleCue, fromHeader, form, indicatorRow, part, alone);
    }

    /** True for a figure of a table. */
    boolean inTable() {
        return form != PARAGRAPHS;
    }
}
