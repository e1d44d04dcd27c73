package org.govdoc.index.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.govdoc.extract.region.DivisionTables;
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

/**
 * Deterministic synthetic records (budget declarations and work plans of real districts of 云南省 and
 * 四川省) for the search benchmarks: the same seed gives the same records, and since their fields are
 * known, the benchmark knows the right answers of its queries.
 */
public final class SyntheticRecords {

    /** level1, level2, level3, unit, operator, low, high (value range; low == high == -1 for qualitative). */
    private static final String[][] INDICATORS = {
        {"产出指标", "数量指标", "办件数量", "件", ">=", "10000", "500000"},
        {"产出指标", "数量指标", "培训人数", "人", ">=", "50", "2000"},
        {"产出指标", "数量指标", "进驻事项数量", "项", ">=", "200", "1500"},
        {"产出指标", "数量指标", "设置综合窗口数量", "个", ">=", "10", "80"},
        {"产出指标", "质量指标", "办结率", "%", ">=", "90", "100"},
        {"产出指标", "质量指标", "网上可办率", "%", ">=", "80", "100"},
        {"产出指标", "质量指标", "差错率", "%", "<=", "0", "3"},
        {"产出指标", "时效指标", "办理时限压缩率", "%", ">=", "30", "80"},
        {"产出指标", "时效指标", "热线接通率", "%", ">=", "85", "100"},
        {"产出指标", "成本指标", "单位办件成本", "元", "<=", "5", "60"},
        {"效益指标", "经济效益指标", "企业开办时间", "天", "<=", "1", "5"},
        {"效益指标", "社会效益指标", "群众办事便利度", "", "=", "-1", "-1"},
        {"效益指标", "社会效益指标", "营商环境评价排名提升", "位", ">=", "1", "10"},
        {"效益指标", "可持续影响指标", "服务机制长效运行", "年", ">=", "1", "5"},
        {"满意度指标", "服务对象满意度指标", "服务对象满意度", "%", ">=", "80", "100"},
        {"满意度指标", "服务对象满意度指标", "群众满意度", "%", ">=", "80", "100"},
        {"满意度指标", "服务对象满意度指标", "企业满意度", "%", ">=", "80", "100"},
        {"满意度指标", "服务对象满意度指标", "社会公众满意度", "%", ">=", "85", "100"},
    };

    private static final String[] PROJECTS = {"政务服务中心运行经费", "12345热线运行", "数字政府建设", "营商环境评价",
        "政务服务能力提升", "一体化政务服务平台运维", "便民服务中心标准化建设", "企业开办专区建设", "政务服务好差评系统",
        "市场主体培育"};
    private static final String[] THEMES = {"优化营商环境", "深化放管服改革", "政务服务标准化建设", "一网通办提升",
        "市场主体培育", "工程建设项目审批制度改革"};
    private static final String[] TOPICS = {"一网通办", "一窗通办", "企业开办", "工程建设项目审批", "跨省通办",
        "12345政务热线", "好差评", "证照分离", "告知承诺制", "帮办代办", "信用修复", "惠企政策免申即享", "不动产登记",
        "个体工商户培育", "招商引资"};
    private static final String[] VERBS = {"深化", "推进", "优化", "全面推行", "加快", "规范"};
    private static final String[] GOALS = {"提升政务服务效率", "压缩办理时限", "提高群众满意度", "持续优化营商环境",
        "降低企业成本", "实现数据共享"};
    /** Units as a plan writes them, with their canonical form after the district name. */
    private static final String[][] UNITS = {
        {"区政务服务局", "政务服务管理局"}, {"区发展改革局", "发展和改革局"}, {"区市场监管局", "市场监督管理局"},
        {"区财政局", "财政局"}, {"区人社局", "人力资源和社会保障局"}, {"区住建局", "住房和城乡建设局"},
        {"区自然资源局", "自然资源局"}, {"区税务局", "税务局"}, {"区司法局", "司法局"}, {"区商务局", "商务局"},
        {"区数据局", "数据局"}, {"区卫生健康局", "卫生健康局"}, {"区教育体育局", "教育体育局"},
        {"各街道办事处", "街道办事处"}};
    private static final String[] FIGURE_LABELS = {"新增市场主体", "办理业务", "受理热线诉求", "减免税费"};
    private static final String[] FIGURE_UNITS = {"户", "件", "件", "万元"};

    /** A district with its city and province. */
    public record Place(String province, String city, String district, String code) {
    }

    private final Random random;
    private final List<Place> places;
    private int serial;

    public SyntheticRecords(long seed) {
        this.random = new Random(seed);
        this.places = loadPlaces();
    }

    /** The districts records are drawn from. */
    public List<Place> places() {
        return places;
    }

    /** The next record: a budget declaration (60 %) or a work plan (40 %). */
    public Extraction next() {
        serial++;
        Place p = places.get(random.nextInt(places.size()));
        int year = 2020 + random.nextInt(5);
        return random.nextInt(10) < 6 ? budget(p, year) : plan(p, year);
    }

