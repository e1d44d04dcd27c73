package org.govdoc.record;

import java.time.LocalDate;

/** The project of a budget project declaration (项目支出). Every field may be null. */
public record Project(String name, String unit, String orgCode, Boolean orgCodeValid, String address,
                     String phone, String legalRepresentative, String fundingSource,
                     LocalDate periodStart, LocalDate periodEnd) {
}
