package org.switchboard.email.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.email.support.TestDatabase;

/** Undeliverable addresses in the real {@code email_undeliverable} table. */
class JpaBounceRegistryTest {

    private final TestDatabase db = TestDatabase.get();
    private final BounceRegistry bounces = db.port(BounceRegistry.class, JpaBounceRegistry::new);

    @BeforeEach
    void clean() {
        db.clean();
    }

    @Test
    void bouncesAreCountedPerAddressCaseInsensitively() {
        Instant t = Instant.parse("2026-11-02T10:00:00Z");
        bounces.markUndeliverable("gone@example.org", "bounce <b1@x>: user unknown", "<b1@x>", t);
        bounces.markUndeliverable("GONE@example.org", "bounce <b2@x>: user unknown", "<b2@x>", t.plusSeconds(60));
        assertThat(bounces.isUndeliverable("Gone@Example.org")).isTrue();
        assertThat(bounces.isUndeliverable("other@example.org")).isFalse();
        assertThat(db.count("SELECT bounce_count FROM email_undeliverable WHERE address = 'gone@example.org'"))
                .isEqualTo(2);
        assertThat(db.count("SELECT COUNT(*) FROM email_undeliverable WHERE last_message_id = '<b2@x>'"
                + " AND first_bounced_at = '2026-11-02 10:00:00' AND last_bounced_at = '2026-11-02 10:01:00'"))
                .isEqualTo(1);
    }

    @Test
    void clearingRemovesTheMark() {
        bounces.markUndeliverable("gone@example.org", "r", "<b@x>", Instant.now());
        assertThat(bounces.clear("gone@example.org")).isTrue();
        assertThat(bounces.clear("gone@example.org")).isFalse();
        assertThat(bounces.isUndeliverable("gone@example.org")).isFalse();
    }
}