    private Extraction budget(Place p, int year) {
        String project = pick(PROJECTS);
        String title = year + "年" + p.district() + project + "项目支出绩效目标表";
        List<Indicator> indicators = new ArrayList<>();
        int n = 8 + random.nextInt(8);
        for (int k = 0; k < n; k++) {
            String[] t = INDICATORS[random.nextInt(INDICATORS.length)];
            BigDecimal value = null;
            String valueText;
            if (t[5].equals("-1")) {
                valueText = "明显提升";
            } else {
                int lo = Integer.parseInt(t[5]);
                int hi = Integer.parseInt(t[6]);
                value = BigDecimal.valueOf(lo + random.nextInt(hi - lo + 1));
                valueText = (t[4].equals(">=") ? "≥" : t[4].equals("<=") ? "≤" : "") + value.toPlainString() + t[3];
            }
            indicators.add(new Indicator(t[0], t[1], t[2], t[4], value, valueText, t[3].isEmpty() ? null : t[3],
                    value == null ? "定性指标" : "定量指标", null, null, null, Location.ofCell(1, 5, 0, k + 1, 2)));
        }
        List<FundingAmount> amounts = new ArrayList<>();
        BigDecimal wan = BigDecimal.valueOf(10 + random.nextInt(5000)).add(BigDecimal.valueOf(random.nextInt(1000), 3));
        amounts.add(new FundingAmount(wan.multiply(BigDecimal.valueOf(10000)).stripTrailingZeros(),
                wan.toPlainString() + "万元", "allocation", null, false,
                "申请" + project + "项目资金" + wan.toPlainString() + "万元", Location.ofBlock(1, 2)));
        List<Figure> figures = List.of(figure(p));
        List<Deadline> deadlines = random.nextBoolean() ? List.of(new Deadline(LocalDate.of(year, 12, 31), null,
                year + "年12月31日前", "项目于" + year + "年12月31日前完成", Location.ofBlock(1, 3))) : List.of();
        String text = title + "\n项目单位：" + p.district() + "政务服务管理局\n" + amounts.get(0).context() + "。"
                + figures.get(0).context() + "。";
        return record(p, year, DocType.BUDGET_PROJECT, title, amounts, indicators, List.of(), deadlines, List.of(),
                figures, text);
    }

    private Extraction plan(Place p, int year) {
        String theme = pick(THEMES);
        String title = p.district() + year + "年" + theme + "工作方案";
        List<Task> tasks = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        int n = 8 + random.nextInt(9);
        for (int k = 0; k < n; k++) {
            String[] lead = UNITS[random.nextInt(UNITS.length)];
            String[] other = UNITS[random.nextInt(UNITS.length)];
            String text = pick(VERBS) + pick(TOPICS) + "改革，" + pick(GOALS);
            LocalDate due = random.nextInt(5) == 0 ? null : LocalDate.of(year, 1 + random.nextInt(12), 1)
                    .plusMonths(1).minusDays(1);
            tasks.add(new Task("（" + (k + 1) + "）", List.of("二、主要任务"), text, List.of(lead[0]),
                    other == lead ? List.of() : List.of(other[0]),
                    due == null ? new DueDate(null, "长期坚持", true) : new DueDate(due, due.getMonthValue() + "月底前", false),
                    "body", null, null, Location.ofBlock(2, 10 + k)));
            units.add(new Unit(lead[0], p.district() + lead[1], List.of("lead")));
            units.add(new Unit(other[0], p.district() + other[1], List.of("responsible")));
        }
        List<Deadline> deadlines = List.of(new Deadline(LocalDate.of(year, 6, 30), null, "6月底前",
                "6月底前完成" + pick(TOPICS) + "系统上线", Location.ofBlock(1, 7)));
        List<Figure> figures = List.of(figure(p));
        String text = title + "\n为" + theme + "，结合我区实际，制定本方案。" + figures.get(0).context() + "。";
        return record(p, year, DocType.WORK_PLAN, title, List.of(), List.of(), tasks, deadlines,
                units.stream().distinct().toList(), figures, text);
    }

    private Figure figure(Place p) {
        int k = random.nextInt(FIGURE_LABELS.length);
        BigDecimal v = BigDecimal.valueOf(100 + random.nextInt(50000));
        String text = FIGURE_LABELS[k] + v.toPlainString() + FIGURE_UNITS[k];
        return new Figure(FIGURE_LABELS[k], v, FIGURE_UNITS[k], text, "全区" + text, Location.ofBlock(1, 4));
    }

    private Extraction record(Place p, int year, DocType type, String title, List<FundingAmount> amounts,
                              List<Indicator> indicators, List<Task> tasks, List<Deadline> deadlines, List<Unit> units,
                              List<Figure> figures, String text) {
        String sha = String.format("%064x", (long) serial * 0x9E3779B97F4A7C15L & Long.MAX_VALUE)
                .substring(0, 48) + String.format("%016x", serial);
        String path = "synthetic/" + p.code() + "/" + year + "/" + serial + (type == DocType.WORK_PLAN ? ".docx" : ".pdf");
        Source s = new Source(path, serial + ".pdf", "application/pdf", 1000 + serial, 2, sha, List.of());
        return new Extraction(Extraction.SCHEMA_VERSION, sha, s, Status.OK, null, type, title,
                new Region(p.province(), p.city(), p.district(), p.code()), year, null, null,
                LocalDate.of(year, 1 + serial % 12, 1), null, amounts, indicators, tasks, deadlines, units, null,
                figures, List.of(), text);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static List<Place> loadPlaces() {
        Map<String, String> provinces = new HashMap<>();
        for (String[] row : DivisionTables.rows("provinces.csv")) {
            provinces.put(row[0], row[1]);
        }
        Map<String, String> cities = new HashMap<>();
        for (String[] row : DivisionTables.rows("cities.csv")) {
            cities.put(row[0], row[1]);
        }
        List<Place> out = new ArrayList<>();
        for (String[] row : DivisionTables.rows("areas.csv")) {
            String province = row[3];
            if ((province.equals("53") || province.equals("51")) && !row[1].equals("市辖区")) {
                out.add(new Place(provinces.get(province), cities.get(row[2]), row[1], row[0]));
            }
        }
        return out;
    }
}
