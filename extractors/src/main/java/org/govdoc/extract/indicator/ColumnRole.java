package org.govdoc.extract.indicator;

/**
 * What a column of a performance-indicator table holds. The LONG_TERM roles are the columns of a
 * long-term (中长期, 中期, 实施期) set standing beside the annual one.
 */
public enum ColumnRole {
    LEVEL1, LEVEL2, LEVEL3, OPERATOR, VALUE, UNIT, KIND, SCORING, CONTENT, BASIS, WEIGHT,
    LONG_TERM_LEVEL2, LONG_TERM_LEVEL3, LONG_TERM_OPERATOR, LONG_TERM_VALUE, LONG_TERM_UNIT
}
