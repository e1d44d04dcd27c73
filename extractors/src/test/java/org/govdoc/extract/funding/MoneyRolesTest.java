package org.govdoc.extract.funding;

import static org.assertj.core.api.Assertions.assertThat;

import org.govdoc.record.DocType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyRolesTest {

    @ParameterizedTest
    @CsvSource({
        "全年安排资金, allocation", "本项目申请财政资金, allocation", "预算金额, allocation",
        "项目总金额, allocation", "申报金额（万元）, allocation", "拟安排专项经费, allocation",
        "年度资金总额：, allocation", "年度本级预算金额, allocation", "年度资金申请总额, allocation",
        "下达中央预算内投资（万元）, allocation", "现下达你县2023年预算, allocation", "核定专项资金, allocation",
        "其中：培训费, other", "项目资金用于, other", "人均, other",
        "给予企业, other", "减免税费, tax", "为企业减负, cost_saving", "发放创业补贴, subsidy",
        "奖励, subsidy", "办公用房租金, other"
    })
    void rolesOfBudgetProjects(String cue, String role) {
        assertThat(MoneyRoles.of(cue, DocType.BUDGET_PROJECT)).isEqualTo(role);
    }

    @Test
    void allocationOnlyForTheDocumentsOwnMoney() {
        assertThat(MoneyRoles.of("全年安排资金", DocType.PROPOSAL_REPLY)).isEqualTo("other");
        assertThat(MoneyRoles.of("累计争取上级补助资金", DocType.PROPOSAL_REPLY)).isEqualTo("subsidy");
        assertThat(MoneyRoles.of("县财政局安排专项工作经费", DocType.WORK_PLAN)).isEqualTo("allocation");
        assertThat(MoneyRoles.of("项目总金额", DocType.WORK_PLAN)).isEqualTo("other");
        assertThat(MoneyRoles.of("安排资金", DocType.OTHER)).isEqualTo("other");
    }

    @Test
    void wordsAfterTheFigureDecideOtherRoles() {
        assertThat(MoneyRoles.of("给予最高", "补助", DocType.WORK_PLAN)).isEqualTo("subsidy");
        assertThat(MoneyRoles.of("累计", "的税费减免", DocType.WORK_PLAN)).isEqualTo("tax");
        assertThat(MoneyRoles.of("安排资金", "用于补助", DocType.BUDGET_PROJECT)).isEqualTo("allocation");
    }
}
