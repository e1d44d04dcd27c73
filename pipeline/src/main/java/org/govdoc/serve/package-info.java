/**
 * {@code govdoc serve}: a read-only REST API (JSON) over the index and a Chinese web search page
 * served from the jar, on the JDK's own HTTP server. Safe by default: loopback only, a token required
 * to bind elsewhere, bounded requests, no CORS, upload-and-ingest off unless asked for. The routes are
 * in {@link org.govdoc.serve.ApiRoutes} and described by {@code openapi.json}; the glue to the search
 * API is {@link org.govdoc.serve.SearchBackend}. See docs/serve.md.
 */
package org.govdoc.serve;
