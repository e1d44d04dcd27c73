/**
 * The one layout layer of fixed-layout pages: text boxes and ruling lines become lines, tables
 * (lattice from rules, stream from alignment), reading order and dropped page furniture.
 */
package org.govdoc.layout;
