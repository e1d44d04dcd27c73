package org.govdoc.corpus.gen;

import java.util.List;

/** Names of district-level units as offices write them. */
public final class Units {

    /**
     * A unit of a district government.
     *
     * @param shortBody as written in work plans after the level word: 政务服务局 (区政务服务局)
     * @param fullBody  the formal name after the district: 政务服务管理局 (昆明市呈贡区政务服务管理局)
     */
    public record Name(String shortBody, String fullBody) {
    }

    public static final Name GOV_SERVICE = new Name("政务服务局", "政务服务管理局");
    public static final Name DEVELOPMENT = new Name("发展改革局", "发展和改革局");
    public static final Name FINANCE = new Name("财政局", "财政局");
    public static final Name MARKET = new Name("市场监管局", "市场监督管理局");
    public static final Name HOUSING = new Name("住建局", "住房和城乡建设局");
    public static final Name LAND = new Name("自然资源局", "自然资源局");
    public static final Name JUSTICE = new Name("司法局", "司法局");
    public static final Name HR = new Name("人力资源社会保障局", "人力资源和社会保障局");
    public static final Name HEALTH = new Name("卫生健康局", "卫生健康局");
    public static final Name EDUCATION = new Name("教育体育局", "教育体育局");
    public static final Name CIVIL = new Name("民政局", "民政局");
    public static final Name AGRICULTURE = new Name("农业农村局", "农业农村局");
    public static final Name TOURISM = new Name("文化和旅游局", "文化和旅游局");
    public static final Name EMERGENCY = new Name("应急管理局", "应急管理局");
    public static final Name WATER = new Name("水务局", "水务局");
    public static final Name INDUSTRY = new Name("工业和信息化局", "工业和信息化局");
    public static final Name COMMERCE = new Name("商务局", "商务局");
    public static final Name MEDICAL = new Name("医保局", "医疗保障局");
    public static final Name TRANSPORT = new Name("交通运输局", "交通运输局");
    public static final Name VETERANS = new Name("退役军人事务局", "退役军人事务局");
    public static final Name OFFICE = new Name("政府办公室", "人民政府办公室");
    public static final Name FORESTRY = new Name("林草局", "林业和草原局");
    public static final Name URBAN = new Name("城管局", "城市管理局");
    public static final Name SCIENCE = new Name("科技局", "科学技术局");
    public static final Name STATISTICS = new Name("统计局", "统计局");
    public static final Name INVESTMENT = new Name("投资促进局", "投资促进局");

    public static final List<Name> ALL = List.of(GOV_SERVICE, DEVELOPMENT, FINANCE, MARKET, HOUSING, LAND, JUSTICE,
            HR, HEALTH, EDUCATION, CIVIL, AGRICULTURE, TOURISM, EMERGENCY, WATER, INDUSTRY, COMMERCE, MEDICAL,
            TRANSPORT, VETERANS, OFFICE, FORESTRY, URBAN, SCIENCE, STATISTICS, INVESTMENT);

    private Units() {
    }

    /** Collective responsible units: 各乡镇（街道）, 区级各部门 … for the district's level word. */
    public static List<String> collective(District d) {
        String l = d.level();
        return List.of("各乡镇（街道）", l + "级各部门", l + "级各政务服务实施部门（单位）", l + "级有关部门", "各园区管委会");
    }
}
