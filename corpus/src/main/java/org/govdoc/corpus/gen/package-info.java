/**
 * The synthetic archive: generators of budget declarations, work plans, replies to proposals
 * and notices for the districts and counties of Yunnan, each document described as a {@code DocSpec}
 * together with its {@link org.govdoc.corpus.gen.Gold} answers, written in every format by
 * {@link org.govdoc.corpus.gen.CorpusGenerator} (deterministic for a seed, streamed).
 */
package org.govdoc.corpus.gen;
