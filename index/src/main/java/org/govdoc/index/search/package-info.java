/**
 * Searching and comparing the index, with typed requests and results.
 *
 * <h2>The API</h2>
 * <ul>
 *   <li>{@link org.govdoc.index.search.SearchRequest} (built with {@code SearchRequest.builder()}): query text with
 *       the syntax of {@link org.govdoc.index.search.QueryText} (words that must all match, {@code OR}/{@code |},
 *       {@code NOT}/{@code -}, {@code "phrases"}, parentheses) and filters: kind, places, years, docType, a
 *       government unit and its {@link org.govdoc.index.search.UnitRole} (lead or responsible), money by
 *       {@link org.govdoc.index.search.AmountRole} (allocation, not-allocation …), measure, due date, number range;
 *       paging ({@code limit}, {@code offset}), {@link org.govdoc.index.search.SearchSort}, facets, and folding one
 *       document held in several files. Contradictions (years or min/max reversed, unknown docType) are refused
 *       with an {@link java.lang.IllegalArgumentException} whose message is a sentence.</li>
 *   <li>{@link org.govdoc.index.search.EntrySearch}: {@code search(request)} → {@link org.govdoc.index.search.SearchResult}
 *       (total, hits, {@link org.govdoc.index.search.Facets}) and {@code count(request)}. Each
 *       {@link org.govdoc.index.search.SearchHit} carries its {@link org.govdoc.index.DocRef}, its typed
 *       {@link org.govdoc.index.search.EntryItem} (an {@code Indicator}, {@code Task}, {@code FundingAmount},
 *       {@code Deadline}, {@code Figure} of the record, or a document summary), the warning codes pointing at it,
 *       the highlighted title and text, and the paths of other files of the same document.</li>
 *   <li>{@link org.govdoc.index.search.EntryStatistics}: {@code compare(CompareRequest)} → one
 *       {@link org.govdoc.index.search.CompareRow} per group, measure and operator with count, sum, mean, min, max,
 *       median and how many values were flagged ({@link org.govdoc.index.search.FlaggedValues}).</li>
 *   <li>{@link org.govdoc.index.search.SearchJson}: the JSON of hits, the summary line and compare rows, as the
 *       CLI prints them (schemas in {@code schema/search-line.schema.json} and {@code schema/compare-row.schema.json}).</li>
 * </ul>
 *
 * <h2>The Lucene implementation</h2>
 * {@link org.govdoc.index.search.SearchIndex} opens an index for reading (searchers refreshed to the last commit,
 * the query builder, the highlighter); {@link org.govdoc.index.search.SearchService} and
 * {@link org.govdoc.index.search.CompareService} are its search and its statistics, each openable alone
 * ({@code open(Path)}) or sharing one {@code SearchIndex}. Stored entries are read back as
 * {@link org.govdoc.index.search.IndexEntry}; {@link org.govdoc.index.search.QueryFactory} builds queries;
 * {@link org.govdoc.index.search.FacetCounter} counts facets from doc values. Another engine implements
 * {@code EntrySearch} and {@code EntryStatistics} with the same requests and results.
 */
package org.govdoc.index.search;
