package org.govdoc.corpus.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.govdoc.record.DocType;

/** Replies to proposals of CPPCC members (提案) and suggestions of deputies (建议). */
final class ProposalReplyGenerator {

    private ProposalReplyGenerator() {
    }

    static GeneratedDocument generate(Rng rng, long index, District d, int year) {
        Style style = Style.random(rng);
        Themes.Theme theme = rng.pick(Themes.ALL);
        boolean cppcc = rng.chance(0.8);
        int term = rng.between(9, 12);
        int session = rng.between(1, 5);
        String termText = Numerals.chinese(term) + "届" + Numerals.chinese(session) + "次会议";
        String meeting = cppcc ? "政协" + d.name() + termText : d.name() + termText.replace("届", "届人大");
        String number = String.valueOf(rng.between(1, 260));
        String kind = cppcc ? "提案" : "建议";
        String title = "关于" + meeting + "第" + number + "号" + kind + "的答复";
        String proposer = Names.person(rng);
        String honorific = cppcc ? "委员" : "代表";
        String subject = rng.pick(theme.tasks());
        subject = subject.contains("，") ? subject.substring(0, subject.indexOf('，')) : subject;
        String proposalTitle = "关于" + subject + "的" + rng.pick("建议", "提案", "建议");
        String unitFull = d.fullName(theme.unit().fullBody());
        LocalDate replyDate = LocalDate.of(year, rng.between(5, 11), rng.between(1, 28));
        String contact = Names.person(rng);
        String phone = Names.phone(rng, d, rng.chance(0.6));
        String outcome = rng.pick("满意", "满意", "基本满意");
        int docNo = rng.between(1, 90);
        boolean numbered = rng.chance(0.5);
        String prefix = d.abbreviation() + theme.unit().shortBody().substring(0, 2) + "复";

        SpecBuilder b = new SpecBuilder(style);
        if (numbered) {
            b.center(Issuers.printed(rng, prefix, year, docNo));
        }
        if (rng.chance(0.5)) {
            b.p("答复类别：" + rng.pick("A", "B") + "类");
        }
        b.title(title);
        b.p((rng.chance(0.6) ? "尊敬的" : "") + proposer + honorific + "：");
        b.p("您提出的《" + proposalTitle + "》" + rng.pick("收悉", "已收悉") + "。" + rng.pick("经认真研究，", "经与相关部门会商，")
                + "现答复如下：");
        b.p(style.item1(1) + "基本情况");
        b.p("近年来，" + d.name() + "高度重视" + theme.planTitle() + "工作，" + rng.pick(theme.tasks()) + "，取得了阶段性成效。");
        List<Gold.Amount> amounts = new ArrayList<>();
        if (rng.chance(0.4)) {
            Money m = Money.wan(rng, 20, 3000);
            b.p(year - 1 + "年，累计争取上级补助资金" + m.text() + "，用于相关基础设施建设。");
            amounts.add(new Gold.Amount(m.yuan(), "other", m.text()));
        }
        b.p(style.item1(2) + "下一步工作");
        b.p("下一步，我" + theme.unit().shortBody().substring(theme.unit().shortBody().length() - 1) + "将认真吸纳您的意见建议，"
                + rng.pick(theme.tasks()) + "，推动相关工作取得新成效。");
        b.p("衷心感谢您对" + theme.planTitle() + "工作的关心和支持！");
        boolean contactOneLine = rng.chance(0.5);
        if (contactOneLine) {
            b.p("联系人：" + contact + "    联系电话：" + phone);
        } else {
            b.p("联系人：" + contact);
            b.p("联系电话：" + phone);
        }
        b.sign(unitFull);
        b.sign(rng.chance(0.3) ? Numerals.dateChinese(replyDate) : Numerals.date(replyDate));
        b.p(rng.pick("办理结果：", "委员意见：", "征询意见：").replace("委员", honorific) + outcome);
        b.p(rng.pick("（此件公开）", "此件公开", "（此件公开发布）"));

        Gold.Proposal p = new Gold.Proposal(meeting, number, proposer, proposalTitle, unitFull, replyDate, contact, phone,
                outcome, List.of("此件公开", "公开"));
        Gold gold = new Gold(DocType.PROPOSAL_REPLY, d, year, numbered ? Issuers.canonical(prefix, year, docNo) : null,
                replyDate, null, amounts, List.of(), List.of(), p, List.of());
        String stem = String.format("%06d_%s", index, title);
        return new GeneratedDocument(index, stem, b.build(title, unitFull, SpecBuilder.furniture(rng, null)), gold);
    }
}
