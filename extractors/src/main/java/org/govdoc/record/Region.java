package org.govdoc.record;

/** The administrative division a document belongs to (GB/T 2260). */
public record Region(String province, String city, String district, String code) {
}
