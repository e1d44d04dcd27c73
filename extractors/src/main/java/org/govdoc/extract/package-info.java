/**
 * Rule-based extraction: {@link org.govdoc.extract.Extractor} turns a
 * {@link org.govdoc.model.Document} into an {@link org.govdoc.record.Extraction} by running the
 * extractors of every {@link org.govdoc.extract.FieldGroup} over one
 * {@link org.govdoc.extract.ExtractionDraft}. Each field group has its own sub-package; extractors
 * know genres, never file formats.
 */
package org.govdoc.extract;
