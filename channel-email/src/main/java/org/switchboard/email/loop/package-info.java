/**
 * The loop guard: which inbound mail may get an automatic reply. {@link org.switchboard.email.loop.LoopGuard}
 * applies RFC 3834 and the header rules of Request Tracker, Zammad and OTRS (pure);
 * {@link org.switchboard.email.loop.ReplyRateLimiter} allows at most one automatic reply per sender
 * address in a period (a new conversation's reply is deferred to the next free slot, a second message in the same
 * conversation is flagged for a human) and a daily cap per address (OTRS' 40), recorded through the
 * {@link org.switchboard.email.loop.ReplyLedger} port; {@link org.switchboard.email.loop.BounceRegistry} remembers
 * addresses that bounced for good. Suppressed mail is still stored (the inbound message carries a no-reply reason).
 * The JPA adapters ({@code Jpa*}) are the only database code here.
 */
package org.switchboard.email.loop;
