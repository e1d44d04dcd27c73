package org.govdoc.corpus.gen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.govdoc.record.RecordJson;

/**
 * Writes {@link Gold} as a gold file: the names and shapes of the extraction record, only the
 * fields the generator knows (see docs/corpus-and-eval.md). Lists of the three list groups are
 * always written (empty: the document has none); project and proposal only for their kinds;
 * warnings only when something was planted.
 */
public final class GoldWriter {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private GoldWriter() {
    }

    public static ObjectNode toJson(Gold g) {
        ObjectNode o = F.objectNode();
        o.put("docType", g.docType().json());
        ObjectNode region = o.putObject("region");
        region.put("province", g.region().province());
        region.put("city", g.region().city());
        region.put("district", g.region().name());
        region.put("code", g.region().code());
        if (g.year() == null) {
            o.putNull("year");
        } else {
            o.put("year", g.year());
        }
        o.put("docNumber", g.docNumber());
        putDate(o, "issueDate", g.issueDate());
        if (g.project() != null) {
            Gold.Project p = g.project();
            ObjectNode n = o.putObject("project");
            n.put("name", p.name());
            n.put("unit", p.unit());
            n.put("orgCode", p.orgCode());
            if (p.orgCodeValid() == null) {
                n.putNull("orgCodeValid");
            } else {
                n.put("orgCodeValid", p.orgCodeValid());
            }
            n.put("address", p.address());
            n.put("phone", p.phone());
            n.put("legalRepresentative", p.legalRepresentative());
            n.put("fundingSource", p.fundingSource());
            putDate(n, "periodStart", p.periodStart());
            putDate(n, "periodEnd", p.periodEnd());
        }
        ArrayNode amounts = o.putArray("fundingAmounts");
        for (Gold.Amount a : g.fundingAmounts()) {
            ObjectNode n = amounts.addObject();
            n.put("amountYuan", a.amountYuan());
            n.put("role", a.role());
            n.put("text", a.text());
        }
        ArrayNode indicators = o.putArray("indicators");
        for (Gold.Indicator i : g.indicators()) {
            ObjectNode n = indicators.addObject();
            n.put("level1", i.level1());
            n.put("level2", i.level2());
            n.put("level3", i.level3());
            n.put("operator", i.operator());
            // the number and the unit as written: 478 in a 万元 column is 478 万元, not 4780000 元
            n.put("value", i.value());
            n.put("unit", i.unit());
            if (i.kind() != null) {
                n.put("kind", i.kind());
            }
        }
        ArrayNode tasks = o.putArray("tasks");
        for (Gold.Task t : g.tasks()) {
            ObjectNode n = tasks.addObject();
            n.put("text", t.text());
            strings(n.putArray("leadUnits"), t.leadUnits());
            strings(n.putArray("responsibleUnits"), t.responsibleUnits());
            if (t.dates().isEmpty() && !t.ongoing()) {
                n.putNull("deadline"); // the task has no 完成时限: the record's deadline is null
                continue;
            }
            ObjectNode d = n.putObject("deadline");
            if (t.dates().isEmpty()) {
                d.putNull("date");
            } else if (t.dates().size() == 1) {
                d.put("date", t.dates().get(0).toString());
            } else {
                ArrayNode any = d.putArray("date");
                t.dates().forEach(x -> any.add(x.toString()));
            }
            d.put("ongoing", t.ongoing());
        }
        if (g.proposal() != null) {
            Gold.Proposal p = g.proposal();
            ObjectNode n = o.putObject("proposal");
            n.put("meeting", p.meeting());
            n.put("number", p.number());
            n.put("proposer", p.proposer());
            n.put("proposalTitle", p.proposalTitle());
            n.put("replyingUnit", p.replyingUnit());
            putDate(n, "replyDate", p.replyDate());
            n.put("contactPerson", p.contactPerson());
            n.put("contactPhone", p.contactPhone());
            n.put("outcome", p.outcome());
            anyOf(n, "openness", p.openness());
        }
        if (!g.warnings().isEmpty()) {
            ArrayNode w = o.putArray("warnings");
            g.warnings().forEach(code -> w.addObject().put("code", code));
        }
        return o;
    }

    /** The gold file's bytes: UTF-8, pretty-printed, a final newline. */
    public static byte[] toBytes(Gold g) {
        try {
            String s = RecordJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson(g));
            return (s + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putDate(ObjectNode o, String key, LocalDate d) {
        if (d == null) {
            o.putNull(key);
        } else {
            o.put(key, d.toString());
        }
    }

    /** One value as a scalar, several as a list (the scorer reads a gold list as "any of these"). */
    private static void anyOf(ObjectNode o, String key, List<String> values) {
        if (values.isEmpty()) {
            o.putNull(key);
        } else if (values.size() == 1) {
            o.put(key, values.get(0));
        } else {
            strings(o.putArray(key), values);
        }
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}
