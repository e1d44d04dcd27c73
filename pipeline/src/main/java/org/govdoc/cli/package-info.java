/**
 * The command line ({@code govdoc}, picocli): ingest, search, compare, remove, corpus, eval and
 * bench. Results go to stdout, progress and diagnostics to stderr.
 */
package org.govdoc.cli;
