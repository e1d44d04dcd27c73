package org.govdoc.extract.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.govdoc.extract.DocContext;
import org.govdoc.model.Document;
import org.govdoc.record.Region;
import org.govdoc.testing.Docs;
import org.junit.jupiter.api.Test;

class RegionExtractorTest {

    private final RegionExtractor extractor = new RegionExtractor(DivisionIndex.shared());

    private static DocContext titled(String title, String issuer) {
        return new DocContext(null, null, null, title, issuer);
    }

    @Test
    void districtFromTheTitleWithItsCityAndProvince() {
        Document d = Docs.doc().p("呈贡区2021年优化提质营商环境改革工作经费项目").p("项目实施内容。").build();
        Region r = extractor.extract(d, titled("呈贡区2021年优化提质营商环境改革工作经费项目", null));
        assertThat(r).isEqualTo(new Region("云南省", "昆明市", "呈贡区", "530114"));
    }

    @Test
    void shortNameAlone() {
        // a short name counts where the context makes it a place: before a year or a unit's name
        Document d = Docs.doc().p("呈贡2023年优化营商环境工作要点").p("加快推进改革。").build();
        Region r = extractor.extract(d, titled("呈贡2023年优化营商环境工作要点", null));
        assertThat(r.district()).isEqualTo("呈贡区");
        assertThat(r.code()).isEqualTo("530114");
        assertThat(extractor.extract(d, titled("关于做好项目申报的通知", "呈贡财政局")).district()).isEqualTo("呈贡区");
    }

    @Test
    void aShortNameBeforeAnOrdinaryWordIsNoPlace() {
        // 安宁 (安宁市), 长寿 (长寿区), 大理 (大理市), 城区 (阳泉市城区): words of a title, not places
        for (String title : new String[] {"安宁疗护试点工作方案", "长寿老人补贴发放项目", "大理石矿山整治方案", "城区绿化提升工作方案",
                "关于加快主城区更新的实施意见"}) {
            Document d = Docs.doc().p(title).p("各有关单位：").build();
            assertThat(extractor.extract(d, titled(title, null))).as(title).isNull();
        }
    }

    @Test
    void unitFullNameInTheIssuer() {
        Document d = Docs.doc().p("关于做好项目申报工作的通知").p("各单位：请按要求报送。").build();
        Region r = extractor.extract(d, titled("关于做好项目申报工作的通知", "昆明市呈贡区政务服务管理局"));
        assertThat(r.district()).isEqualTo("呈贡区");
        assertThat(r.city()).isEqualTo("昆明市");
    }

    @Test
    void ambiguousDistrictNamesAreDecidedByTheirCity() {
        Document beijing = Docs.doc().p("朝阳区2023年工作方案").p("按照北京市部署要求，推进改革。").build();
        assertThat(extractor.extract(beijing, titled("朝阳区2023年工作方案", null)))
                .isEqualTo(new Region("北京市", "北京市", "朝阳区", "110105"));
        Document changchun = Docs.doc().p("朝阳区2023年工作方案").p("按照长春市部署要求，推进改革。").build();
        Region r = extractor.extract(changchun, titled("朝阳区2023年工作方案", null));
        assertThat(r.province()).isEqualTo("吉林省");
        assertThat(r.city()).isEqualTo("长春市");
        assertThat(r.district()).isEqualTo("朝阳区");
    }

    @Test
    void theTitleOutweighsPassingMentions() {
        Document d = Docs.doc()
                .p("东川区2023年工作方案")
                .p("学习呈贡区经验。学习呈贡区做法。学习呈贡区模式。学习呈贡区举措。学习呈贡区思路。学习呈贡区成果。")
                .build();
        Region r = extractor.extract(d, titled("东川区2023年工作方案", null));
        assertThat(r.district()).isEqualTo("东川区");
        assertThat(r.code()).isEqualTo("530113");
    }

    @Test
    void cityLevelDocumentHasNoDistrict() {
        Document d = Docs.doc().p("昆明市优化营商环境工作方案").p("各县（市、区）要抓好落实。").build();
        Region r = extractor.extract(d, titled("昆明市优化营商环境工作方案", "昆明市人民政府"));
        assertThat(r).isEqualTo(new Region("云南省", "昆明市", null, "530100"));
    }

    @Test
    void noRegionNamed() {
        Document d = Docs.doc().p("关于加强管理的通知").p("请遵照执行。").build();
        assertThat(extractor.extract(d, DocContext.empty())).isNull();
    }

