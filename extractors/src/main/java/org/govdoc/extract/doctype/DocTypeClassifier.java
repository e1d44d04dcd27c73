package org.govdoc.extract.doctype;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.govdoc.extract.ExtractionDraft;
import org.govdoc.extract.FieldExtractor;
import org.govdoc.extract.TextLines;
import org.govdoc.extract.tasks.AssignmentParser;
import org.govdoc.extract.tasks.Numbering;
import org.govdoc.extract.tasks.TableTaskExtractor;
import org.govdoc.extract.tasks.TaskExtractor;
import org.govdoc.model.Block;
import org.govdoc.model.Document;
import org.govdoc.model.Paragraph;
import org.govdoc.model.Table;
import org.govdoc.record.DocType;
import org.govdoc.text.ChineseText;

/**
 * Decides the genre from the content, never from the file name. Cue words score in three
 * places, most weight first: the title (the metadata title and the first non-empty paragraphs),
 * headings and table header cells, and the body. Titles of other documents quoted in 《》 are
 * ignored (a budget project citing 《…工作方案》 is not a work plan). The best score wins when it
 * reaches {@link #THRESHOLD}; otherwise the document is "other".
 */
public final class DocTypeClassifier implements FieldExtractor {

    static final int THRESHOLD = 3;
    private static final int TITLE_WEIGHT = 4;
    private static final int HEADING_WEIGHT = 2;
    private static final int BODY_WEIGHT = 1;
    private static final int BODY_CAP = 3;
    private static final int TITLE_PARAGRAPHS = 4;

    private static final Map<DocType, List<String>> CUES = Map.of(
            DocType.BUDGET_PROJECT, List.of("项目支出", "绩效目标", "项目申报", "项目申报书", "预算项目", "经费项目",
                    "项目绩效目标", "三级指标", "二级指标", "项目实施单位", "资金安排", "项目预算", "专项资金项目",
                    "项目名称", "申报金额", "预算金额"),
            DocType.WORK_PLAN, List.of("工作方案", "实施方案", "工作要点", "行动方案", "行动计划", "工作计划", "工作任务",
                    "任务分工", "牵头单位", "责任单位", "完成时限", "配合单位", "保障措施", "组织领导", "责任分解", "任务分解",
                    "分工方案", "责任清单", "任务清单"),
            DocType.PROPOSAL_REPLY, List.of("答复", "提案", "代表建议", "委员", "建议的答复", "办理情况", "复函",
                    "提案的答复", "议案"));

    private static final Pattern QUOTED_TITLE = Pattern.compile("《[^》]{0,80}》");

    /**
     * Evidence from the content: each numbered item carrying an assignment (牵头单位：…, （X牵头，Y
     * 配合）, a closing （市发改委）) or each task table (a 牵头/责任单位 column) counts this much for a
     * work plan, up to {@link #ASSIGNMENT_CAP} pieces; a document of tasks with responsible units is
     * a work plan whatever its title (…政策措施, …责任分解).
     */
    private static final int ASSIGNMENT_WEIGHT = 2;
    private static final int ASSIGNMENT_CAP = 3;

    @Override
    public void extract(Document doc, ExtractionDraft draft) {
        draft.docType(classify(doc));
    }

    public DocType classify(Document doc) {
        Map<DocType, Integer> score = new EnumMap<>(DocType.class);
        StringBuilder title = new StringBuilder();
        if (doc.metadata().title() != null) {
            title.append(doc.metadata().title()).append('\n');
        }
        int seen = 0;
        StringBuilder headings = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                String t = p.text().strip();
                if (t.isEmpty()) {
                    continue;
                }
                if (seen < TITLE_PARAGRAPHS && t.length() <= 60) {
                    title.append(t).append('\n');
                    seen++;
                } else if (p.headingLevel() != null || t.length() <= 20) {
                    headings.append(t).append('\n');
                } else {
                    body.append(t).append('\n');
                }
                seen = Math.max(seen, 1);
            } else if (b instanceof Table t) {
                seen = TITLE_PARAGRAPHS;
                headerCells(t, headings, body);
            }
        }
        add(score, unquoted(title), TITLE_WEIGHT, Integer.MAX_VALUE);
        add(score, unquoted(headings), HEADING_WEIGHT, Integer.MAX_VALUE);
        add(score, unquoted(body), BODY_WEIGHT, BODY_CAP);
        score.merge(DocType.WORK_PLAN, ASSIGNMENT_WEIGHT * Math.min(ASSIGNMENT_CAP, assignments(doc)), Integer::sum);
        DocType best = DocType.OTHER;
        int bestScore = THRESHOLD - 1;
        for (DocType t : List.of(DocType.BUDGET_PROJECT, DocType.WORK_PLAN, DocType.PROPOSAL_REPLY)) {
            int s = score.getOrDefault(t, 0);
            if (s > bestScore) {
                best = t;
                bestScore = s;
            }
        }
        return best;
    }

    /**
     * Short cells (labels, column headers) count as headings, long ones as body. Each distinct cell
     * text counts once per table, so that a value repeated down a column (指标值设定依据: 项目实施方案
     * on every row) is one piece of evidence, not one per row.
     */
    private static void headerCells(Table t, StringBuilder headings, StringBuilder body) {
        Set<String> seen = new HashSet<>();
        t.rows().forEach(r -> r.cells().forEach(c -> {
            String s = c.text().strip();
            if (!seen.add(s)) {
                return;
            }
            if (s.length() <= 12) {
                headings.append(s).append('\n');
            } else {
                body.append(s).append('\n');
            }
        }));
    }

    /** How many numbered items carry an assignment and how many tables have unit columns, up to the cap. */
    static int assignments(Document doc) {
        int n = 0;
        boolean inItem = false;
        for (TextLines.Line l : TextLines.of(doc, TaskExtractor.lineStarts())) {
            String t = l.text();
            boolean numbered = Numbering.startsNumbered(t);
            inItem |= numbered;
            if (assigns(AssignmentParser.parse(t)) || AssignmentParser.parseInline(t).isPresent()
                    || inItem && AssignmentParser.parseBareUnits(t).isPresent()) {
                n++;
            }
            if (n >= ASSIGNMENT_CAP) {
                return n;
            }
        }
        TableTaskExtractor tables = new TableTaskExtractor();
        for (Table t : doc.tables()) {
            if (!tables.extract(t, null).isEmpty()) {
                n++;
            }
        }
        return Math.min(n, ASSIGNMENT_CAP);
    }

    private static boolean assigns(Optional<AssignmentParser.Parsed> p) {
        return p.isPresent() && p.get().labels().stream()
                .anyMatch(l -> l.field() == AssignmentParser.Field.LEAD || l.field() == AssignmentParser.Field.RESPONSIBLE);
    }

    private static String unquoted(CharSequence s) {
        return QUOTED_TITLE.matcher(ChineseText.key(s.toString().replace('\n', '\u0001'))).replaceAll("");
    }

    private static void add(Map<DocType, Integer> score, String text, int weight, int capPerCue) {
        CUES.forEach((type, cues) -> {
            int s = 0;
            for (String cue : cues) {
                int n = Math.min(count(text, cue), capPerCue);
                s += n * weight;
            }
            score.merge(type, s, Integer::sum);
        });
    }

    private static int count(String text, String cue) {
        int n = 0;
        for (int i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + cue.length())) {
            n++;
        }
        return n;
    }
}
