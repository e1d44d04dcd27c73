package org.govdoc.corpus.gen;

import java.util.List;

/** People's names, addresses and telephone numbers. */
public final class Names {

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
            + "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔向汤";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文斌辉玲红梅鹏飞云海波宁鑫晓东"
            + "雪琳颖慧婷俊凯佳雨春燕林峰志丹松卫兵琼萍昆滇";
    private static final List<String> ROADS = List.of("人民路", "建设路", "春城路", "政和路", "迎宾路", "文化路", "呈祥街",
            "龙翔街", "东风路", "南屏街", "金碧路", "滇池路", "彩云路", "兴隆街", "园林路", "学府路");

    private Names() {
    }

    /** A person's name of two or three characters. */
    public static String person(Rng rng) {
        StringBuilder b = new StringBuilder();
        b.append(SURNAMES.charAt(rng.nextInt(SURNAMES.length())));
        b.append(GIVEN.charAt(rng.nextInt(GIVEN.length())));
        if (rng.chance(0.6)) {
            b.append(GIVEN.charAt(rng.nextInt(GIVEN.length())));
        }
        return b.toString();
    }

    /** The telephone area code of the district's city. */
    public static String areaCode(District d) {
        return switch (d.code().substring(0, 4)) {
            case "5303" -> "0874";
            case "5304" -> "0877";
            case "5323" -> "0878";
            case "5325" -> "0873";
            case "5329" -> "0872";
            default -> "0871";
        };
    }

    /** A landline: 67481242 or 0871-67481242. */
    public static String phone(Rng rng, District d, boolean withArea) {
        String local = String.valueOf(rng.between(6, 8)) + (1_000_000 + rng.nextInt(9_000_000));
        return withArea ? areaCode(d) + "-" + local : local;
    }

    public static String address(Rng rng, District d) {
        return d.city() + d.name() + rng.pick(ROADS) + rng.between(1, 899) + "号";
    }
}
