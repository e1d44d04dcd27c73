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
        Document d = Docs.doc().p("呈贡优化营商环境工作要点").p("加快推进改革。").build();
        Region r = extractor.extract(d, titled("呈贡优化营商环境工作要点", null));
        assertThat(r.district()).isEqualTo("呈贡区");
        assertThat(r.code()).isEqualTo("530114");
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
}
