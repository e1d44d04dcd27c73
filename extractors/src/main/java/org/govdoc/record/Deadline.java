package org.govdoc.record;

import java.time.LocalDate;
import org.govdoc.model.Location;

/**
 * A dated obligation found anywhere in the text.
 *
 * @param date       the date, or null for a recurring obligation
 * @param recurrence a recurring rule as written in normal form (e.g. "每季度末月10日"), or null
 * @param text       the date phrase as written
 * @param context    the sentence it stands in
 */
public record Deadline(LocalDate date, String recurrence, String text, String context, Location location) {
}
