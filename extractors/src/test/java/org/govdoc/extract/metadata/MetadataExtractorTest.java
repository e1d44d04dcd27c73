package org.govdoc.extract.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.govdoc.model.Document;
import org.govdoc.testing.Docs;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {

    private final MetadataExtractor extractor = new MetadataExtractor();

    @Test
    void officialDocumentWithHeaderMarkNumberTitleAndSignature() {
        Document d = Docs.doc()
                .p("昆明市东川区优化营商环境促进")
                .p("市场主体倍增领导小组办公室")
                .p("东营商办发[2023] 7 号")
                .p("关于印发《东川区打造“便捷高效的政务环")
                .p("境”2023年工作方案》的通知")
                .p("区级各政务服务实施单位：")
                .p("现印发给你们，请严格遵照执行。")
                .p("东川区优化营商环境")
                .p("促进市场主体倍增领导小组办公室")
                .p("2023 年 5 月 4 日")
                .p("昆明市东川区优化营商环境促进市场主体倍增领导小组办公室  2023年5月4日印发")
                .build();
        Metadata m = extractor.extract(d);
        assertThat(m.docNumber()).isEqualTo("东营商办发〔2023〕7号");
        assertThat(m.title()).isEqualTo("关于印发《东川区打造“便捷高效的政务环境”2023年工作方案》的通知");
        assertThat(m.issuer()).isEqualTo("东川区优化营商环境促进市场主体倍增领导小组办公室");
        assertThat(m.issueDate()).isEqualTo(LocalDate.of(2023, 5, 4));
        assertThat(m.year()).isEqualTo(2023);
        assertThat(m.warnings()).isEmpty();
    }

    @Test
    void aHeaderMarkStyledAsHeadingIsNotTheTitle() {
        Document d = Docs.doc()
                .heading(1, "昆明市东川区人民政府办公室")
                .p("东政办发〔2023〕12号")
                .heading(2, "关于印发东川区2023年工作要点的通知")
                .p("各乡镇（街道）：")
                .build();
        Metadata m = extractor.extract(d);
        assertThat(m.title()).isEqualTo("关于印发东川区2023年工作要点的通知");
        assertThat(m.docNumber()).isEqualTo("东政办发〔2023〕12号");
        assertThat(m.issuer()).isEqualTo("昆明市东川区人民政府办公室");
    }

    @Test
    void chineseNumeralSignatureDateAndYearFromIssueDate() {
        Document d = Docs.doc()
                .p("关于区政协十届一次会议第130号提案的答复")
                .p("尊敬的王某某委员：")
                .p("您提出的提案收悉。现答复如下。")
                .p("昆明市呈贡区政务服务管理局")
                .p("二〇二二年十月二十日")
                .build();
        Metadata m = extractor.extract(d);
        assertThat(m.title()).isEqualTo("关于区政协十届一次会议第130号提案的答复");
        assertThat(m.issuer()).isEqualTo("昆明市呈贡区政务服务管理局");
        assertThat(m.issueDate()).isEqualTo(LocalDate.of(2022, 10, 20));
        assertThat(m.year()).isEqualTo(2022);
        assertThat(m.docNumber()).isNull();
    }

    @Test
    void signatureBelowHalfWidthContactLines() {
        Document d = Docs.doc()
                .p("关于政协云龙县十一届五次会议第169号提案的答复")
                .p("尊敬的孔霞凯委员:")
                .p("您提出的建议已收悉。")
                .p("联系人:尹强")
                .p("联系电话:88124328")
                .p("大理白族自治州云龙县农业农村局")
                .p("2022年6月2日")
                .build();
        Metadata m = extractor.extract(d);
        assertThat(m.issuer()).isEqualTo("大理白族自治州云龙县农业农村局");
        assertThat(m.issueDate()).isEqualTo(LocalDate.of(2022, 6, 2));
    }

    @Test
    void unitLineAboveTheTitleIsTheIssuerNotPartOfTheTitle() {
        Document d = Docs.doc()
                .p("昆明市呈贡区政务服务管理局")
                .p("2021年优化提质营商环境改革工作经费项目")
                .p("项目名称")
                .p("立项依据：关于印发《方案》的通知（昆营商办发〔2020〕2号）")
                .build();
        Metadata m = extractor.extract(d);
        assertThat(m.title()).isEqualTo("2021年优化提质营商环境改革工作经费项目");
        assertThat(m.year()).isEqualTo(2021);
        assertThat(m.docNumber()).as("a cited 发文字号 is not the document's").isNull();
        assertThat(m.issuer()).isEqualTo("昆明市呈贡区政务服务管理局");
    }

    @Test
    void metadataTitleWhenTheBodyHasNone() {
        Document d = Docs.doc().title("呈贡区2021年项目").p("一、项目概况。").p("本项目实施于全年。").build();
        Metadata m = extractor.extract(d);
        assertThat(m.title()).isEqualTo("呈贡区2021年项目");
        assertThat(m.year()).isEqualTo(2021);
    }

    @Test
    void yearFromThePeriodWhenTheTitleHasNone() {
        Document d = Docs.doc().p("优化营商环境工作经费项目").p("2024年1月1日").build();
        assertThat(extractor.extract(d, 2021).year()).isEqualTo(2021);
        assertThat(extractor.extract(d).year()).isEqualTo(2024);
    }

    @Test
    void implausibleYearsAreWarnedWithTheirLocation() {
        Document d = Docs.doc()
                .p("东川区2023年工作方案")
                .p("《三年攻坚行动方案（2022—2224年）》")
                .p("完成时限：2223年9月底前，长期坚持")
                .p("2023年10月底前")
                .table(t -> t.row("完成时限").row("1023年5月"))
                .build();
        Metadata m = extractor.extract(d);
        assertThat(m.warnings()).extracting(w -> w.code()).containsOnly("implausible_year");
        assertThat(m.warnings()).hasSize(3);
        assertThat(m.warnings().get(0).location().block()).isEqualTo(1);
        assertThat(m.warnings().get(0).message()).contains("2224");
        assertThat(m.warnings().get(1).location().block()).isEqualTo(2);
        assertThat(m.warnings().get(1).message()).contains("2223年9月底前");
        assertThat(m.warnings().get(2).location().row()).isEqualTo(1);
        assertThat(m.year()).isEqualTo(2023);
    }

    @Test
    void docNumberWithOrdinalAndInALayoutTableBesideTheSigner() {
        assertThat(MetadataExtractor.docNumber("宁交复字（2024）第31号")).isEqualTo("宁交复字〔2024〕第31号");
        Document d = Docs.doc()
                .p("A类")
                .table(t -> t.row("南海交复〔2023〕15号", "签发人：陈志强"))
                .p("佛山市南海区交通运输局关于区十八届人大三次会议第12号建议的答复")
                .p("黄伟明代表：")
                .p("您提出的建议收悉。现答复如下：已办理。")
                .p("佛山市南海区交通运输局")
                .p("二〇二三年六月十二日")
                .build();
        Metadata m = new MetadataExtractor().extract(d);
        assertThat(m.docNumber()).isEqualTo("南海交复〔2023〕15号");
        assertThat(m.issueDate()).isEqualTo(java.time.LocalDate.of(2023, 6, 12));
        Document form = Docs.doc().p("项目支出绩效目标表")
                .table(t -> t.row("项目名称", "道路养护").row("年度资金总额", "180").row("备注", "无"))
                .build();
        assertThat(new MetadataExtractor().extract(form).docNumber()).as("no 发文字号 in a form's cells").isNull();
        Document labelled = Docs.doc().p("关于市第九届人大三次会议第76号建议的答复").p("某代表团：")
                .p("你们提出的建议收悉。现答复如下：已开工。").p("某市水务局").p("日期：2023年8月25日").build();
        Metadata l = new MetadataExtractor().extract(labelled);
        assertThat(l.issueDate()).isEqualTo(java.time.LocalDate.of(2023, 8, 25));
        assertThat(l.issuer()).isEqualTo("某市水务局");
        Document sealed = Docs.doc().p("关于张丽委员所提提案的答复（第023号）").p("张丽委员：")
                .p("您提出的提案收悉。现答复如下：已招聘。").p("某县卫生健康局").p("2023年6月12日（盖章）").build();
        assertThat(new MetadataExtractor().extract(sealed).issueDate()).isEqualTo(java.time.LocalDate.of(2023, 6, 12));
        Document longUnit = Docs.doc().p("关于县十届人大四次会议第220号建议的答复").p("某某代表：")
                .p("您提出的建议收悉。现答复如下：已落实。").p("联系人：黄某")
                .p("红河哈尼族彝族自治州金平苗族瑶族傣族自治县人力资源和社会保障局").p("2025年5月27日").build();
        assertThat(new MetadataExtractor().extract(longUnit).issuer())
                .isEqualTo("红河哈尼族彝族自治州金平苗族瑶族傣族自治县人力资源和社会保障局");
    }

    @Test
    void docNumberBracketsAreFolded() {
        assertThat(MetadataExtractor.docNumber("云政发（2022）41号")).isEqualTo("云政发〔2022〕41号");
        assertThat(MetadataExtractor.docNumber("呈政办通【2019】 29 号")).isEqualTo("呈政办通〔2019〕29号");
        assertThat(MetadataExtractor.docNumber("没有文号")).isNull();
    }

    @Test
    void aTitleMergedAcrossTheFirstRowOfAnOpeningTable() {
        Document d = Docs.doc()
                .table(t -> t
                        .row(Docs.span("西山区2024年优化营商环境重点任务清单", 1, 3))
                        .row("序号", "重点任务", "牵头单位")
                        .row("1", "推行一件事一次办", "区政务服务局"))
                .build();
        Metadata m = extractor.extract(d);
        assertThat(m.title()).isEqualTo("西山区2024年优化营商环境重点任务清单");
        assertThat(m.year()).isEqualTo(2024);
        Document header = Docs.doc()
                .table(t -> t.row("序号", "重点任务", "牵头单位").row("1", "2024年推行一件事一次办", "区政务服务局"))
                .build();
        assertThat(extractor.extract(header).title()).isNull();
    }

    @Test
    void yearFromTheYearLineUnderAFormsTitle() {
        for (String line : new String[] {"（2022年度）", "( 2022 年度)", "2022年度）"}) {
            Document d = Docs.doc().p("项目支出绩效目标表")
                    .table(t -> t.row(Docs.span("项目支出绩效目标表", 1, 2)).row(Docs.span(line, 1, 2))
                            .row("项目名称", "公园绿地养护").row("实施单位", "某区园林绿化局"))
                    .build();
            assertThat(extractor.extract(d).year()).as(line).isEqualTo(2022);
        }
        // the form's own year line wins over a period reaching into other years
        Document spanning = Docs.doc().p("项目绩效目标表").p("(2023年度)").build();
        assertThat(extractor.extract(spanning, 2022).year()).isEqualTo(2023);
    }

    @Test
    void yearFromACitedDocNumberWhenNothingElseGivesIt() {
        Document d = Docs.doc().p("某区稳增长若干措施")
                .p("根据《某市人民政府关于印发稳增长若干措施的通知》（某政发〔2016〕13号），结合我区实际，制定如下措施。")
                .p("1. 精简审批手续。5月底前完成。").build();
        Metadata m = extractor.extract(d);
        assertThat(m.year()).isEqualTo(2016);
        assertThat(m.docNumber()).isNull();
        assertThat(m.issueDate()).isNull();
    }

    @Test
    void aSignatureDateStoredWithoutItsCharacters() {
        Document d = Docs.doc().p("关于区政协九届三次会议第21号提案的答复")
                .p("张某委员：").p("您的提案收悉，现答复如下：已办理。").p("此复。")
                .p("某区住房和城乡建设局").p("2022715").build();
        Metadata m = extractor.extract(d);
        assertThat(m.issueDate()).isEqualTo(LocalDate.of(2022, 7, 15));
        assertThat(m.issuer()).isEqualTo("某区住房和城乡建设局");
        assertThat(m.year()).isEqualTo(2022);
        // 2022111 reads as 1-11 or 11-1: no date
        Document ambiguous = Docs.doc().p("关于第3号提案的答复").p("已办理。").p("某区住房和城乡建设局").p("2022111").build();
        assertThat(extractor.extract(ambiguous).issueDate()).isNull();
    }

    @Test
    void aBracketedDocNumberAloneUnderTheTitle() {
        Document d = Docs.doc().p("某市人民政府关于印发2009年重点工作责任分解的通知")
                .p("（某政办发〔2009〕58号）")
                .p("各县（市）、区人民政府，市政府各部门：")
                .p("现将责任分解印发给你们，请认真贯彻执行。")
                .p("二○○九年三月二日").build();
        Metadata m = extractor.extract(d);
        assertThat(m.docNumber()).isEqualTo("某政办发〔2009〕58号");
        assertThat(m.title()).isEqualTo("某市人民政府关于印发2009年重点工作责任分解的通知");
        assertThat(m.issueDate()).isEqualTo(LocalDate.of(2009, 3, 2));
    }

    @Test
    void thePublicationLineIsNeitherTitleNorIssueDate() {
        Document d = Docs.doc().p("公厕管护项目")
                .p("发布时间：2022-03-01 10:25:19 来源：某区住房和城乡建设局")
                .p("项目支出绩效目标申报表")
                .table(t -> t.row("项目名称", "公厕管护")).build();
        Metadata m = extractor.extract(d);
        assertThat(m.title()).doesNotContain("发布时间");
        assertThat(m.issueDate()).isNull();
    }
}
