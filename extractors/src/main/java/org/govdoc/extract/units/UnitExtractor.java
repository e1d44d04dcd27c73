package org.govdoc.extract.units;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdoc.extract.DocContext;
import org.govdoc.extract.ExtractionDraft;
import org.govdoc.extract.FieldExtractor;
import org.govdoc.extract.TextLines;
import org.govdoc.extract.tasks.UnitSplitter;
import org.govdoc.model.Document;
import org.govdoc.model.Paragraph;
import org.govdoc.record.Proposal;
import org.govdoc.record.Task;
import org.govdoc.record.Unit;

/**
 * The government units a document names as issuer, lead (牵头), responsible (责任), implementer
 * (由区政务服务局负责) or replying unit, one entry per canonical unit (区政务局 and 区政务服务局 are
 * one) with every role it plays. Stateless and thread-safe.
 */
public final class UnitExtractor implements FieldExtractor {

    public static final String ISSUER = "issuer";
    public static final String LEAD = "lead";
    public static final String RESPONSIBLE = "responsible";
    public static final String IMPLEMENTER = "implementer";
    public static final String REPLYING = "replying";

    /** 由区政务服务局负责 / 由区工科信局牵头 / 由各乡镇（街道）组织实施. */
    private static final Pattern BY_UNIT = Pattern.compile(
            "由([^，。；;、,：:“”《》]{2,40}?)(?:负责|牵头|统筹|组织实施|具体实施|承办|主办|实施|落实)");

    /** Runs after tasks and proposal: reads them from the draft. */
    @Override
    public void extract(Document doc, ExtractionDraft draft) {
        List<String> implementers = draft.project() != null && draft.project().unit() != null
                ? List.of(draft.project().unit()) : List.of();
        draft.units().addAll(extract(doc, DocContext.of(draft), draft.tasks(), draft.proposal(), implementers));
    }

    /**
     * @param tasks    the document's tasks (their units are lead and responsible)
     * @param proposal the proposal reply's fields, or null
     */
    public List<Unit> extract(Document doc, DocContext ctx, List<Task> tasks, Proposal proposal) {
        return extract(doc, ctx, tasks, proposal, List.of());
    }

    /**
     * As {@link #extract(Document, DocContext, List, Proposal)}, with units known to implement the
     * document's project (a budget declaration's 项目实施单位).
     */
    public List<Unit> extract(Document doc, DocContext ctx, List<Task> tasks, Proposal proposal,
                              List<String> implementers) {
        UnitCanonicalizer canon = new UnitCanonicalizer(ctx);
        Map<String, Acc> units = new LinkedHashMap<>();
        if (ctx != null && ctx.issuer() != null) {
            add(units, canon, ctx.issuer(), ISSUER);
        }
        if (proposal != null && proposal.replyingUnit() != null) {
            add(units, canon, proposal.replyingUnit(), REPLYING);
        }
        implementers.forEach(u -> add(units, canon, u, IMPLEMENTER));
        if (tasks != null) {
            for (Task t : tasks) {
                t.leadUnits().forEach(u -> add(units, canon, u, LEAD));
                t.responsibleUnits().forEach(u -> add(units, canon, u, RESPONSIBLE));
            }
        }
        for (Paragraph p : doc.paragraphs()) {
            Matcher m = BY_UNIT.matcher(TextLines.clean(p.text()));
            while (m.find()) {
                for (String u : UnitSplitter.split(m.group(1))) {
                    if (UnitNames.looksLikeUnit(u)) {
                        add(units, canon, u, IMPLEMENTER);
                    }
                }
            }
        }
        List<Unit> out = new ArrayList<>();
        units.values().forEach(a -> out.add(new Unit(a.name, a.canonical, List.copyOf(a.roles))));
        return out;
    }

    private static void add(Map<String, Acc> units, UnitCanonicalizer canon, String name, String role) {
        String clean = TextLines.clean(name);
        if (clean == null || clean.isEmpty()) {
            return;
        }
        String c = canon.canonical(clean);
        Acc a = units.computeIfAbsent(org.govdoc.text.ChineseText.key(c), k -> new Acc(clean, c));
        a.roles.add(role);
    }

    private static final class Acc {
        final String name;
        final String canonical;
        final Set<String> roles = new LinkedHashSet<>();

        Acc(String name, String canonical) {
            this.name = name;
            this.canonical = canonical;
        }
    }
}
