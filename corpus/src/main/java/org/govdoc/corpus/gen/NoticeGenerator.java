package org.govdoc.corpus.gen;

import java.time.LocalDate;
import java.util.List;
import org.govdoc.record.DocType;

/** Other documents: notices of meetings and inspections (docType other). */
final class NoticeGenerator {

    private NoticeGenerator() {
    }

    static GeneratedDocument generate(Rng rng, long index, District d, int year) {
        Style style = Style.random(rng);
        Themes.Theme theme = rng.pick(Themes.ALL);
        Issuers issuer = Issuers.random(rng, d, theme);
        boolean meeting = rng.chance(0.5);
        String title = meeting ? "关于召开" + d.name() + year + "年" + theme.topic() + "工作推进会的通知"
                : "关于开展" + year + "年" + theme.topic() + "专项检查的通知";
        LocalDate issued = LocalDate.of(year, rng.between(1, 11), rng.between(1, 28));
        LocalDate event = issued.plusDays(rng.between(3, 20));
        int number = rng.between(1, 120);
        SpecBuilder b = new SpecBuilder(style);
        b.center(issuer.name());
        b.center(Issuers.printed(rng, issuer.numberPrefix(), year, number));
        b.title(title);
        b.p(String.join("，", Units.collective(d).subList(0, 2)) + "：");
        if (meeting) {
            b.p("经研究，定于" + Numerals.date(event) + "召开" + theme.topic() + "工作推进会，现将有关事项通知如下：");
            b.p(style.item1(1) + "会议时间：" + Numerals.date(event) + "上午9:00");
            b.p(style.item1(2) + "会议地点：" + d.name() + "人民政府" + rng.between(1, 6) + "楼会议室");
            b.p(style.item1(3) + "参会人员：各单位分管领导及业务科室负责人");
            b.p(style.item1(4) + "有关要求：请各单位于" + event.getMonthValue() + "月" + event.getDayOfMonth()
                    + "日前将参会人员名单报送" + d.local(theme.unit().shortBody()) + "。");
        } else {
            b.p("为推动" + theme.planTitle() + "各项任务落实，经研究，决定开展专项检查，现将有关事项通知如下：");
            b.p(style.item1(1) + "检查时间：" + Numerals.date(issued.plusDays(7)) + "至" + Numerals.date(event.plusDays(14)));
            b.p(style.item1(2) + "检查内容：" + rng.pick(theme.tasks()) + "等工作落实情况。");
            b.p(style.item1(3) + "工作要求：各单位要认真开展自查，于" + event.getMonthValue() + "月" + event.getDayOfMonth()
                    + "日前报送自查报告。");
        }
        b.p("联系人：" + Names.person(rng) + "，联系电话：" + Names.phone(rng, d, true));
        b.sign(issuer.name());
        b.sign(Numerals.date(issued));
        Gold gold = new Gold(DocType.OTHER, d, year, Issuers.canonical(issuer.numberPrefix(), year, number), issued, null,
                List.of(), List.of(), List.of(), null, List.of());
        String stem = String.format("%06d_%s", index, title);
        return new GeneratedDocument(index, stem, b.build(title, issuer.name(), SpecBuilder.furniture(rng, null)), gold);
    }
}
