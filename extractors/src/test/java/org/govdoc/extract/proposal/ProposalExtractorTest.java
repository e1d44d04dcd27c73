package org.govdoc.extract.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.govdoc.extract.DocContext;
import org.govdoc.extract.metadata.Metadata;
import org.govdoc.extract.metadata.MetadataExtractor;
import org.govdoc.model.Document;
import org.govdoc.record.Proposal;
import org.govdoc.testing.Docs;
import org.junit.jupiter.api.Test;

/** Four hand-written replies (no real sample exists) covering the usual variants. */
class ProposalExtractorTest {

    private final ProposalExtractor extractor = new ProposalExtractor();

    /** As in the pipeline: the metadata extractor gives title, issuer (replying unit) and date. */
    private Proposal extract(Document d) {
        Metadata m = new MetadataExtractor().extract(d);
        return extractor.extract(d, new DocContext(m.year(), m.issueDate(), null, m.title(), m.issuer()));
    }

    @Test
    void cppccProposalWithQuotedTitle() {
        Document d = Docs.doc()
                .p("关于政协昆明市呈贡区第十届委员会第一次会议第130号提案的答复")
                .p("呈政务复〔2022〕5号")
                .p("尊敬的王某某委员：")
                .p("您提出的《关于加快推进政务服务“一网通办”的提案》收悉。经认真研究，现答复如下：")
                .p("一、基本情况")
                .p("我局高度重视，已于2022年6月底前完成平台升级。")
                .p("再次感谢您对政务服务工作的关心和支持！")
                .p("联系人：李四，联系电话：0871-67481242")
                .p("昆明市呈贡区政务服务管理局")
                .p("2022年10月20日")
                .p("（此件公开发布）")
                .build();
        Proposal p = extract(d);
        assertThat(p.meeting()).isEqualTo("政协昆明市呈贡区第十届委员会第一次会议");
        assertThat(p.number()).isEqualTo("130");
        assertThat(p.proposer()).isEqualTo("王某某");
        assertThat(p.proposalTitle()).isEqualTo("关于加快推进政务服务“一网通办”的提案");
        assertThat(p.replyingUnit()).isEqualTo("昆明市呈贡区政务服务管理局");
        assertThat(p.replyDate()).isEqualTo(LocalDate.of(2022, 10, 20));
        assertThat(p.contactPerson()).isEqualTo("李四");
        assertThat(p.contactPhone()).isEqualTo("0871-67481242");
        assertThat(p.outcome()).isNull();
        assertThat(p.openness()).isEqualTo("此件公开");
    }

    @Test
    void congressSuggestionWithChineseNumeralDateAndStatedSatisfaction() {
        Document d = Docs.doc()
                .p("对区十七届人大三次会议第25号建议的答复")
                .p("张三代表：")
                .p("您在区十七届人大三次会议上提出的关于加强农村公路养护的建议收悉，现答复如下：")
                .p("一是加大投入。二是强化管护。")
                .p("联 系 人：赵六")
                .p("联系电话：138 0000 1234")
                .p("东川区交通运输局")
                .p("二〇二三年六月十五日")
                .p("代表对答复的意见：满意")
                .p("公开属性：依申请公开")
                .build();
        Proposal p = extract(d);
        assertThat(p.meeting()).isEqualTo("区十七届人大三次会议");
        assertThat(p.number()).isEqualTo("25");
        assertThat(p.proposer()).isEqualTo("张三");
        assertThat(p.proposalTitle()).isEqualTo("关于加强农村公路养护的建议");
        assertThat(p.replyingUnit()).isEqualTo("东川区交通运输局");
        assertThat(p.replyDate()).isEqualTo(LocalDate.of(2023, 6, 15));
        assertThat(p.contactPerson()).isEqualTo("赵六");
        assertThat(p.contactPhone()).isEqualTo("13800001234");
        assertThat(p.outcome()).isEqualTo("满意");
        assertThat(p.openness()).isEqualTo("依申请公开");
    }

