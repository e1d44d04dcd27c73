package org.govdoc.extract.proposal;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdoc.extract.DocContext;
import org.govdoc.extract.ExtractionDraft;
import org.govdoc.extract.FieldExtractor;
import org.govdoc.extract.TextLines;
import org.govdoc.extract.TextLines.Line;
import org.govdoc.model.Cell;
import org.govdoc.model.Document;
import org.govdoc.model.Row;
import org.govdoc.model.Table;
import org.govdoc.record.Proposal;
import org.govdoc.text.ChineseText;

/**
 * The fields of a reply to a proposal (提案) or suggestion (建议/议案) of a people's congress or
 * CPPCC member: meeting, number, proposer, the proposal's title, replying unit and date, contact
 * person and phone, the member's stated satisfaction and the openness note. Null for documents
 * that are not such replies. Stateless and thread-safe.
 */
public final class ProposalExtractor implements FieldExtractor {

    private static final String CN = "[一二三四五六七八九十]{1,3}";
    /** The kinds of motion a reply answers (议事原案: a deputies' suggestion in some counties). */
    private static final String KIND = "(?:提案|建议|议事原案|议案|意见)";
    /** …提案的答复, …建议的复函, …建议办理情况（B）的函 (not 征求意见的函: a request, not a reply). */
    private static final Pattern REPLY_TITLE = Pattern.compile(
            KIND + "\\S{0,16}?(?:的)?(?:答复|回复|复函|办理意见)|(?:提案|建议|议事原案|议案)\\S{0,4}?办理情况");
    private static final Pattern RECEIVED = Pattern.compile("(?:提案|建议|议事原案|议案)\\S{0,30}?收悉");
    /** 政协昆明市呈贡区第十届委员会第一次会议 / 区政协十届一次会议 / 区十七届人大三次会议. */
    private static final Pattern MEETING = Pattern.compile(
            "(?<m>[\\p{IsHan}]{0,16}?第?" + CN + "届[\\p{IsHan}]{0,12}?第?" + CN + "次(?:全体)?(?:会议|大会))");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[，, ]+");
    private static final Pattern EDGE_SEPARATOR = Pattern.compile("^、|、$");
    private static final Pattern COLLECTIVE_ADDRESS = Pattern.compile(".*(?:各位|全体|有关).*");
    private static final Pattern MEETING_LEAD = Pattern.compile("^.*(?:关于|对|在|就)");
    /**
     * 第14号提案, 提案第14号, 编号：14, 第十四号建议, and without 第 or 号: 27号提案, 第039建议. The
     * digits are in group n, Chinese numerals in group c.
     */
    private static final Pattern NUMBER = Pattern.compile(
            "第\\s*(?<n>[0-9０-９]{1,8})\\s*号\\s*" + KIND + "?|(?:提案|建议|议案)\\s*(?:第|编号[：:]?)\\s*(?<n2>[0-9０-９]{1,8})\\s*号?"
                    + "|(?:编号|案号)\\s*[：:]\\s*(?<n3>[0-9０-９]{1,8})"
                    + "|第(?<c>[一二三四五六七八九十百千零〇两]{1,8})号\\s*" + KIND
                    + "|(?<![0-9０-９])(?<n4>[0-9０-９]{1,8})\\s*号\\s*" + KIND
                    + "|第\\s*(?<n5>[0-9０-９]{1,8})\\s*" + KIND);
    /** 尊敬的王某某委员： / 张三、李四代表： / 张三等委员： / 张三等3位代表：. */
    private static final Pattern SALUTATION = Pattern.compile(
            "^(?:尊敬的)?\\s*(?<names>[\\p{IsHan}·、，, ]{2,160}?)\\s*(?:等\\s*[0-9一二三四五六七八九十]*\\s*[位名]?)?\\s*"
                    + "(?:委员|代表|同志|先生|女士)(?:们)?\\s*[：:，,]");
    /** The salutation written without its colon, alone on its line (李龙代表 ⏎ 您提出的…). */
    private static final Pattern SALUTATION_LINE = Pattern.compile(
            "^(?:尊敬的)?\\s*(?<names>[\\p{IsHan}·]{2,5}(?:\\s*[、，,]\\s*[\\p{IsHan}·]{2,5})*)\\s*"
                    + "(?:等\\s*[0-9一二三四五六七八九十]*\\s*[位名]?)?\\s*(?:委员|代表)(?:们)?\\s*$");
    /** Words of a salutation that are no person's name (人大代表, 政协委员). */
    private static final Pattern NOT_A_NAME = Pattern.compile("人大|政协|届|会议|各位|全体|有关");
    private static final Pattern PROPOSER_INLINE = Pattern.compile(
            "(?<names>[\\p{IsHan}]{2,4}(?:、[\\p{IsHan}]{2,4})*)\\s*(?:等\\s*[0-9一二三四五六七八九十]*\\s*[位名]?)?\\s*(?:委员|代表)"
                    + "(?:在[^，。]{0,30})?(?:提出|所提|领衔提出|提交)");
    /** A labelled proposer (a form's 提案人 | 孙建国, 领衔代表：张三), up to the line's end or a trailing 等…. */
    private static final Pattern PROPOSER_LABEL = Pattern.compile(
            "^(?:提\\s*案\\s*人|领衔代表|领\\s*衔\\s*人|建\\s*议\\s*人|提\\s*出\\s*人|代表姓名|委员姓名)\\s*[：:]\\s*"
                    + "(?<names>[\\p{IsHan}·、，, ]{2,40}?)\\s*(?:等.*)?$", Pattern.MULTILINE);
    /** A delegation or group before the names of a salutation (安达、兰西代表团王立军代表：). */
    private static final Pattern DELEGATION = Pattern.compile("^.*(?:代表团|代表组|界别|小组)");
    private static final Pattern QUOTED_TITLE = Pattern.compile("《([^《》]{2,80}?(?:提案|建议|议案|意见))》");
    private static final Pattern UNQUOTED_TITLE = Pattern.compile("提出的\\s*(关于[^，。《》]{2,80}?的(?:提案|建议|议案))");
    /**
     * 联系人：张三 / 承办人：张三 / 经办人：张三 / 联系人：张三（0871-…） / 联系人：某某局张三 (the person after the unit's name) /
     * （联系单位：某局，联系人：张三，电话…）. 签发人 is the signer, not a contact.
     */
    private static final Pattern CONTACT = Pattern.compile(
            "(?:联\\s*系\\s*人|承\\s*办\\s*人|经\\s*办\\s*人)\\s*[：:]\\s*(?:[\\p{IsHan}]{2,20}(?:局|委|办|中心|院|所|科|股|室|部|处|站|队|馆|会|政府))?"
                    + "\\s*(?<p>[\\p{IsHan}·]{2,5}?)(?=[\\s\u3000]|[，,；;。（(）)、/]|联系|电话|手机|$)");
    /** 联系人及电话：刘洋 0871-64112233 (also 联系人和电话, 联系人/电话). */
    private static final Pattern CONTACT_AND_PHONE = Pattern.compile(
            "联\\s*系\\s*人\\s*(?:及|和|、|/)\\s*(?:联系)?(?:电话|方式)\\s*[：:]\\s*(?<p>[\\p{IsHan}·]{2,5}?)[\\s\u3000，,、；;]*"
                    + "(?<t>[0-9０-９][0-9０-９\\-－—()（） ]{5,24}[0-9０-９])");
    private static final Pattern ADDRESSEE = Pattern.compile("^(?:尊敬的)?\\s*(?<a>[\\p{IsHan}（）()·]{2,24}?)\\s*[：:]$");
    private static final Pattern PHONE = Pattern.compile(
            "(?:联系电话|电\\s*话|手\\s*机|联系方式)\\s*[：:]\\s*(?<t>[0-9０-９][0-9０-９\\-－—()（） ]{5,24}[0-9０-９])");
    private static final Pattern OUTCOME = Pattern.compile(
            "(?:满意度|意见|评价|测评|办理结果|反馈)[^。\\n]{0,10}?[：:为]\\s*[“\"]?(?<o>基本满意|不满意|满意)"
                    + "|表示(?<o2>基本满意|不满意|满意)");
    /** The category the replying unit gives its answer: 类别：B, 类 别：A类, …19号 B类, a title's (B). */
    private static final Pattern CATEGORY = Pattern.compile(
            "号\\s*(?<c2>[ABCＡＢＣ])\\s*类|^\\s*[（(【\\[]?\\s*(?<c3>[ABCＡＢＣ])\\s*类\\s*[）)】\\]]?\\s*$"
                    + "|^\\s*[（(【\\[]\\s*(?<c4>[ABCＡＢＣ])\\s*[）)】\\]]\\s*$",
            Pattern.MULTILINE);
    /**
     * The category under a label, anywhere in the reply: 类别：B, 办理类别：B类, 办理结果：A,
     * 办理结果：B类（所提问题正在解决）, 办理结果：已解决（A类）, 答复类型：C. Not a satisfaction word (办理结果：满意).
     */
    private static final Pattern LABELLED_CATEGORY = Pattern.compile(
            "(?:类\\s*别|办\\s*理\\s*结\\s*果|答\\s*复\\s*类\\s*型)\\s*[：:]\\s*(?:\\p{IsHan}{1,8}\\s*[（(])?\\s*(?<c>[ABCＡＢＣ])"
                    + "(?![A-Za-zＡ-Ｚａ-ｚ])");
    private static final Pattern TITLE_CATEGORY = Pattern.compile("[（(]\\s*(?<c>[ABCＡＢＣ])\\s*类?\\s*[）)]");
    private static final Pattern TICKED = Pattern.compile("[☑√✓■]\\s*(基本满意|不满意|满意)");
    private static final Pattern OPEN = Pattern.compile("(此件不公开|不予公开|依申请公开|此件公开|主动公开)");

