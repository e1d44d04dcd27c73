package org.govdoc.extract.project;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdoc.extract.ExtractionDraft;
import org.govdoc.extract.FieldExtractor;
import org.govdoc.extract.table.LabelValueFinder;
import org.govdoc.extract.table.LabeledValue;
import org.govdoc.model.Document;
import org.govdoc.model.Paragraph;
import org.govdoc.record.DocType;
import org.govdoc.record.Project;
import org.govdoc.record.Warning;
import org.govdoc.record.WarningCode;
import org.govdoc.text.DateParser;

/**
 * The project of a budget declaration: name, implementing unit, organisation code (with its
 * check digit), address, phone, legal representative, funding source and period, read from
 * key/value tables and "label：value" paragraphs by {@link LabelValueFinder}. For each field the
 * label earliest in its list wins (实施单位名称 before 单位名称), then the earliest in the document.
 * The period also comes from a sentence (in a paragraph or a cell) such as
 * 本项目开展时间为2021年1月1日至2021年12月31日.
 * Runs for budget projects and documents with a 项目名称 label; raises {@code org_code_check_digit} when the code's check fails.
 */
public final class ProjectExtractor implements FieldExtractor {

    static final String NAME = "name";
    static final String UNIT = "unit";
    static final String ORG_CODE = "orgCode";
    static final String ADDRESS = "address";
    static final String PHONE = "phone";
    static final String LEGAL = "legalRepresentative";
    static final String FUNDING = "fundingSource";
    static final String PERIOD = "period";