    @Test
    void severalProposersNumberInParenthesesAndATickedOutcome() {
        Document d = Docs.doc()
                .p("关于对政协东川区第十届委员会第二次会议第58号提案的答复")
                .p("张三、李四等委员：")
                .p("你们提出的《关于优化营商环境的提案》（第58号）收悉。现将办理情况答复如下：")
                .p("我局已会同有关部门研究落实。")
                .p("联系人：王五  电话：0871-62121234")
                .p("昆明市东川区发展和改革局")
                .p("2023年7月3日")
                .p("办理结果：☑基本满意 □满意 □不满意")
                .p("此件不公开")
                .build();
        Proposal p = extract(d);
        assertThat(p.meeting()).isEqualTo("政协东川区第十届委员会第二次会议");
        assertThat(p.number()).isEqualTo("58");
        assertThat(p.proposer()).isEqualTo("张三、李四");
        assertThat(p.proposalTitle()).isEqualTo("关于优化营商环境的提案");
        assertThat(p.replyingUnit()).isEqualTo("昆明市东川区发展和改革局");
        assertThat(p.contactPerson()).isEqualTo("王五");
        assertThat(p.contactPhone()).isEqualTo("0871-62121234");
        assertThat(p.outcome()).isEqualTo("基本满意");
        assertThat(p.openness()).isEqualTo("不予公开");
    }

    @Test
    void proposerNamedInTheTextAndGroupSalutation() {
        Document d = Docs.doc()
                .p("关于区政协十届三次会议第7号提案办理情况的答复")
                .p("王某某等3位委员在区政协十届三次会议上提出的《关于发展夜间经济的提案》收悉，现答复如下：")
                .p("一、工作开展情况")
                .p("联系人：陈七；联系电话：0871-63101234")
                .p("昆明市呈贡区商务局（盖章）")
                .p("2023年8月1日")
                .p("公开属性：主动公开")
                .build();
        Proposal p = extract(d);
        assertThat(p.meeting()).isEqualTo("区政协十届三次会议");
        assertThat(p.number()).isEqualTo("7");
        assertThat(p.proposer()).isEqualTo("王某某");
        assertThat(p.proposalTitle()).isEqualTo("关于发展夜间经济的提案");
        assertThat(p.replyingUnit()).isEqualTo("昆明市呈贡区商务局");
        assertThat(p.replyDate()).isEqualTo(LocalDate.of(2023, 8, 1));
        assertThat(p.contactPerson()).isEqualTo("陈七");
        assertThat(p.openness()).isEqualTo("此件公开");
    }

    @Test
    void chineseNumeralNumber() {
        assertThat(ProposalExtractor.number("关于市政协十三届二次会议第一百三十号提案的答复")).isEqualTo("130");
        assertThat(ProposalExtractor.number("（呈政复〔2022〕5号）关于第12号建议")).isEqualTo("12");
    }

    @Test
    void otherDocumentsAreNoReplies() {
        Document d = Docs.doc()
                .p("东川区2023年工作方案")
                .p("一、重点任务")
                .p("认真办理人大代表建议和政协委员提案。")
                .build();
        assertThat(extract(d)).isNull();
    }

    @Test
    void replyToAPartyGroupWithTheDocNumberUnderTheTitle() {
        Document d = Docs.doc()
                .p("A类")
                .p("五华区教育体育局对区政协十一届二次会议第126号提案的答复")
                .p("五教复〔2023〕15号")
                .p("民革五华区委：")
                .p("贵委提出的《关于进一步规范校外培训机构管理的提案》已收悉。现将办理情况答复如下：")
                .p("一、加强校外培训机构审批管理。")
                .p("联系人及电话：刘洋\u30000871-64112233")
                .p("昆明市五华区教育体育局")
                .p("2023年6月28日")
                .build();
        Metadata m = new MetadataExtractor().extract(d);
        assertThat(m.title()).isEqualTo("五华区教育体育局对区政协十一届二次会议第126号提案的答复");
        assertThat(m.docNumber()).isEqualTo("五教复〔2023〕15号");
        Proposal p = extract(d);
        assertThat(p.meeting()).isEqualTo("区政协十一届二次会议");
        assertThat(p.number()).isEqualTo("126");
        assertThat(p.proposer()).isEqualTo("民革五华区委");
        assertThat(p.replyDate()).isEqualTo(LocalDate.of(2023, 6, 28));
        assertThat(p.contactPerson()).isEqualTo("刘洋");
        assertThat(p.contactPhone()).isEqualTo("0871-64112233");
    }

    @Test
    void aColonLineBeforeOrdinaryTextIsNoAddressee() {
        Document d = Docs.doc()
                .p("区政务服务局2023年工作总结")
                .p("各科室：")
                .p("现将2023年工作总结如下。")
                .build();
        assertThat(extract(d)).isNull();
    }

