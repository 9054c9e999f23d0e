package org.switchboard.server.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConversationFilterTest {

    @Test
    void blankPartsMatchEverythingAndNamesAreCaseInsensitive() {
        assertThat(ConversationFilter.parse(null, " ", "")).isEqualTo(ConversationFilter.ALL);
        assertThat(ConversationFilter.parse(" 42 ", "slack", "waiting_for_human")).isEqualTo(new ConversationFilter(
                Optional.of(42L), Optional.of("SLACK"), Optional.of("WAITING_FOR_HUMAN")));
    }

    @Test
    void unknownValuesAreBadRequests() {
        assertThatThrownBy(() -> ConversationFilter.parse("bob", null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customer");
        assertThatThrownBy(() -> ConversationFilter.parse(null, "fax", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("channel");
        assertThatThrownBy(() -> ConversationFilter.parse(null, null, "'; DROP TABLE x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("status");
    }
}
