/**
 * Image files (JPG, PNG, multi-page TIFF) read as scanned pages: decoded one page at a time with
 * ImageIO, recognised by {@link org.govdoc.read.ocr.PageOcr}, laid out by the layout layer.
 */
package org.govdoc.read.image;