    @Override
    public void extract(Document doc, ExtractionDraft draft) {
        draft.proposal(extract(doc, DocContext.of(draft)));
    }

    public Proposal extract(Document doc, DocContext ctx) {
        List<Line> lines = TextLines.of(doc, null);
        String title = ctx == null ? null : ctx.title();
        String opening = opening(lines);
        String compactTitle = title == null ? null : SPACES.matcher(title).replaceAll("");
        boolean isReply = compactTitle != null && REPLY_TITLE.matcher(compactTitle).find()
                || RECEIVED.matcher(opening).find() && (salutation(lines) != null || addressee(lines) != null);
        if (!isReply) {
            return null;
        }
        String head = (title == null ? "" : title) + "\n" + opening;
        String form = formPairs(doc);
        String all = String.join("\n", lines.stream().map(Line::text).toList()) + form;
        String meeting = meeting(head);
        String number = number(head);
        if (number == null) {
            number = number(form);
        }
        String proposer = salutation(lines);
        if (proposer == null) {
            Matcher m = PROPOSER_INLINE.matcher(head);
            proposer = m.find() ? m.group("names") : labelledProposer(all);
        }
        if (proposer == null) {
            proposer = addressee(lines);
        }
        String proposalTitle = proposalTitle(opening);
        String unit = ctx == null ? null : ctx.issuer();
        LocalDate date = ctx == null ? null : ctx.issueDate();
        String contact = group(CONTACT, all, "p");
        String phone = group(PHONE, all, "t");
        Matcher both = CONTACT_AND_PHONE.matcher(all);
        if ((contact == null || phone == null) && both.find()) {
            contact = contact == null ? both.group("p") : contact;
            phone = phone == null ? both.group("t") : phone;
        }
        if (phone != null) {
            phone = SPACES.matcher(ChineseText.toHalfWidth(phone)).replaceAll("");
        }
        // the member's stated satisfaction; else the category the office gives its answer (A/B/C)
        String outcome = outcome(all);
        return new Proposal(meeting, number, proposer, proposalTitle, unit, date, contact, phone,
                outcome != null ? outcome : category(compactTitle, head, all), openness(all));
    }

