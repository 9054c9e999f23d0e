package org.switchboard.email.mime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Canonical Message-IDs (RFC 5322 section 3.6.4). */
class MessageIdsTest {

    @Test
    void idsAreBracketedAndStrippedOfWhiteSpaceAndComments() {
        assertThat(MessageIds.canonical("  <abc@example.org> (comment)")).contains("<abc@example.org>");
        assertThat(MessageIds.canonical("abc@example.org")).contains("<abc@example.org>");
        assertThat(MessageIds.canonical("<abc@\r\n example.org>")).contains("<abc@example.org>");
        assertThat(MessageIds.canonical("   ")).isEmpty();
        assertThat(MessageIds.canonical("no id here")).isEmpty();
    }

    @Test
    void referenceListsKeepOrderWithoutDuplicates() {
        assertThat(MessageIds.parseList("<a@x> <b@x>\r\n <a@x> <c@x>")).containsExactly("<a@x>", "<b@x>", "<c@x>");
    }

    @Test
    void overlongIdsBecomeAStableHash() {
        String id = "<" + "x".repeat(300) + "@example.org>";
        assertThat(MessageIds.canonical(id)).hasValueSatisfying(c -> {
            assertThat(c).startsWith(MessageIds.LONG_PREFIX).hasSizeLessThanOrEqualTo(255);
            assertThat(MessageIds.canonical(id)).contains(c);
        });
    }

    @Test
    void generatedIdsAreUniqueAndUseTheGivenDomain() {
        String a = MessageIds.generate("support.example.com");
        assertThat(a).matches("<[0-9a-f-]{36}\\.sb@support\\.example\\.com>");
        assertThat(MessageIds.generate("support.example.com")).isNotEqualTo(a);
    }
}
