/**
 * The indicators group: rows of a 绩效目标表 (level 1–3 indicator, operator, target value and
 * unit, kind), whatever the column layout, header wording or number of target sets.
 */
package org.govdoc.extract.indicator;
