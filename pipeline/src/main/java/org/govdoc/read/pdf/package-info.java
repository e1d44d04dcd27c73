/**
 * Born-digital PDF through PDFBox: text boxes and ruling lines per page, handed to the layout
 * layer.
 */
package org.govdoc.read.pdf;
