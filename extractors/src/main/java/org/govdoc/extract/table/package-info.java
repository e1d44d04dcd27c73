/**
 * Table helpers shared by the extractors: a grid view of a table with merged cells resolved,
 * label–value pairs in form-like tables and in tab-separated paragraphs.
 */
package org.govdoc.extract.table;
