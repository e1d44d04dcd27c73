/**
 * The document model every reader builds and every extractor reads: a
 * {@link org.govdoc.model.Document} of paragraphs and tables (a sealed {@link org.govdoc.model.Block}),
 * each with its {@link org.govdoc.model.Location}. Formats are gone at this level, and so is JSON.
 */
package org.govdoc.model;
