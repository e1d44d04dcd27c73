/**
 * OFD (GB/T 33190, China's fixed-layout format for official documents and e-archives) into the
 * document model: the package is checked ({@link org.govdoc.read.ofd.OfdPackage}: encryption,
 * DOCTYPEs, ZIP bombs), ofdrw walks each page's layers (template pages included) and annotations,
 * {@link org.govdoc.read.ofd.OfdPageCollector} turns text objects into layout text boxes and path
 * objects into ruling lines, and the same layout layer as born-digital PDF
 * ({@link org.govdoc.layout.LayoutAnalyzer}) builds lines, tables and reading order.
 */
package org.govdoc.read.ofd;
