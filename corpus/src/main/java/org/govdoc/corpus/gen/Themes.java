package org.govdoc.corpus.gen;

import java.util.List;

/** What local governments spend on and plan for: topics with their units, indicators and tasks. */
public final class Themes {

    /**
     * A quantity indicator: name, unit, typical range of the target.
     *
     * @param scale a multiplier of the drawn value (10000 for targets like 200万件)
     */
    public record Measure(String name, String unit, int min, int max, int scale) {
        static Measure of(String name, String unit, int min, int max) {
            return new Measure(name, unit, min, max, 1);
        }
    }

    /**
     * A topic.
     *
     * @param topic      营商环境 → 优化营商环境工作方案, 优化营商环境工作经费
     * @param planTitle  the work plan's subject after the district name
     * @param unit       the unit in charge (implementer, usual lead)
     * @param partners   other units that lead some tasks
     * @param projects   project names of budget declarations (without year)
     * @param measures   quantity indicators of this topic
     * @param tasks      task headlines of work plans (distinct in their first 12 characters)
     */
    public record Theme(String topic, String planTitle, Units.Name unit, List<Units.Name> partners,
                        List<String> projects, List<Measure> measures, List<String> tasks) {
    }

    public static final List<Theme> ALL = List.of(
            new Theme("营商环境", "打造便捷高效的政务环境", Units.GOV_SERVICE,
                    List.of(Units.DEVELOPMENT, Units.MARKET, Units.JUSTICE, Units.OFFICE, Units.HOUSING),
                    List.of("优化提质营商环境改革工作经费", "政务服务中心运行保障经费", "营商环境评价工作经费"),
                    List.of(Measure.of("开展营商环境专题培训", "人次", 30, 300),
                            Measure.of("开展营商环境宣传活动", "次", 2, 12),
                            Measure.of("政务服务事项网上可办", "项", 200, 900),
                            new Measure("政务服务网办件量", "件", 5, 300, 10_000),
                            Measure.of("走访服务企业", "户", 20, 400)),
                    List.of("深入推进政务服务事项标准化",
                            "全面落实政务服务事项实施清单标准化",
                            "持续优化12345政务服务便民热线工作",
                            "严格规范审批服务行为，不得额外增加办理环节",
                            "持续推进证明材料清理规范化",
                            "全面落实审批监管协同机制",
                            "全面提升中介服务管理水平",
                            "深化区乡两级政务服务中心标准化建设",
                            "创新政务大厅管理模式，出台大厅管理规范",
                            "规范窗口服务行为，落实首席事务代表制度",
                            "深化推进“一窗通办”综合受理改革",
                            "深化推进“一网通办”提高全程网办比例",
                            "深化推进“掌上通办”高频电子证照应用",
                            "全面推行容缺受理和告知承诺制",
                            "健全完善投资项目帮办代办服务机制")),
            new Theme("农村人居环境", "农村人居环境整治提升", Units.AGRICULTURE,
                    List.of(Units.HOUSING, Units.HEALTH, Units.WATER, Units.FINANCE, Units.LAND),
                    List.of("农村人居环境整治专项资金", "农村户厕改造补助资金", "村庄保洁长效管护经费"),
                    List.of(Measure.of("改造农村户用卫生厕所", "户", 200, 3000),
                            Measure.of("新建村级公共厕所", "座", 5, 60),
                            Measure.of("清理村庄生活垃圾", "吨", 500, 9000),
                            Measure.of("建设村庄污水收集管网", "公里", 3, 80),
                            Measure.of("创建美丽村庄", "个", 2, 30)),
                    List.of("扎实推进农村厕所革命，分类推进户厕改造",
                            "全面开展村庄清洁行动，清理农村生活垃圾",
                            "梯次推进农村生活污水治理",
                            "健全农村生活垃圾收运处置体系",
                            "加强村庄规划管理，严控农村乱搭乱建",
                            "推进村容村貌提升，开展村庄绿化美化",
                            "建立健全农村人居环境长效管护机制",
                            "加大财政资金投入力度，统筹整合涉农资金",
                            "开展美丽村庄评选和示范创建活动",
                            "强化农村人居环境整治考核督导",
                            "加强农村人居环境宣传引导，发动群众参与",
                            "推进畜禽粪污资源化利用")),
            new Theme("义务教育", "义务教育优质均衡发展", Units.EDUCATION,
                    List.of(Units.FINANCE, Units.HOUSING, Units.HR, Units.HEALTH),
                    List.of("义务教育学校校舍维修改造项目", "学生营养改善计划补助资金", "中小学教师培训经费"),
                    List.of(Measure.of("维修改造校舍面积", "平方米", 1000, 20000),
                            Measure.of("受益学生人数", "人", 1000, 30000),
                            Measure.of("培训中小学教师", "人次", 100, 2000),
                            Measure.of("配备教学仪器设备", "台（套）", 50, 800)),
                    List.of("持续改善义务教育学校办学条件",
                            "加强中小学教师队伍建设，开展全员培训",
                            "推进城乡学校共同体和集团化办学",
                            "落实控辍保学责任，巩固义务教育普及成果",
                            "实施学生营养改善计划，规范食堂管理",
                            "加强学校安全管理和校园周边综合治理",
                            "推进智慧校园建设，提升教育信息化水平",
                            "深化课后服务，落实“双减”工作要求",
                            "健全家庭经济困难学生资助体系",
                            "加强学校卫生和学生近视防控工作")),
            new Theme("医疗保障", "深化医疗保障制度改革", Units.MEDICAL,
                    List.of(Units.HEALTH, Units.CIVIL, Units.FINANCE, Units.HR),
                    List.of("城乡居民医疗救助资金", "医保基金监管专项经费", "医保经办服务能力提升项目"),
                    List.of(Measure.of("资助困难群众参保", "人", 500, 20000),
                            Measure.of("开展医保基金专项检查", "家次", 20, 300),
                            Measure.of("实施门诊慢特病救助", "人次", 300, 8000),
                            new Measure("医保电子凭证结算", "笔", 1, 80, 10_000)),
                    List.of("巩固拓展医疗保障脱贫攻坚成果",
                            "做好城乡居民基本医疗保险参保扩面工作",
                            "加强医疗保障基金监管，严厉打击欺诈骗保",
                            "推进医保支付方式改革，落实按病种付费",
                            "落实国家组织药品和医用耗材集中带量采购",
                            "推进医保经办服务下沉到乡镇（街道）",
                            "推广应用医保电子凭证和移动支付",
                            "健全重特大疾病医疗保险和救助制度",
                            "规范定点医药机构协议管理",
                            "开展医保政策宣传进村入户活动")),
            new Theme("森林防火", "森林草原防灭火", Units.FORESTRY,
                    List.of(Units.EMERGENCY, Units.TRANSPORT, Units.AGRICULTURE, Units.TOURISM),
                    List.of("森林草原防火专项经费", "护林员管护补助资金", "防火隔离带建设项目"),
                    List.of(Measure.of("聘用生态护林员", "人", 50, 800),
                            Measure.of("建设防火隔离带", "公里", 5, 120),
                            Measure.of("开展扑火演练", "次", 2, 20),
                            Measure.of("购置扑火装备", "台（套）", 20, 500)),
                    List.of("压紧压实森林草原防灭火责任",
                            "加强野外火源管控，严防人为失火",
                            "开展森林火灾隐患排查整治",
                            "加强专业扑火队伍建设和实战演练",
                            "推进防火隔离带和林区道路建设",
                            "完善森林火险预警监测体系",
                            "加强重点时段值班值守和信息报送",
                            "开展森林防火宣传进村入户进校园",
                            "落实护林员网格化巡山护林制度",
                            "做好扑火物资储备和装备维护")),
            new Theme("食品安全", "食品安全示范创建", Units.MARKET,
                    List.of(Units.HEALTH, Units.AGRICULTURE, Units.EDUCATION, Units.COMMERCE),
                    List.of("食品安全抽检监测经费", "农贸市场快检室运行经费", "食品安全示范创建工作经费"),
                    List.of(Measure.of("完成食品安全抽检", "批次", 300, 5000),
                            Measure.of("开展食品快速检测", "批次", 1000, 30000),
                            Measure.of("培训食品从业人员", "人次", 200, 3000),
                            Measure.of("检查食品经营主体", "户次", 500, 8000)),
                    List.of("落实食品安全党政同责，压实属地管理责任",
                            "加强食品安全抽检监测和风险预警",
                            "开展校园及周边食品安全专项整治",
                            "推进农贸市场快检室规范化建设",
                            "加强农产品质量安全源头治理",
                            "严厉打击食品安全违法犯罪行为",
                            "推进“明厨亮灶”建设提质扩面",
                            "开展食品安全宣传周和科普进社区活动",
                            "加强网络订餐食品安全监管",
                            "建立食品安全信用档案，实施分级分类监管")),
            new Theme("城市更新", "城镇老旧小区改造", Units.HOUSING,
                    List.of(Units.DEVELOPMENT, Units.FINANCE, Units.URBAN, Units.LAND, Units.WATER),
                    List.of("城镇老旧小区改造配套基础设施项目", "城市道路维修养护经费", "背街小巷提升改造项目"),
                    List.of(Measure.of("改造老旧小区", "个", 3, 60),
                            Measure.of("惠及居民户数", "户", 300, 12000),
                            Measure.of("改造供排水管网", "公里", 2, 50),
                            Measure.of("维修养护城市道路", "平方米", 5000, 90000)),
                    List.of("科学编制老旧小区改造年度计划",
                            "完善小区水电气路等基础设施配套",
                            "推进小区加装电梯和无障碍设施建设",
                            "健全老旧小区长效物业管理机制",
                            "加快背街小巷和城市道路提升改造",
                            "统筹推进海绵城市和排水防涝建设",
                            "加强改造项目质量安全监管",
                            "多渠道筹措老旧小区改造资金",
                            "做好改造项目群众意见征求和公示工作",
                            "推进城市生活垃圾分类设施建设")),
            new Theme("就业创业", "稳就业促创业", Units.HR,
                    List.of(Units.FINANCE, Units.EDUCATION, Units.COMMERCE, Units.AGRICULTURE, Units.VETERANS),
                    List.of("就业创业补助资金", "职业技能提升行动专项资金", "创业担保贷款贴息资金"),
                    List.of(Measure.of("城镇新增就业", "人", 500, 12000),
                            Measure.of("开展职业技能培训", "人次", 300, 8000),
                            Measure.of("发放创业担保贷款", "笔", 50, 900),
                            Measure.of("举办招聘活动", "场", 5, 60)),
                    List.of("落实稳就业政策，加大援企稳岗力度",
                            "做好高校毕业生等青年群体就业服务",
                            "促进农村劳动力转移就业和返乡创业",
                            "开展职业技能提升行动，推行终身培训",
                            "加大创业担保贷款发放和贴息力度",
                            "强化就业困难人员分类帮扶和兜底安置",
                            "举办线上线下招聘活动，搭建供需平台",
                            "加强劳动保障监察，根治欠薪问题",
                            "建设零工市场和家门口就业服务站",
                            "做好退役军人就业创业服务工作")));

