/**
 * HTML (and formats Tika renders as XHTML) through Tika's XHTML events: paragraphs and tables,
 * rowspan and colspan kept.
 */
package org.govdoc.read.xhtml;