    private static final Map<String, List<String>> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put(NAME, List.of("项目名称", "项目全称", "预算项目名称", "项目(专项)名称", "项目支出名称", "专项名称"));
        LABELS.put(UNIT, List.of("实施单位名称", "项目实施单位", "项目实施单位名称", "项目单位", "实施单位", "项目承担单位",
                "承担单位", "申报单位", "申报单位名称", "项目申报单位", "预算单位", "单位名称", "项目执行单位", "执行单位",
                // a department's whole-budget table (部门整体支出) is the department's; a form without
                // an implementing unit names at least the department responsible for it
                "部门(单位)名称", "部门名称", "预算部门", "单位信息", "主管部门",
                // the line above a form: 填报单位（盖章）：某某局
                "填报单位", "填报单位名称"));
        LABELS.put(ORG_CODE, List.of("统一社会信用代码", "组织机构代码", "社会信用代码", "机构代码", "信用代码",
                "单位代码"));
        LABELS.put(ADDRESS, List.of("单位地址", "地址", "通讯地址", "通信地址", "详细地址", "办公地址"));
        LABELS.put(PHONE, List.of("联系电话", "电话", "办公电话", "联系人电话", "固定电话"));
        LABELS.put(LEGAL, List.of("法定代表人", "法人代表", "法人", "单位负责人"));
        LABELS.put(FUNDING, List.of("资金来源", "经费来源", "资金性质", "资金渠道", "经费渠道"));
        LABELS.put(PERIOD, List.of("项目期限", "实施期限", "项目周期", "实施周期", "项目实施期限", "项目实施周期",
                "执行期限", "项目执行期", "起止时间", "项目起止时间", "实施时间", "项目实施时间", "建设期限", "建设周期",
                "项目实施期", "开展时间",
                // the central (财政部) template's 项目期 beside 项目属性
                "项目期", "执行期", "项目执行期限", "实施期", "项目起止年限", "起止年限", "实施年限", "项目年限",
                "项目实施年限", "建设年限", "执行时间"));
    }

    private static final Pattern PERIOD_SENTENCE = Pattern.compile(
            "(?:项目|本项目)[^。；;]{0,12}?(?:期限|周期|时间|起止|实施期|执行期)[^。；;]{0,40}");
    private static final Pattern RANGE_JOINER = Pattern.compile("^\\s*(?:至|到|-|—|－|–|~|～|—{2})\\s*$");

    /** "2024.01" (a year and a month, no day) as 2024年01月, so that "2024.01-2024.12" is a period of months. */
    private static final Pattern YEAR_MONTH_DOTTED = Pattern.compile("(?<![\\d.．/])((?:19|20)\\d{2})[.．](\\d{1,2})(?![\\d.．])");
    /** "2024-2025年": the first year of a range of years written with 年 only after the last. */
    private static final Pattern YEAR_RANGE = Pattern.compile("(?<![\\d.．/年])((?:19|20)\\d{2})(\\s*[-—－–~～至到]\\s*)((?:19|20)\\d{2})年");
    private static final Pattern NUMBERED_PROJECT = Pattern.compile(
            "^项目[一二三四五六七八九十0-9０-９]{1,3}\\s*[:：、.．]\\s*(?<name>[^:：。；;，,\\s][^:：。；;，,]{1,39})$");
    private static final Pattern LEADING_CODE = Pattern.compile("^\\s*[\\[【［(（]?\\s*[0-9]{2,}\\s*[\\]】］)）]?\\s*[-－—_]?\\s*(?=\\p{IsHan})");
    private static final Pattern FORM_FILLER = Pattern.compile("填报人|填表人|经办人|审核人|联系人");
    private static final int FILLER_PENALTY = 1000;

    private final LabelValueFinder finder;

    public ProjectExtractor() {
        Map<String, String> map = new HashMap<>();
        LABELS.forEach((field, labels) -> LabelValueFinder.register(map, field, labels));
        this.finder = new LabelValueFinder(map);
    }

    @Override
    public void extract(Document doc, ExtractionDraft draft) {
        Map<String, List<LabeledValue>> found = finder.find(doc);
        if (draft.docType() != DocType.BUDGET_PROJECT && !found.containsKey(NAME)) {
            return; // only budget declarations (or documents that name a project) carry a project
        }
        String name = best(found, NAME).map(LabeledValue::value).orElse(null);
        if (name == null) {
            name = numberedProjectHeading(doc);
        }
        String unit = best(found, UNIT).map(LabeledValue::value).map(ProjectExtractor::withoutCode).orElse(null);
        String orgCode = null;
        Boolean orgValid = null;
        Optional<LabeledValue> code = best(found, ORG_CODE);
        if (code.isPresent()) {
            orgCode = OrgCode.find(code.get().value()).orElse(null);
            if (orgCode != null) {
                orgValid = OrgCode.isValid(orgCode);
                if (!orgValid) {
                    draft.warn(Warning.of(WarningCode.ORG_CODE_CHECK_DIGIT, "组织机构代码/统一社会信用代码 " + orgCode
                            + " 的校验位不正确（GB 32100-2015 / GB 11714）", code.get().location()));
                }
            }
        }
        String address = best(found, ADDRESS).map(LabeledValue::value).orElse(null);
        String phone = best(found, PHONE).map(LabeledValue::value).orElse(null);
        String legal = best(found, LEGAL).map(LabeledValue::value).orElse(null);
        String funding = best(found, FUNDING).map(LabeledValue::value).orElse(null);
        LocalDate[] period = best(found, PERIOD).map(v -> period(v.value())).orElse(null);
        if (period == null) {
            period = periodFromSentences(doc);
        }
        Project p = new Project(name, unit, orgCode, orgValid, address, phone, legal, funding,
                period == null ? null : period[0], period == null ? null : period[1]);
        if (name != null || unit != null || orgCode != null || funding != null || period != null) {
            draft.project(p);
        }
    }

    /**
     * The first of several projects introduced by numbered headings instead of a 项目名称 label:
     * "项目一：中小学课后服务补助", "项目2、校舍维修"; null when there is none.
     */
    static String numberedProjectHeading(Document doc) {
        for (org.govdoc.model.Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                Matcher m = NUMBERED_PROJECT.matcher(p.text().strip());
                if (m.matches()) {
                    return m.group("name").strip();
                }
            }
        }
        return null;
    }

    /** A unit's name without the budget code written before it ([042]某某局, 324001-某某局). */
    static String withoutCode(String unit) {
        return LEADING_CODE.matcher(unit).replaceFirst("");
    }

    /** The value under the field's best label: label priority first, then document order. */
    private static Optional<LabeledValue> best(Map<String, List<LabeledValue>> found, String field) {
        List<LabeledValue> values = found.get(field);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        List<String> labelOrder = LABELS.get(field).stream().map(LabelValueFinder::labelKey).toList();
        LabeledValue best = null;
        int bestRank = Integer.MAX_VALUE;
        for (LabeledValue v : values) {
            int rank = labelOrder.indexOf(LabelValueFinder.labelKey(v.label()));
            rank = rank < 0 ? labelOrder.size() : rank;
            if (FORM_FILLER.matcher(v.context()).find()) {
                rank += FILLER_PENALTY; // 填报人：… 联系电话：…: the person filling in the form, not the unit
            }
            if (rank < bestRank) {
                best = v;
                bestRank = rank;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A period as written: "2021年1月—2021年12月" → 2021-01-01 / 2021-12-31; "2021年" → the whole
     * year; "2021年1月1日至2021年12月31日" → those days. Null when no dated phrase is found.
     */
    static LocalDate[] period(String text) {
        String written = YEAR_RANGE.matcher(YEAR_MONTH_DOTTED.matcher(text).replaceAll("$1年$2月")).replaceAll("$1年$2$3年");
        List<DateParser.DateMention> ms = DateParser.find(written, null);
        List<DateParser.DateMention> dated = ms.stream().filter(m -> m.first() != null).toList();
        if (dated.isEmpty()) {
            return null;
        }
        DateParser.DateMention first = dated.get(0);
        DateParser.DateMention last = dated.get(dated.size() - 1);
        return new LocalDate[] {first.first(), last.last()};
    }

    /** 本项目开展时间为X至Y, 项目实施期限：… inside running text: two dates joined by 至/—. */
    private static LocalDate[] periodFromSentences(Document doc) {
        List<String> texts = new java.util.ArrayList<>();
        for (org.govdoc.model.Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                texts.add(p.text());
            } else if (b instanceof org.govdoc.model.Table t) {
                t.rows().forEach(r -> r.cells().forEach(c -> texts.add(c.text())));
            }
        }
        for (String text : texts) {
            Matcher m = PERIOD_SENTENCE.matcher(text);
            while (m.find()) {
                String s = m.group();
                List<DateParser.DateMention> ms = DateParser.find(s, null).stream()
                        .filter(d -> d.first() != null).toList();
                for (int i = 0; i + 1 < ms.size(); i++) {
                    String between = s.substring(ms.get(i).end(), ms.get(i + 1).start());
                    if (RANGE_JOINER.matcher(between).matches()) {
                        return new LocalDate[] {ms.get(i).first(), ms.get(i + 1).last()};
                    }
                }
            }
        }
        return null;
    }
}
