package org.govdoc.extract.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrgCodeTest {

    @Test
    void unifiedSocialCreditCode() {
        assertThat(OrgCode.isValid("11530121MB198972XH")).isTrue();
        assertThat(OrgCode.isValid("11530121MB198972XA")).isFalse();
        assertThat(OrgCode.isValid("11530121MB198972X")).isFalse();
    }

    @Test
    void oldOrganisationCode() {
        assertThat(OrgCode.isValid("MB198972-X")).isTrue();
        assertThat(OrgCode.isValid("MB1989725")).isFalse();
    }

    @Test
    void findsTheCodeInAValue() {
        assertThat(OrgCode.find("统一社会信用代码：１１530121mb198972xh（机关）")).contains("11530121MB198972XH");
        assertThat(OrgCode.find("代码 MB198972-X")).contains("MB198972-X");
        assertThat(OrgCode.find("无")).isEmpty();
    }
}
