/**
 * The HanLP analyzer of the index: segmentation with the domain dictionary, sub-words for
 * recall, and the replay of analysed pieces shared by the entries of one record.
 */
package org.govdoc.index.analysis;
