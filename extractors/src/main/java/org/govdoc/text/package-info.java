/**
 * The text layer, one place per concern: the Chinese text normaliser, the money parser (exact
 * {@code BigDecimal} yuan), the date parser, Chinese numerals, numbers, operators and quantities.
 */
package org.govdoc.text;
