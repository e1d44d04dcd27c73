/**
 * The JSON record written for every file ({@link org.govdoc.record.Extraction}), the contract other
 * systems consume: its value types, error and warning codes, and the one JSON configuration
 * ({@link org.govdoc.record.RecordJson}). The published schema is {@code schema/extraction.schema.json}.
 */
package org.govdoc.record;