    @Test
    void addresseeWithoutColonNumberWithoutHaoAndCategoryInTheTitle() {
        Document d = Docs.doc()
                .p("某市某区人民政府 关于市六届人大二次会议第052号建议 办理情况（A）的函")
                .p("赵某代表")
                .p("在市六届人大二次会议上提出的《关于改造某路段的建议》（第052建议）收悉。现将办理情况函告如下：")
                .p("已纳入年度计划。")
                .p("某市某区人民政府")
                .p("2023915")
                .p("联系人：某区交通运输局钱某某；联系电话0818-1234567")
                .build();
        Proposal p = extract(d);
        assertThat(p.meeting()).isEqualTo("市六届人大二次会议");
        assertThat(p.number()).isEqualTo("052");
        assertThat(p.proposer()).isEqualTo("赵某");
        assertThat(p.replyDate()).isEqualTo(LocalDate.of(2023, 9, 15));
        assertThat(p.contactPerson()).isEqualTo("钱某某");
        assertThat(p.outcome()).isEqualTo("A");
    }

    @Test
    void aCountysOwnKindOfMotionWithManyProposers() {
        Document d = Docs.doc()
                .p("关于对县十七届人大一次会议第5号议事原案的答复（交通局）")
                .p("张一、李二、王三、赵四、钱五、孙六、周七、吴八、郑九、冯十、陈十一、褚十二代表：")
                .p("你们提出的“关于修缮某乡道路的”议事原案收悉。现答复如下：")
                .p("已列入计划。")
                .build();
        Proposal p = extract(d);
        assertThat(p).isNotNull();
        assertThat(p.meeting()).isEqualTo("县十七届人大一次会议");
        assertThat(p.number()).isEqualTo("5");
        assertThat(p.proposer()).startsWith("张一、李二").endsWith("陈十一、褚十二");
    }

    @Test
    void categoryLineAndSignerAreNotContacts() {
        Document d = Docs.doc()
                .p("类 别：C")
                .p("签发人：某某某")
                .p("某交函〔2023〕12号")
                .p("关于对政协某县第九届委员会第三次会议第8号提案的复函")
                .p("孙某委员：")
                .p("现将您提出的关于维修村道的提案办理情况答复如下：已办结。")
                .p("某县交通运输局")
                .p("2023年9月1日")
                .build();
        Proposal p = extract(d);
        assertThat(p.outcome()).isEqualTo("C");
        assertThat(p.contactPerson()).isNull();
        assertThat(p.number()).isEqualTo("8");
    }

    @Test
    void numberWithoutDiCategoryAfterTheDocNumberAndTheHandlingPerson() {
        Document d = Docs.doc()
                .p("某区教育局关于区政协五届一次会议27号提案的答复")
                .p("某教函〔2022〕19号 B类")
                .p("周某委员：")
                .p("您提出的提案收悉，现答复如下：已落实。")
                .p("承办人：吴某某   联系电话：0871-7654321")
                .p("某区教育局")
                .p("二〇二二年六月十九日")
                .build();
        Proposal p = extract(d);
        assertThat(p.number()).isEqualTo("27");
        assertThat(p.outcome()).isEqualTo("B");
        assertThat(p.contactPerson()).isEqualTo("吴某某");
        assertThat(p.replyDate()).isEqualTo(LocalDate.of(2022, 6, 19));
    }

    @Test
    void contactInsideABracketWithItsUnit() {
        Document d = Docs.doc()
                .p("关于区三届人大二次会议第40号建议的复函")
                .p("钱某代表：")
                .p("您提出的建议收悉。现答复如下：已完成。")
                .p("某某管理委员会")
                .p("2023年6月9日")
                .p("（联系单位：某某管理委员会办公室，联系人：郑某，联系电话：13800000000）")
                .build();
        Proposal p = extract(d);
        assertThat(p.contactPerson()).isEqualTo("郑某");
        assertThat(p.outcome()).isNull();
    }

    @Test
    void contactAfterAUnitEndingInAnOfficeWord() {
        Document d = Docs.doc()
                .p("关于区政协十届二次会议第9号提案的答复")
                .p("冯某委员：")
                .p("您的提案收悉。现答复如下：已办结。")
                .p("联系人：区政府办公室王五；联系电话：0871-1234567")
                .p("某区人民政府办公室")
                .p("2023年7月3日")
                .build();
        assertThat(extract(d).contactPerson()).isEqualTo("王五");
    }

    @Test
    void aRequestForCommentsIsNoReply() {
        Document d = Docs.doc()
                .p("关于征求《某区养老服务设施布局规划》修改意见的函")
                .p("区级各部门：")
                .p("现将规划草案印发给你们，请于5月10日前反馈修改建议。")
                .p("联系人：陈某，联系电话：0871-1111111")
                .build();
        assertThat(extract(d)).isNull();
    }

