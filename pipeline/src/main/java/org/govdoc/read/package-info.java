/**
 * Readers: file → {@link org.govdoc.model.Document}. Detection by content (Tika), dispatch to a
 * format reader, fallbacks and per-file failures with their error codes; every reader builds its
 * blocks through {@link org.govdoc.read.DocumentBuilder}. Readers know formats, never genres.
 */
package org.govdoc.read;
