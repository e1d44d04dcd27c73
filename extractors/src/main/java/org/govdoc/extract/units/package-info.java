/**
 * The units group: government units named in a document, split, expanded with the region and
 * brought to a canonical name.
 */
package org.govdoc.extract.units;
