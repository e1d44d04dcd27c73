/**
 * The layout layer: pages of positioned text boxes and ruling lines ({@link org.govdoc.layout.PageContent}),
 * from any source (PDF glyphs, OCR word boxes, OFD text objects), turned into paragraphs and real
 * tables in reading order through {@link org.govdoc.layout.LayoutAnalyzer}. Knows no file format
 * and no genre; its tolerances are in {@link org.govdoc.layout.LayoutConfig}.
 */
package org.govdoc.layout;
