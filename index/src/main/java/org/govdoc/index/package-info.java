/**
 * The embedded Lucene index: the schema of its entries ({@link org.govdoc.index.IndexFields}), how
 * a record becomes a document entry plus one entry per indicator, task, amount, deadline and figure
 * ({@link org.govdoc.index.EntryDocuments}), and the store that writes them.
 */
package org.govdoc.index;
