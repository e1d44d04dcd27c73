/**
 * The figures group: narrative statistics, a number with its measure word and the noun phrase it
 * measures (新增市场主体23299户).
 */
package org.govdoc.extract.figure;
