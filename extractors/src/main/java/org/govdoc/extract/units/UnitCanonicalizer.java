package org.govdoc.extract.units;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.govdoc.extract.DocContext;
import org.govdoc.record.Region;
import org.govdoc.text.ChineseText;

/**
 * The canonical name of a unit within its document: the department's name is looked up in a small
 * table of official names and their common abbreviations (发改局 → 发展和改革局, 政务局 / 政务服务局 →
 * 政务服务管理局, 人社局 → 人力资源和社会保障局 …), and a leading 区 / 县 / 市 / 省 is expanded to the
 * document's district, city or province (区发展改革局 in 东川区 → 东川区发展和改革局). Names of no
 * known department and collective names (各乡镇（街道）, 区级各部门) are kept as written.
 * Immutable and thread-safe.
 */
public final class UnitCanonicalizer {

    private record Alias(String alias, String canonical) {
    }

    /** What after a leading 区 / 县 makes a collective name (区级, 区域, 区内, 区各, 区属, 区直). */
    private static final Pattern COLLECTIVE_AFTER = Pattern.compile("^[级域内各属直].*");

    /** Official department names, each followed by its abbreviations and variants. */
    private static final String[][] DEPARTMENTS = {
            {"发展和改革局", "发展改革局", "发改局"},
            {"发展和改革委员会", "发展改革委员会", "发展改革委", "发改委"},
            {"政务服务管理局", "政务服务局", "政务局", "政务服务中心管理局"},
            {"人力资源和社会保障局", "人力资源社会保障局", "人社局", "人力社保局"},
            {"市场监督管理局", "市场监管局", "市监局"},
            {"卫生健康局", "卫生和健康局", "卫健局"},
            {"卫生健康委员会", "卫生健康委", "卫健委"},
            {"工业和科技信息化局", "工业科技信息化局", "工科信局", "工科局"},
            {"工业和信息化局", "工业信息化局", "工信局"},
            {"住房和城乡建设局", "住房城乡建设局", "住房和城乡建设管理局", "住建局"},
            {"自然资源和规划局", "自然资源规划局", "自规局"},
            {"自然资源局", "自然资源分局", "国土局"},
            {"医疗保障局", "医保局"},
            {"交通运输局", "交通局"},
            {"农业农村局", "农业局", "农村局", "农业农村和科技局"},
            {"教育体育局", "教育和体育局", "教体局"},
            {"教育局", "教育局"},
            {"财政局", "财政局"},
            {"税务局", "税务局"},
            {"公安局", "公安局"},
            {"公安分局", "公安分局"},
            {"司法局", "司法局"},
            {"民政局", "民政局"},
            {"水务局", "水务局"},
            {"水利局", "水利局"},
            {"审计局", "审计局"},
            {"统计局", "统计局"},
            {"商务局", "商务局"},
            {"生态环境局", "环保局", "环境保护局"},
            {"应急管理局", "应急局"},
            {"文化和旅游局", "文化旅游局", "文旅局"},
            {"城市管理局", "城管局"},
            {"城市管理综合行政执法局", "城管执法局", "综合执法局"},
            {"林业和草原局", "林业草原局", "林草局", "林业局"},
            {"退役军人事务局", "退役军人局", "退役军人事务管理局"},
            {"科学技术局", "科技局"},
            {"人民政府办公室", "政府办公室", "政府办", "府办", "人民政府办"},
            {"投资促进局", "投促局"},
            {"国有资产监督管理委员会", "国资委"},
            {"民族宗教事务局", "民族宗教局", "民宗局"},
            {"机关事务管理局", "机关事务局"},
            {"残疾人联合会", "残联"},
            {"工商业联合会", "工商联"},
            {"数据局", "大数据局", "数据管理局"},
            {"信访局", "信访局"},
            {"档案局", "档案局"},
            {"融媒体中心", "融媒体中心"},
            {"行政审批局", "审批局"},
            {"公共资源交易中心", "公共资源交易中心"},
    };

    private static final List<Alias> ALIASES = aliases();

    private static List<Alias> aliases() {
        List<Alias> out = new ArrayList<>();
        for (String[] d : DEPARTMENTS) {
            out.add(new Alias(d[0], d[0]));
            for (int i = 1; i < d.length; i++) {
                out.add(new Alias(d[i], d[0]));
            }
        }
        out.sort(Comparator.comparingInt((Alias a) -> a.alias().length()).reversed());
        return List.copyOf(out);
    }

    private final String district;
    private final String city;
    private final String province;

    public UnitCanonicalizer(DocContext ctx) {
        Region r = ctx == null ? null : ctx.region();
        this.district = r == null ? null : r.district();
        this.city = r == null ? null : r.city();
        this.province = r == null ? null : r.province();
    }

    /** The canonical name of the unit named as written. */
    public String canonical(String name) {
        if (name == null) {
            return null;
        }
        String n = ChineseText.removeWhitespace(name);
        String prefix = "";
        String rest = n;
        // a full division prefix as written (昆明市东川区…, 东川区…) is kept
        for (String full : new String[] {join(city, district), district, city, province}) {
            if (full != null && !full.isEmpty() && n.startsWith(full) && n.length() > full.length()) {
                prefix = full;
                rest = n.substring(full.length());
                break;
            }
        }
        boolean expandable = false;
        if (prefix.isEmpty() && n.length() > 1) {
            char c = n.charAt(0);
            String after = n.substring(1);
            boolean collective = COLLECTIVE_AFTER.matcher(after).matches();
            if (!collective) {
                if ((c == '区' || c == '县') && district != null && district.endsWith(String.valueOf(c))) {
                    prefix = district;
                    rest = after;
                    expandable = true;
                } else if (c == '区' || c == '县') {
                    prefix = String.valueOf(c);
                    rest = after;
                } else if (c == '市' && city != null) {
                    prefix = city;
                    rest = after;
                    expandable = true;
                } else if (c == '省' && province != null) {
                    prefix = province;
                    rest = after;
                    expandable = true;
                }
            }
        }
        for (Alias a : ALIASES) {
            if (rest.startsWith(a.alias())) {
                return prefix + a.canonical() + rest.substring(a.alias().length());
            }
        }
        // a division's name written before the department (呈贡区政务局, 昆明市呈贡区人社局)
        for (int p = 2; p < rest.length() - 1; p++) {
            if ("省市区县州旗".indexOf(rest.charAt(p - 1)) < 0) {
                continue;
            }
            for (Alias a : ALIASES) {
                if (rest.startsWith(a.alias(), p)) {
                    return prefix + rest.substring(0, p) + a.canonical() + rest.substring(p + a.alias().length());
                }
            }
        }
        if (expandable && UnitNames.looksLikeUnit(n)) {
            return prefix + rest;
        }
        return n;
    }

    private static String join(String a, String b) {
        return a == null || b == null ? null : a + b;
    }
}
