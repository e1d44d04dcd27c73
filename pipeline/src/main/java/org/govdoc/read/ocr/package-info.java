/**
 * OCR of scanned pages and image files: PP-OCRv4 (text detection, direction classifier,
 * recognition) run through ONNX Runtime's Java API, deskew and ruling-line detection in the page
 * image, and the adapter that turns a page image into the layout layer's
 * {@link org.govdoc.layout.PageContent}, so that the same layout code that reads born-digital
 * PDFs builds the paragraphs and tables of scans. See docs/ocr.md.
 */
package org.govdoc.read.ocr;
