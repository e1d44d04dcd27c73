/**
 * Search over the index: requests with filters, facets, highlights, and the cross-district
 * comparison of indicator targets.
 */
package org.govdoc.index.search;
