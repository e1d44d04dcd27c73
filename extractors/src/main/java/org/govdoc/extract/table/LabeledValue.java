package org.govdoc.extract.table;

import org.govdoc.model.Location;

/**
 * A value found next to a label: in a key/value table (label cell, value cell), in a
 * "label：value" paragraph, or in the paragraph after a paragraph that is only the label.
 *
 * @param label    the label as written
 * @param value    the value, whitespace collapsed and line breaks between Chinese characters removed
 * @param context  the row or paragraph it came from
 * @param location where the value stands
 */
public record LabeledValue(String label, String value, String context, Location location) {
}
