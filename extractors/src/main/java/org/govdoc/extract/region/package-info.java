/**
 * The region group: the district, county or city the document belongs to, found from where the
 * issuing level names itself, against GB/T 2260 divisions.
 */
package org.govdoc.extract.region;
