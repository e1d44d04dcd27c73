/**
 * MHT / MHTML single-file web pages (often saved under a .doc name): the first HTML part decoded
 * and read as HTML.
 */
package org.govdoc.read.mht;
