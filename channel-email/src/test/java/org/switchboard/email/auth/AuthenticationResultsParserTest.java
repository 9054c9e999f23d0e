package org.switchboard.email.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** RFC 8601 section 2.2 grammar, with header values shaped like those real receiving servers write. */
class AuthenticationResultsParserTest {

    @Test
    void parsesAGmailShapedFieldWithCommentsVersionsAndProperties() throws Exception {
        AuthenticationResults parsed = AuthenticationResultsParser.parse("mx.google.com;\r\n"
                + "       dkim=pass header.i=@github.com header.s=pf2014 header.b=1crXUDuJ;\r\n"
                + "       spf=pass (google.com: domain of noreply@github.com designates 192.30.252.201 as permitted "
                + "sender) smtp.mailfrom=noreply@github.com;\r\n"
                + "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=github.com");

        assertThat(parsed.authservId()).isEqualTo("mx.google.com");
        assertThat(parsed.results()).extracting(MethodResult::method).containsExactly("dkim", "spf", "dmarc");
        assertThat(parsed.results()).allMatch(MethodResult::passed);
        assertThat(parsed.results().get(0).property("header.i")).contains("@github.com");
        assertThat(parsed.results().get(0).property("HEADER.B")).contains("1crXUDuJ");
        assertThat(parsed.results().get(1).property("smtp.mailfrom")).contains("noreply@github.com");
        assertThat(parsed.results().get(2).property("header.from")).contains("github.com");
    }

    @Test
    void parsesTheRfcExamplesVersionMethodVersionReasonAndQuotedValues() throws Exception {
        AuthenticationResults parsed = AuthenticationResultsParser.parse(
                "example.com 1; auth/1=pass (cram-md5) smtp.auth=sender@example.net;"
                        + " spf=pass smtp.mailfrom=example.net; sender-id=fail reason=\"bad; really\" header.from="
                        + "\"sender@example.net\"; dkim=pass header.b=abc+/def=");

        assertThat(parsed.authservId()).isEqualTo("example.com");
        assertThat(parsed.results()).extracting(MethodResult::method)
                .containsExactly("auth", "spf", "sender-id", "dkim");
        assertThat(parsed.results().get(2).property("reason")).contains("bad; really");
        assertThat(parsed.results().get(2).property("header.from")).contains("sender@example.net");
        assertThat(parsed.results().get(3).property("header.b")).contains("abc+/def=");
    }

    @Test
    void noneHasNoResultsAndATrailingSemicolonIsAccepted() throws Exception {
        assertThat(AuthenticationResultsParser.parse("mx.example.net; none").results()).isEmpty();
        assertThat(AuthenticationResultsParser.parse("\"mx.example.net\" (the edge) ; none ").authservId())
                .isEqualTo("mx.example.net");
        assertThat(AuthenticationResultsParser.parse("mx.example.net; spf=pass smtp.mailfrom=a.example;")
                .results()).hasSize(1);
    }

    @Test
    void keepsMicrosoftsBareKeyValuePairs() throws Exception {
        AuthenticationResults parsed = AuthenticationResultsParser.parse("mx.example.net; dmarc=pass action=none"
                + " header.from=example.com;compauth=pass reason=100");
        assertThat(parsed.results().get(0).property("action")).contains("none");
        assertThat(parsed.results().get(1).property("reason")).contains("100");
    }

    @Test
    void rejectsWhatDoesNotFollowTheGrammar() {
        for (String bad : new String[]{
                "", "   ", "mx.example.net", "mx.example.net;", "mx.example.net; dkim", "mx.example.net; dkim=",
                "mx.example.net; dkim=pass header.d", "mx.example.net; dkim=pass header.d=",
                "mx.example.net; dkim=pass (unclosed comment header.d=a.example",
                "mx.example.net; dkim=pass header.d=\"unclosed", "mx.example.net 2; dkim=pass",
                "mx.example.net; dkim=pass header.d=a.example\u0007", "mx.example.net; dkim=passheader.d=x",
                "mx.example.net; =pass", "mx.example.net; dkim/=pass",
                "mx.example.net; " + "spf=pass smtp.mailfrom=a.example; ".repeat(65),
                "mx.example.net; dkim=pass header.d=" + "a".repeat(AuthenticationResultsParser.MAX_CHARS)}) {
            assertThatThrownBy(() -> AuthenticationResultsParser.parse(bad)).as(bad.length() > 80
                    ? bad.substring(0, 80) : bad).isInstanceOf(MalformedAuthenticationResultsException.class);
        }
    }

    @Test
    void aMalformedFieldStillTellsWhoWroteIt() {
        assertThatThrownBy(() -> AuthenticationResultsParser.parse("mx.example.net; dkim=pass (oops"))
                .isInstanceOfSatisfying(MalformedAuthenticationResultsException.class,
                        e -> assertThat(e.authservId()).contains("mx.example.net"));
    }
}
