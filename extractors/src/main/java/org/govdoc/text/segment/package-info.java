/**
 * Word segmentation with HanLP and the domain vocabulary (GB/T 2260 place names, government
 * unit names, indicator words) that both the extractors and the index analyzer use.
 */
package org.govdoc.text.segment;