    @Test
    void aSentenceMentioningDeputiesIsNoSalutation() {
        Document d = Docs.doc()
                .p("关于区十八届人大二次会议第15号建议的答复")
                .p("我局高度重视人大代表，认真办理代表建议。")
                .p("民盟某区基层委员会：")
                .p("贵委提出的关于改善社区养老服务的建议收悉。现答复如下：已落实。")
                .build();
        assertThat(extract(d).proposer()).isEqualTo("民盟某区基层委员会");
    }

    @Test
    void labelledCategoryAndContactsOfOtherTemplates() {
        Document d = Docs.doc()
                .p("某县自然资源局关于政协某县第九届委员会第二次会议第12号提案的答复")
                .p("民盟某县支部：")
                .p("贵支部提出的《关于加强历史建筑保护的提案》收悉，现答复如下：")
                .p("已纳入村庄规划。")
                .p("办理结果：B类（所提问题正在解决或列入计划解决）")
                .p("某县自然资源局")
                .p("2022年7月8日")
                .p("经办人：沈佳琪　　联系电话：0572-8012345")
                .build();
        Proposal p = extract(d);
        assertThat(p.outcome()).isEqualTo("B");
        assertThat(p.contactPerson()).isEqualTo("沈佳琪");
        assertThat(p.proposer()).isEqualTo("民盟某县支部");

        Document bare = Docs.doc()
                .p("（A类）")
                .p("对区政协十一届三次会议第8号提案的答复")
                .p("安达、兰西代表团王立军代表：")
                .p("您提出的《关于推进加装电梯的提案》收悉，现答复如下：已试点。")
                .p("某区住房和城乡建设局")
                .p("二○二三年八月三十日")
                .p("联系人：孙丽娟（0451-84612345）")
                .build();
        Proposal q = extract(bare);
        assertThat(q.outcome()).isEqualTo("A");
        assertThat(q.proposer()).isEqualTo("王立军");
        assertThat(q.contactPerson()).isEqualTo("孙丽娟");
        assertThat(q.replyDate()).isEqualTo(LocalDate.of(2023, 8, 30));
        assertThat(ProposalExtractor.category(null, "", "办理结果：已解决（A类）")).isEqualTo("A");
        assertThat(ProposalExtractor.category(null, "", "办理结果：满意")).isNull();
        assertThat(ProposalExtractor.category(null, "对某号建议的答复\n【A】\n", "")).isEqualTo("A");
        assertThat(ProposalExtractor.category(null, "对某号建议的答复\n一、（A）项工作\n", "")).isNull();
    }

    @Test
    void theFieldsOfAReplyForm() {
        Document d = Docs.doc()
                .p("政协某县第十届委员会第二次会议提案办理答复书")
                .table(t -> t.row("提案编号", "45", "提案人", "孙建国")
                        .row("承办单位", "某县住房和城乡建设局", "办理类别", "A类")
                        .row("答复内容", "孙建国委员：\n您提出的关于雨污分流改造的提案收悉。已完成改造9.6公里。")
                        .row("联系人", "王慧敏", "联系电话", "0375-5121234"))
                .p("某县住房和城乡建设局")
                .p("2023年9月18日")
                .build();
        Proposal p = extract(d);
        assertThat(p.meeting()).isEqualTo("政协某县第十届委员会第二次会议");
        assertThat(p.number()).isEqualTo("45");
        assertThat(p.proposer()).isEqualTo("孙建国");
        assertThat(p.outcome()).isEqualTo("A");
        assertThat(p.contactPerson()).isEqualTo("王慧敏");
        assertThat(p.contactPhone()).isEqualTo("0375-5121234");
    }

    @Test
    void longNumbersAndAnInlineProposerAfterAComma() {
        assertThat(ProposalExtractor.number("关于市政协十四届二次会议第20230256号提案答复的函")).isEqualTo("20230256");
        Document d = Docs.doc()
                .p("某市财政局关于市十六届人大三次会议第2号议案办理情况的报告")
                .p("市人大常委会：")
                .p("市十六届人大三次会议期间，沈国强等12位代表提出的《关于加大乡村教育投入的议案》交由我局主办。现报告如下：")
                .p("某市财政局")
                .p("二〇二三年十一月二十日")
                .build();
        assertThat(extract(d).proposer()).isEqualTo("沈国强");
    }
}