    @Test
    void theIndexIsLoadedOnceAndKnowsShortNames() {
        assertThat(DivisionIndex.shared()).isSameAs(DivisionIndex.shared());
        assertThat(DivisionIndex.shortName("石林彝族自治县", 3)).isEqualTo("石林");
        assertThat(DivisionIndex.shortName("广西壮族自治区", 1)).isEqualTo("广西");
        assertThat(DivisionIndex.shortName("昆明市", 2)).isEqualTo("昆明");
        assertThat(DivisionIndex.shortName("城区", 3)).isNull();
        assertThat(DivisionIndex.shared().byName("呈贡")).extracting(Division::code).containsExactly("530114");
    }

    // --- a word of the body that is also a place's name is not the region ---

    @Test
    void aPersonsNameInTheBodyIsNotACounty() {
        // 木兰 is the short name of 木兰县 (黑龙江): a person's name repeated is still no place
        Document d = Docs.doc().p("关于表彰先进个人的通报")
                .p("任木兰同志在疫情防控中表现突出。任木兰同志坚守一线。任木兰同志予以通报表扬。").build();
        assertThat(extractor.extract(d, titled("关于表彰先进个人的通报", null))).isNull();
        Document issued = Docs.doc().p("关于表彰先进个人的通报")
                .p("任木兰同志在疫情防控中表现突出。任木兰同志坚守一线。任木兰同志予以通报表扬。").build();
        assertThat(extractor.extract(issued, titled("关于表彰先进个人的通报", "东川区卫生健康局")).district())
                .isEqualTo("东川区");
    }

    @Test
    void aPolicyWordInTheTitleIsNoDistrict() {
        // 振兴 is the short name of 振兴区 (丹东); 乡村振兴 names no place, and nothing else does
        Document d = Docs.doc().p("2022年巩固衔接推进乡村振兴补助资金绩效目标表").p("项目建设内容。").build();
        assertThat(extractor.extract(d, titled("2022年巩固衔接推进乡村振兴补助资金绩效目标表", null))).isNull();
    }

    @Test
    void aVillageOrRoadInTheTextIsNoDistrict() {
        // 太平 (太平区), 汝南 (汝南县) and 沙湾 (沙湾区) as a village, a road and a hamlet of a county's text
        Document d = Docs.doc().p("关于对县十八届人大三次会议第12号建议的答复")
                .p("王某某代表：")
                .p("您提出的建议收悉。城关镇太平、新庄2个村已纳入《宜良县农村供水规划》，汝南路口改造已完成，沙湾子组道路年内硬化。")
                .build();
        Region r = extractor.extract(d, titled("关于对县十八届人大三次会议第12号建议的答复", null));
        assertThat(r).isEqualTo(new Region("云南省", "昆明市", "宜良县", "530125"));
    }

    @Test
    void aShortNameRunningIntoAPlaceWordOfTheTitleIsNoDistrict() {
        Document d = Docs.doc().p("绩效目标申报表（大山乡沙湾子村养殖场建设项目）")
                .table(t -> t.row("项目名称", "大山乡沙湾子村养殖场建设项目").row("实施单位", "禄劝彝族苗族自治县民族宗教事务局"))
                .build();
        Region r = extractor.extract(d, titled("绩效目标申报表（大山乡沙湾子村养殖场建设项目）", null), "禄劝彝族苗族自治县民族宗教事务局");
        assertThat(r.district()).isEqualTo("禄劝彝族苗族自治县");
    }

    @Test
    void aFullNameInTheBodyCountsWhenNothingStrongerNamesAPlace() {
        Document d = Docs.doc().p("对某某委员关于改造路口雕塑的提案的答复")
                .p("您提出的提案收悉。现答复如下：已列入计划。")
                .p("联系单位及电话：昆明市官渡区城市管理局 61234567").build();
        Region r = extractor.extract(d, titled("对某某委员关于改造路口雕塑的提案的答复", null));
        assertThat(r.district()).isEqualTo("官渡区");
        assertThat(r.city()).isEqualTo("昆明市");
    }

    @Test
    void theSourceLineOfAWebPageAndTheFormsUnitNameTheDistrict() {
        Document d = Docs.doc().p("2021年农村公路养护项目绩效目标申报表")
                .p("发布时间：2021-04-02 09:10 来源：寻甸回族彝族自治县财政局")
                .table(t -> t.row("项目名称", "农村公路养护").row("实施单位", "云南省某某路桥有限公司"))
                .build();
        Region r = extractor.extract(d, titled("2021年农村公路养护项目绩效目标申报表", null), "云南省某某路桥有限公司");
        assertThat(r.district()).isEqualTo("寻甸回族彝族自治县");
    }

