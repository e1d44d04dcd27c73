package org.govdoc.extract.units;

import static org.assertj.core.api.Assertions.assertThat;

import org.govdoc.extract.DocContext;
import org.govdoc.record.Region;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class UnitCanonicalizerTest {

    private final UnitCanonicalizer dongchuan = new UnitCanonicalizer(
            new DocContext(2023, null, new Region("云南省", "昆明市", "东川区", "530113"), null, null));

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "区发展改革局, 东川区发展和改革局",
            "区发改局, 东川区发展和改革局",
            "区政务局, 东川区政务服务管理局",
            "区政务服务局, 东川区政务服务管理局",
            "区政务服务管理局, 东川区政务服务管理局",
            "区人社局, 东川区人力资源和社会保障局",
            "区人力资源社会保障局, 东川区人力资源和社会保障局",
            "区市场监管局, 东川区市场监督管理局",
            "区卫健局, 东川区卫生健康局",
            "区工科信局, 东川区工业和科技信息化局",
            "区住建局, 东川区住房和城乡建设局",
            "区政府办, 东川区人民政府办公室",
            "区政府办公室, 东川区人民政府办公室",
            "区人社局大厅, 东川区人力资源和社会保障局大厅",
            "东川区发改局, 东川区发展和改革局",
            "昆明市东川区政务局, 昆明市东川区政务服务管理局",
            "市生态环境局东川分局, 昆明市生态环境局东川分局",
            "区委宣传部, 东川区委宣传部",
            "各乡镇（街道）, 各乡镇（街道）",
            "区级各政务服务实施部门（单位）, 区级各政务服务实施部门（单位）",
            "园区管委会, 园区管委会"
    })
    void canonicalNames(String name, String canonical) {
        assertThat(dongchuan.canonical(name)).isEqualTo(canonical);
    }

    @Test
    void withoutARegionThePrefixStays() {
        UnitCanonicalizer none = new UnitCanonicalizer(DocContext.empty());
        assertThat(none.canonical("区政务局")).isEqualTo("区政务服务管理局");
        assertThat(none.canonical("呈贡区人社局")).isEqualTo("呈贡区人力资源和社会保障局");
        assertThat(none.canonical("区级各部门")).isEqualTo("区级各部门");
    }
}
