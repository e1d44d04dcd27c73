package org.govdoc.index;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.govdoc.model.Location;
import org.govdoc.record.Deadline;
import org.govdoc.record.DocType;
import org.govdoc.record.DueDate;
import org.govdoc.record.Extraction;
import org.govdoc.record.Figure;
import org.govdoc.record.FundingAmount;
import org.govdoc.record.Indicator;
import org.govdoc.record.Region;
import org.govdoc.record.Source;
import org.govdoc.record.Status;
import org.govdoc.record.Task;
import org.govdoc.record.Unit;

/** Small hand-built records for the index tests. */
public final class TestRecords {

    private TestRecords() {
    }

    public static Source source(String path, String sha) {
        return new Source(path, path.substring(path.lastIndexOf('/') + 1), "application/pdf", 1000, 3, sha, List.of());
    }

    public static Indicator indicator(String level1, String level2, String level3, String op, String value,
                                      String unit) {
        return new Indicator(level1, level2, level3, op, value == null ? null : new BigDecimal(value),
                (op == null ? "" : op) + value + unit, unit, "定量指标", null, null, null, new Location(1, 3, 0, 5, 2));
    }

    public static Task task(String number, String text, List<String> lead, List<String> responsible, LocalDate due) {
        return new Task(number, List.of("二、主要任务"), text, lead, responsible,
                due == null ? null : new DueDate(due, due.toString(), false), "body", null, null,
                Location.ofBlock(2, 10));
    }

    /** A budget declaration with the given indicators. */
    public static Extraction budget(String path, String sha, String district, int year, String title,
                                    List<Indicator> indicators) {
        return new Extraction(Extraction.SCHEMA_VERSION, sha, source(path, sha), Status.OK, null,
                DocType.BUDGET_PROJECT, title, new Region("云南省", "昆明市", district, null), year, null,
                district + "财政局", LocalDate.of(year, 3, 1), null,
                List.of(new FundingAmount(new BigDecimal("693810"), "69.381万元", "allocation", null, false,
                        "项目资金69.381万元", Location.ofBlock(1, 2))),
                indicators, List.of(), List.of(), List.of(), null,
                List.of(new Figure("新增市场主体", new BigDecimal("23299"), "户", "新增市场主体23299户",
                        "全区新增市场主体23299户", Location.ofBlock(1, 4))),
                List.of(), title + "\n" + district + "项目支出绩效目标");
    }

    /** A work plan with the given tasks. */
    public static Extraction plan(String path, String sha, String district, int year, String title, List<Task> tasks,
                                  List<Unit> units) {
        return new Extraction(Extraction.SCHEMA_VERSION, sha, source(path, sha), Status.OK, null,
                DocType.WORK_PLAN, title, new Region("云南省", "昆明市", district, null), year, null,
                district + "人民政府办公室", LocalDate.of(year, 2, 1), null, List.of(), List.of(), tasks,
                List.of(new Deadline(LocalDate.of(year, 6, 30), null, "6月底前", "6月底前完成系统上线",
                        Location.ofBlock(1, 7))),
                units, null, List.of(), List.of(), title + "\n各单位要高度重视。");
    }
}
