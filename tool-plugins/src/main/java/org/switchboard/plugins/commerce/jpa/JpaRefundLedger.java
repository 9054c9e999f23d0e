package org.switchboard.plugins.commerce.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import org.switchboard.plugins.commerce.RefundLedger;

/**
 * The {@link RefundLedger} on MariaDB (table {@code refund_ledger}, persistence unit {@code switchboard}); joins the
 * caller's transaction, so a refund and its ledger row are written together or not at all.
 */
@ApplicationScoped
@Transactional
public class JpaRefundLedger implements RefundLedger {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Override
    public BigDecimal refundedSince(String account, Instant since) {
        BigDecimal sum = em.createQuery("select sum(e.amount) from RefundLedgerEntry e"
                        + " where e.account = :account and e.refundedAt >= :since", BigDecimal.class)
                .setParameter("account", account).setParameter("since", since).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    @Override
    public void record(String account, String toolName, BigDecimal amount, Instant at) {
        em.persist(new RefundLedgerEntry(account, toolName, amount, at));
    }
}
