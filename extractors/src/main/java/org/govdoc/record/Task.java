package org.govdoc.record;

import java.math.BigDecimal;
import java.util.List;
import org.govdoc.model.Location;

/**
 * A task of a work plan: a leaf numbered item under an assignment block, or a row of a table
 * with lead/responsible unit columns.
 *
 * @param number           the numbering as written (（三）, 2., （1）)
 * @param section          the chain of headings above it, outermost first
 * @param text             the task's text without its numbering
 * @param leadUnits        牵头单位, one unit per element, as written
 * @param responsibleUnits 责任单位, one unit per element, as written
 * @param deadline         完成时限, or null
 * @param origin           "body" or "table"
 * @param points           分值 for table rows, or null
 * @param scoring          评分标准 for table rows, or null
 */
public record Task(String number, List<String> section, String text, List<String> leadUnits,
                   List<String> responsibleUnits, DueDate deadline, String origin, BigDecimal points,
                   String scoring, Location location) {

    public Task {
        section = section == null ? List.of() : List.copyOf(section);
        leadUnits = leadUnits == null ? List.of() : List.copyOf(leadUnits);
        responsibleUnits = responsibleUnits == null ? List.of() : List.copyOf(responsibleUnits);
    }
}
