package org.govdoc.corpus.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.govdoc.record.DocType;

/**
 * Replies to proposals of CPPCC members (提案) and suggestions of deputies (建议, 议事原案), with the
 * variations of real replies: the meeting in its short form (区政协十届一次会议), numbers without 第
 * or with leading zeros, several proposers, a salutation line without its colon, contact persons as
 * 承办人 or 经办人, after their unit or inside a bracket, the office's category (A/B/C) in a 类别 (办理结果,
 * 办理类别) line, after the
 * 发文字号 or in the title, a signature date stored without 年月日 (2023619), and place-like words
 * of the body (a person 任木兰, 乡村振兴, a village 太平, a road 汝南路) that are not the region.
 */
final class ProposalReplyGenerator {

    private ProposalReplyGenerator() {
    }

    /**
     * A reply of the district {@code d}; {@code townships} are its townships whose names no other
     * county uses: a township's people's congress may be the meeting (茅洋乡第十九届人民代表大会第三次会议),
     * the township's government replying, the county named nowhere (the gold region is still the county).
     */
    static GeneratedDocument generate(Rng rng, long index, District d, int year, List<String> townships) {
        Style style = Style.random(rng);
        Themes.Theme theme = rng.pick(Themes.ALL);
        List<String> towns = townships.stream().filter(t -> t.endsWith("镇") || t.endsWith("乡")).toList();
        String township = !towns.isEmpty() && rng.chance(0.1) ? rng.pick(towns) : null;
        boolean cppcc = township == null && rng.chance(0.8);
        int term = rng.between(9, 12);
        int session = rng.between(1, 5);
        String termText = Numerals.chinese(term) + "届" + Numerals.chinese(session) + "次会议";
        boolean shortMeeting = rng.chance(0.3);
        String meeting;
        if (township != null) {
            meeting = township + "第" + Numerals.chinese(term + 8) + "届人民代表大会第" + Numerals.chinese(session) + "次会议";
        } else if (shortMeeting) {
            meeting = cppcc ? d.level() + "政协" + termText : d.level() + termText.replace("届", "届人大");
        } else {
            meeting = cppcc ? "政协" + d.name() + termText : d.name() + termText.replace("届", "届人大");
        }
        int numberValue = rng.between(1, 260);
        // as written: 第27号 (usual), 27号 (no 第), 第027号 (leading zeros); the gold keeps it as written
        int numberStyle = rng.nextInt(5);
        String number = numberStyle == 2 ? String.format("%03d", numberValue) : String.valueOf(numberValue);
        String numberText = (numberStyle == 1 ? "" : "第") + number + "号";
        String kind = cppcc ? "提案" : rng.pick("建议", "建议", "议事原案");
        String title = "关于" + meeting + numberText + kind + "的答复";
        int proposers = rng.chance(0.15) ? rng.between(2, 8) : 1;
        List<String> names = new ArrayList<>();
        while (names.size() < proposers) {
            String n = Names.person(rng);
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        String proposer = String.join("、", names);
        String honorific = cppcc ? "委员" : "代表";
        String subject = rng.pick(theme.tasks());
        subject = subject.contains("，") ? subject.substring(0, subject.indexOf('，')) : subject;
        String proposalTitle = "关于" + subject + "的" + rng.pick("建议", "提案", "建议");
        String unitFull = township != null ? township + "人民政府" : d.fullName(theme.unit().fullBody());
        String place = township != null ? "我" + township.substring(township.length() - 1) : d.name();
        LocalDate replyDate = LocalDate.of(year, rng.between(5, 11), rng.between(1, 28));
        String contact = Names.person(rng);
        String phone = Names.phone(rng, d, rng.chance(0.6));
        boolean satisfactionStated = rng.chance(0.7);
        String satisfaction = rng.pick("满意", "满意", "基本满意");
        // the office's category: none, a 类别 line above the title, after the 发文字号, or in the title
        int categoryStyle = rng.nextInt(4);
        String category = rng.pick("A", "B", "C");
        String outcome = satisfactionStated ? satisfaction : categoryStyle == 0 ? null : category;
        int docNo = rng.between(1, 90);
        boolean numbered = rng.chance(0.5);
        String prefix = d.abbreviation() + theme.unit().shortBody().substring(0, 2) + "复";

        if (categoryStyle == 3) {
            title = title.replace("的答复", "办理情况（" + category + "）的答复");
        }
        if (categoryStyle == 2 && !numbered) {
            categoryStyle = 1; // the category goes after a 发文字号 only where one is printed
        }

        SpecBuilder b = new SpecBuilder(style);
        if (categoryStyle == 1) {
            b.p(rng.pick("答复类别：", "类 别：", "类别：", "办理结果：", "办理类别：") + category + rng.pick("类", ""));
        }
        if (numbered) {
            b.center(Issuers.printed(rng, prefix, year, docNo) + (categoryStyle == 2 ? " " + category + "类" : ""));
        }
        b.title(title);
        boolean bareSalutation = rng.chance(0.2);
        b.p(bareSalutation ? proposer + honorific : (rng.chance(0.6) ? "尊敬的" : "") + proposer + honorific + "：");
        b.p("您提出的《" + proposalTitle + "》" + rng.pick("收悉", "已收悉") + "。" + rng.pick("经认真研究，", "经与相关部门会商，")
                + "现答复如下：");
        b.p(style.item1(1) + "基本情况");
        b.p("近年来，" + place + "高度重视" + theme.planTitle() + "工作，" + rng.pick(theme.tasks()) + "，取得了阶段性成效。");
        if (rng.chance(0.4)) {
            b.p(PlaceDecoys.pick(rng) + "我们对您反映的问题进行了认真梳理。");
        }
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
        int contactStyle = rng.nextInt(6);
        String contactLine = switch (contactStyle) {
            case 2 -> "承办人：" + contact + "    联系电话：" + phone;
            case 3 -> "联系人：" + d.level() + theme.unit().shortBody() + contact + "；联系电话：" + phone;
            case 4 -> "（联系单位：" + d.level() + theme.unit().shortBody() + "，联系人：" + contact + "，联系电话：" + phone + "）";
            case 5 -> "经办人：" + contact + "\u3000\u3000联系电话：" + phone;
            default -> null;
        };
        if (contactLine == null && contactStyle == 0) {
            b.p("联系人：" + contact + "    联系电话：" + phone);
        } else if (contactLine == null) {
            b.p("联系人：" + contact);
            b.p("联系电话：" + phone);
        } else if (contactStyle != 4) {
            b.p(contactLine);
        }
        b.sign(unitFull);
        String compact = Numerals.compactDate(replyDate);
        int dateStyle = rng.nextInt(10);
        b.sign(dateStyle < 3 ? Numerals.dateChinese(replyDate)
                : dateStyle == 3 && compact != null ? compact : Numerals.date(replyDate));
        if (contactStyle == 4) {
            b.p(contactLine);
        }
        if (satisfactionStated) {
            b.p(rng.pick("办理结果：", "委员意见：", "征询意见：").replace("委员", honorific) + satisfaction);
        }
        b.p(rng.pick("（此件公开）", "此件公开", "（此件公开发布）"));

        Gold.Proposal p = new Gold.Proposal(meeting, number, proposer, proposalTitle, unitFull, replyDate, contact, phone,
                outcome, List.of("此件公开", "公开"));
        Gold gold = new Gold(DocType.PROPOSAL_REPLY, d, year, numbered ? Issuers.canonical(prefix, year, docNo) : null,
                replyDate, null, amounts, List.of(), List.of(), p, List.of());
        String stem = String.format("%06d_%s", index, title);
        return new GeneratedDocument(index, stem, b.build(title, unitFull, SpecBuilder.furniture(rng, null)), gold);
    }
}