    /** The title line and the first lines after the salutation: where meeting, number and title are told. */
    private static String opening(List<Line> lines) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(12, lines.size()); i++) {
            b.append(lines.get(i).text()).append('\n');
        }
        return b.toString();
    }

    static String meeting(String text) {
        Matcher m = MEETING.matcher(text);
        while (m.find()) {
            // the phrase may start with the words leading to it: 关于 / 对 / 您在 … 上
            String s = MEETING_LEAD.matcher(m.group("m")).replaceFirst("");
            if (s.length() >= 6) {
                return s;
            }
        }
        return null;
    }

    static String number(String text) {
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String n = firstGroup(m, "n", "n2", "n3", "n4", "n5");
            if (n == null) {
                n = org.govdoc.text.ChineseNumerals.toLong(m.group("c")).stream().mapToObj(Long::toString)
                        .findFirst().orElse(null);
                if (n == null) {
                    continue;
                }
            }
            // not the 号 of a 发文字号 (〔2022〕5号)
            int start = m.start();
            if (start > 0 && "〕]】）)".indexOf(text.charAt(start - 1)) >= 0) {
                continue;
            }
            return ChineseText.toHalfWidth(n);
        }
        return null;
    }

    /**
     * The addressee of a reply to a group (民革五华区委：, 农工党区基层委员会：): the short line ending
     * with a colon right before the line that acknowledges the proposal (…收悉), or null.
     */
    static String addressee(List<Line> lines) {
        for (int i = 1; i < Math.min(15, lines.size()); i++) {
            if (!RECEIVED.matcher(lines.get(i).text()).find()) {
                continue;
            }
            Matcher m = ADDRESSEE.matcher(lines.get(i - 1).text().strip());
            return m.matches() ? m.group("a") : null;
        }
        return null;
    }

    /** The category stated for the reply (A/B/C): a 类别 line, a letter after the number, the title's (B); or null. */
    static String category(String title, String head, String all) {
        Matcher m = LABELLED_CATEGORY.matcher(all);
        if (m.find()) {
            return ChineseText.toHalfWidth(m.group("c"));
        }
        m = CATEGORY.matcher(head);
        if (m.find()) {
            return ChineseText.toHalfWidth(firstGroup(m, "c2", "c3", "c4"));
        }
        if (title != null) {
            m = TITLE_CATEGORY.matcher(title);
            if (m.find()) {
                return ChineseText.toHalfWidth(m.group("c"));
            }
        }
        return null;
    }

    private static String firstGroup(Matcher m, String... names) {
        for (String name : names) {
            if (m.group(name) != null) {
                return m.group(name);
            }
        }
        return null;
    }

    /**
     * The names of the salutation (王某某委员： → 王某某; 张三等委员： → 张三; also a line 李龙代表 with
     * no colon), or null.
     */
    static String salutation(List<Line> lines) {
        for (int i = 0; i < Math.min(15, lines.size()); i++) {
            Matcher m = SALUTATION.matcher(lines.get(i).text());
            if (!m.find()) {
                m = SALUTATION_LINE.matcher(lines.get(i).text());
                if (!m.find()) {
                    continue;
                }
            }
            String names = DELEGATION.matcher(m.group("names").strip()).replaceFirst("");
            names = NAME_SEPARATORS.matcher(names.strip()).replaceAll("、");
            names = EDGE_SEPARATOR.matcher(names).replaceAll("");
            if (!names.isEmpty() && !COLLECTIVE_ADDRESS.matcher(names).matches() && arePersonNames(names)) {
                return names;
            }
        }
        return null;
    }

    /** Names of people, not the start of a sentence: each short (a · joins the parts of some names), no 人大/政协. */
    /** The names after a proposer's label (提案人：孙建国, a form's 领衔代表 cell), or null. */
    static String labelledProposer(String all) {
        Matcher m = PROPOSER_LABEL.matcher(all);
        if (!m.find()) {
            return null;
        }
        String names = EDGE_SEPARATOR.matcher(NAME_SEPARATORS.matcher(m.group("names").strip()).replaceAll("、")).replaceAll("");
        return !names.isEmpty() && arePersonNames(names) ? names : null;
    }

    private static boolean arePersonNames(String names) {
        if (NOT_A_NAME.matcher(names).find()) {
            return false;
        }
        for (String n : names.split("、")) {
            if (n.length() > 6 && n.indexOf('·') < 0) {
                return false;
            }
        }
        return true;
    }

    private static String proposalTitle(String opening) {
        Matcher m = QUOTED_TITLE.matcher(opening);
        if (m.find()) {
            return m.group(1);
        }
        m = UNQUOTED_TITLE.matcher(opening);
        return m.find() ? m.group(1) : null;
    }

    static String outcome(String all) {
        Matcher t = TICKED.matcher(all);
        if (t.find()) {
            return t.group(1);
        }
        Matcher m = OUTCOME.matcher(all);
        while (m.find()) {
            String o = m.group("o") != null ? m.group("o") : m.group("o2");
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    static String openness(String all) {
        Matcher m = OPEN.matcher(all);
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        if (found == null) {
            return null;
        }
        return switch (found) {
            case "此件不公开", "不予公开" -> "不予公开";
            case "依申请公开" -> "依申请公开";
            default -> "此件公开";
        };
    }

    /** The longest text a label cell of a reply's form holds (办理类别, 联系人, 代表意见). */
    private static final int LABEL_LENGTH = 8;

    /**
     * The label/value cells of the tables as lines "label：value" (a form above or below the reply:
     * 办理类别 | B类, 联系人 | 张三), so that the labelled fields read them as they read text lines.
     */
    static String formPairs(Document doc) {
        StringBuilder b = new StringBuilder();
        for (Table t : doc.tables()) {
            for (Row r : t.rows()) {
                List<Cell> cells = r.cells().stream().filter(c -> !c.isEmpty()).toList();
                for (int i = 0; i + 1 < cells.size(); i++) {
                    String label = TextLines.clean(cells.get(i).text().replace('\n', ' '));
                    if (!label.isEmpty() && label.length() <= LABEL_LENGTH && !label.endsWith("：") && !label.endsWith(":")) {
                        b.append('\n').append(label).append('：')
                                .append(TextLines.clean(cells.get(i + 1).text().replace('\n', ' ')));
                    }
                }
            }
        }
        return b.toString();
    }

    private static String group(Pattern p, String text, String name) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(name) : null;
    }
}
