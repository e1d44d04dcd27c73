package org.govdoc.extract.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govdoc.extract.DocContext;
import org.govdoc.model.Document;
import org.govdoc.model.Location;
import org.govdoc.record.Proposal;
import org.govdoc.record.Region;
import org.govdoc.record.Task;
import org.govdoc.record.Unit;
import org.govdoc.testing.Docs;
import org.junit.jupiter.api.Test;

class UnitExtractorTest {

    @Test
    void oneEntryPerCanonicalUnitWithAllItsRoles() {
        DocContext ctx = new DocContext(2023, null, new Region("云南省", "昆明市", "东川区", "530113"), null,
                "东川区优化营商环境领导小组办公室");
        Location loc = Location.ofBlock(null, 3);
        List<Task> tasks = List.of(
                new Task("1.", List.of(), "甲", List.of("区政务服务局"), List.of("各乡镇（街道）"), null, "body", null, null, loc),
                new Task("2.", List.of(), "乙", List.of("区发展改革局"), List.of("区政务局"), null, "body", null, null, loc));
        Document d = Docs.doc().p("汇聚数据。由区政务服务局负责，确保数据每月汇聚。").p("由区司法局牵头汇总两个清单。").build();
        List<Unit> units = new UnitExtractor().extract(d, ctx, tasks, null);
        assertThat(units).extracting(Unit::name).containsExactly(
                "东川区优化营商环境领导小组办公室", "区政务服务局", "各乡镇（街道）", "区发展改革局", "区司法局");
        Unit zw = units.get(1);
        assertThat(zw.canonical()).isEqualTo("东川区政务服务管理局");
        assertThat(zw.roles()).containsExactly("lead", "responsible", "implementer");
        assertThat(units.get(0).roles()).containsExactly("issuer");
        assertThat(units.get(3).canonical()).isEqualTo("东川区发展和改革局");
        assertThat(units.get(4).roles()).containsExactly("implementer");
    }

    @Test
    void replyingUnit() {
        Proposal p = new Proposal(null, "130", "王某某", null, "昆明市呈贡区政务服务管理局", null, null, null, null, null);
        List<Unit> units = new UnitExtractor().extract(Docs.doc().p("答复如下。").build(),
                new DocContext(null, null, null, null, "昆明市呈贡区政务服务管理局"), List.of(), p);
        assertThat(units).singleElement().satisfies(u -> assertThat(u.roles()).containsExactly("issuer", "replying"));
    }
}
