/**
 * The warnings group's own check, run after every field extractor: numbers the extractors used
 * that OCR read with low confidence ({@link org.govdoc.extract.warnings.LowConfidenceCheck}). The
 * other warnings are written by the groups that find them.
 */
package org.govdoc.extract.warnings;
