/**
 * The deadlines group: every dated or recurring deadline phrase (年底前, 2023年6月30日前, 长期坚持)
 * with its date, relative to the document's reference year.
 */
package org.govdoc.extract.deadlines;
