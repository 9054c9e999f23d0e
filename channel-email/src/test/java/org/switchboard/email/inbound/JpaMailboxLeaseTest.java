package org.switchboard.email.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.email.support.TestDatabase;

/** The poller lease on a real MariaDB: one holder at a time, renewal, expiry, release. */
class JpaMailboxLeaseTest {

    private final TestDatabase db = TestDatabase.get();
    private final MailboxLease lease = db.port(MailboxLease.class, JpaMailboxLease::new);

    @BeforeEach
    void clean() {
        db.clean();
    }

    @Test
    void onlyOneServerHoldsTheLeaseAndTheHolderRenewsIt() {
        assertThat(lease.acquire("support@mail:993/INBOX", "server-a", Duration.ofMinutes(1))).isTrue();
        assertThat(lease.acquire("support@mail:993/INBOX", "server-b", Duration.ofMinutes(1))).isFalse();
        assertThat(lease.acquire("support@mail:993/INBOX", "server-a", Duration.ofMinutes(1))).isTrue();
        assertThat(lease.acquire("support@mail:993/INBOX", "server-b", Duration.ofMinutes(1))).isFalse();
        assertThat(db.count("SELECT COUNT(*) FROM email_poller_leases WHERE holder = 'server-a'")).isEqualTo(1);
    }

    @Test
    void anExpiredLeaseIsTakenOverByAnotherServer() {
        assertThat(lease.acquire("box", "server-a", Duration.ofMillis(1))).isTrue();
        db.sql("UPDATE email_poller_leases SET expires_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND");
        assertThat(lease.acquire("box", "server-b", Duration.ofMinutes(1))).isTrue();
        assertThat(lease.acquire("box", "server-a", Duration.ofMinutes(1))).isFalse();
    }

    @Test
    void aReleasedLeaseIsFreeAtOnceAndOnlyTheHolderCanReleaseIt() {
        assertThat(lease.acquire("box", "server-a", Duration.ofMinutes(5))).isTrue();
        lease.release("box", "server-b");
        assertThat(lease.acquire("box", "server-b", Duration.ofMinutes(5))).isFalse();
        lease.release("box", "server-a");
        assertThat(lease.acquire("box", "server-b", Duration.ofMinutes(5))).isTrue();
    }

    @Test
    void mailboxesHaveIndependentLeases() {
        assertThat(lease.acquire("box-1", "server-a", Duration.ofMinutes(1))).isTrue();
        assertThat(lease.acquire("box-2", "server-b", Duration.ofMinutes(1))).isTrue();
    }

    @Test
    void theLeaseRunsOnDatabaseTime() {
        assertThat(lease.acquire("box", "server-a", Duration.ofSeconds(90))).isTrue();
        long seconds = db.count("SELECT TIMESTAMPDIFF(SECOND, UTC_TIMESTAMP(6), expires_at) FROM email_poller_leases");
        assertThat(seconds).isBetween(85L, 90L);
    }
}
