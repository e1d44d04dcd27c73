/**
 * Scoring of an ingest output against gold files, per {@link org.govdoc.extract.FieldGroup} and per
 * document, with the mismatches listed; the same rules as {@code ../shared/eval/score.py}.
 */
package org.govdoc.eval;
