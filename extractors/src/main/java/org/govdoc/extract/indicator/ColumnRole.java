package org.govdoc.extract.indicator;

/** What a column of a performance-indicator table holds. */
public enum ColumnRole {
    LEVEL1, LEVEL2, LEVEL3, OPERATOR, VALUE, UNIT, KIND, SCORING, CONTENT, BASIS, WEIGHT
}
