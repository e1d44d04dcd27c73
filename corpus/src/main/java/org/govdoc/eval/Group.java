package org.govdoc.eval;

/** The field groups eval reports precision, recall and F1 for. */
public enum Group {
    /** docType, region, year, docNumber, issueDate, project.* — every scalar of the gold but proposal. */
    METADATA("metadata"),
    /** amounts with role allocation, as a multiset of yuan. */
    FUNDING("funding"),
    /** indicator rows matched on level3, operator, value, unit. */
    INDICATORS("indicators"),
    /** body tasks matched on the first 12 characters of their text. */
    TASKS("tasks"),
    /** deadlines (date and ongoing) of tasks. */
    DEADLINES("deadlines"),
    /** lead and responsible units of tasks (and the gold's units list, when given). */
    UNITS("units"),
    /** proposal.* of replies. */
    PROPOSAL("proposal"),
    /** warning codes, for documents whose gold lists warnings. */
    WARNINGS("warnings");

    private final String id;

    Group(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
