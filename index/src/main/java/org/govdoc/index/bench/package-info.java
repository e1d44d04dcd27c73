/**
 * Benchmarks of the index: analyzer quality against other Chinese analyzers, and search speed on
 * a large synthetic index; figures reported as ratios measured in the same run.
 */
package org.govdoc.index.bench;