    @Test
    void aDevelopmentZoneAfterItsCityGivesItsDistrict() {
        Document d = Docs.doc().p("重庆綦江某某产业园区管理委员会关于区三届人大三次会议第5号建议的复函").build();
        Region r = extractor.extract(d, titled("重庆綦江某某产业园区管理委员会关于区三届人大三次会议第5号建议的复函", null));
        assertThat(r).isEqualTo(new Region("重庆市", "重庆市", "綦江区", "500110"));
    }

    @Test
    void theFormsSupervisingDepartmentNamesTheCountyWhenTheTitleNamesNone() {
        // 安徽 + 长丰 (short names) + a zone's 管理委员会 in the 主管部门 cell; the 实施单位 names no place
        Document d = Docs.doc().p("项目支出绩效目标表")
                .table(t -> t.row("项目名称", "园区道路维修养护")
                        .row("主管部门", "安徽长丰某某经济开发区管理委员会", "实施单位", "某某经开区建设发展局"))
                .build();
        Region r = extractor.extract(d, titled("项目支出绩效目标表", null), "某某经开区建设发展局");
        assertThat(r).isEqualTo(new Region("安徽省", "合肥市", "长丰县", "340121"));
    }

    @Test
    void aSupervisingDepartmentCellIsNoPlaceInAnyOtherCell() {
        // the same words under 项目内容 are body text, where short names count nothing
        Document d = Docs.doc().p("项目支出绩效目标表")
                .table(t -> t.row("项目名称", "园区道路维修养护").row("项目内容", "安徽长丰某某经济开发区道路养护"))
                .build();
        assertThat(extractor.extract(d, titled("项目支出绩效目标表", null), null)).isNull();
    }

    @Test
    void aPlaceInTheQuotedTitleOfTheProposalIsNotTheReplyingOffice() {
        String title = "关于王芳代表提出的《关于借鉴安吉县经验发展竹产业的建议》的答复";
        Document d = Docs.doc().p(title).p("王芳代表：").p("您提出的建议收悉。现答复如下：已组织考察。")
                .p("广德市林业局").p("2024年6月21日").build();
        Region r = extractor.extract(d, titled(title, "广德市林业局"));
        assertThat(r.district()).isEqualTo("广德市");
        assertThat(r.city()).isEqualTo("宣城市");
        // a plan's quoted title still names its district
        String notice = "关于印发《安吉县2024年竹产业发展工作方案》的通知";
        assertThat(extractor.extract(Docs.doc().p(notice).p("各乡镇：现印发给你们。").build(), titled(notice, null)).district())
                .isEqualTo("安吉县");
    }

    @Test
    void aCorpsCityIsCityLevel() {
        Document d = Docs.doc().p("关于下达2021年衔接推进乡村振兴补助资金的通知").p("各团：").p("现下达资金。")
                .p("第三师图木舒克市财政局").p("2021年6月1日").build();
        Region r = extractor.extract(d, titled("关于下达2021年衔接推进乡村振兴补助资金的通知", "第三师图木舒克市财政局"));
        assertThat(r).isEqualTo(new Region("新疆维吾尔自治区", "图木舒克市", null, "659003"));
    }

    @Test
    void aBareShortNameOnItsOwnLineIsNoPlace() {
        Document d = Docs.doc().p("林业项目清单").p("双河").p("仁义").p("荣昌区林地保护规划编制8万元").build();
        Region r = extractor.extract(d, titled("林业项目清单", null));
        assertThat(r.district()).isEqualTo("荣昌区");
    }

    @Test
    void aTownshipsDocumentGivesItsCounty() {
        // 狗街镇 is a township of 宜良县 only; 马街镇 is the name of townships of several counties
        Document d = Docs.doc().p("狗街镇2023年农村公路提升项目绩效目标表").p("项目建设内容。").build();
        assertThat(extractor.extract(d, titled("狗街镇2023年农村公路提升项目绩效目标表", null)))
                .isEqualTo(new Region("云南省", "昆明市", "宜良县", "530125"));
        Document ambiguous = Docs.doc().p("马街镇2023年农村公路提升项目绩效目标表").p("项目建设内容。").build();
        assertThat(extractor.extract(ambiguous, titled("马街镇2023年农村公路提升项目绩效目标表", null))).isNull();
        Document inWord = Docs.doc().p("推进乡村振兴乡镇工作的通知").p("各单位：").build();
        assertThat(extractor.extract(inWord, titled("推进乡村振兴乡镇工作的通知", null))).isNull();
    }
}
