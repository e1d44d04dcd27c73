/**
 * Plain text: one paragraph per non-blank line, the charset from a BOM or the bytes (UTF-8,
 * GB18030/GBK, UTF-16); binary content fails as unsupported_type.
 */
package org.govdoc.read.text;
