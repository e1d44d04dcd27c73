package org.govdoc.record;

import java.time.LocalDate;

/**
 * A task's deadline (完成时限).
 *
 * @param date    the last day, or null when the text names none
 * @param text    the deadline as written
 * @param ongoing true for standing obligations (长期坚持, 持续推进)
 */
public record DueDate(LocalDate date, String text, boolean ongoing) {
}
