/**
 * Title, 发文字号, issuing body, issue date and year of a document, and the implausible-year
 * warnings; the year also becomes the reference year of deadlines.
 */
package org.govdoc.extract.metadata;