    /** Quality, timeliness and cost indicators any project may carry (produce 产出指标 rows). */
    public static final List<Measure> QUALITY = List.of(
            Measure.of("项目验收合格率", "%", 90, 100), Measure.of("资金使用合规率", "%", 95, 100),
            Measure.of("台账资料完整率", "%", 90, 100), Measure.of("工作任务完成率", "%", 85, 100));
    public static final List<Measure> TIMELINESS = List.of(
            Measure.of("项目按期完成率", "%", 90, 100), Measure.of("资金支付及时率", "%", 90, 100),
            Measure.of("问题整改及时率", "%", 85, 100));
    public static final List<Measure> COST = List.of(
            Measure.of("预算执行率", "%", 90, 100), Measure.of("人均培训成本", "元", 200, 1500),
            Measure.of("项目成本控制在预算范围内", "%", 100, 100), Measure.of("项目总成本", "万元", 20, 600));
    public static final List<Measure> SOCIAL = List.of(
            Measure.of("政策宣传覆盖率", "%", 80, 100), Measure.of("群众知晓率", "%", 80, 98),
            Measure.of("受益群众人数", "人", 1000, 50000), Measure.of("问题投诉办结率", "%", 90, 100));
    public static final List<Measure> ECONOMIC = List.of(
            Measure.of("带动社会投资", "万元", 100, 5000), Measure.of("促进群众增收", "万元", 50, 2000));
    public static final List<Measure> SATISFACTION = List.of(
            Measure.of("服务对象满意度", "%", 85, 100), Measure.of("群众满意度", "%", 85, 98),
            Measure.of("企业满意度", "%", 85, 98), Measure.of("受益群众满意度", "%", 80, 98));
    /** Timeliness targets written as dates (text targets holding numbers): name and target, {year} the plan year. */
    public static final List<String[]> DATED = List.of(
            new String[] {"项目完成时间", "{year}年12月底前"}, new String[] {"资金拨付时间", "11月底到位"},
            new String[] {"项目实施周期", "{year}年全年"}, new String[] {"工程完工时限", "{year}年10月底前完成"},
            new String[] {"任务完成时限", "按时完成"});
    /** Qualitative targets: name and the target as written. */
    public static final List<String[]> QUALITATIVE = List.of(
            new String[] {"长效管理机制建立情况", "逐步完善"}, new String[] {"生态环境改善情况", "明显改善"},
            new String[] {"工作规范化水平", "有效提升"}, new String[] {"可持续发展能力", "持续增强"});

    private Themes() {
    }
}
