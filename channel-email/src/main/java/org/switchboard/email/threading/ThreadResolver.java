package org.switchboard.email.threading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalLong;
import org.switchboard.email.mime.ParsedEmail;

/**
 * Finds the conversation an inbound message belongs to and records its Message-IDs (RFC 5322 section 3.6.4
 * threading, as mail clients do it; the ticket tag as helpdesks do it):
 * <ol>
 *   <li>the message's own id is known already (it was fetched before, or an earlier message referred to it): that
 *       conversation, so fetching a message twice never splits a thread;</li>
 *   <li>else the first known id of In-Reply-To, then References newest to oldest, then (for a bounce) the returned
 *       original's Message-ID; but only when the sender wrote in that conversation before (or the message is a
 *       report returning a message of that conversation): a stranger naming someone else's thread starts a
 *       conversation of their own ({@link #threadOf});</li>
 *   <li>else the ticket tagged in the subject ({@code [#1234]}), when the sender's address belongs to that
 *       ticket's customer;</li>
 *   <li>else a new conversation keyed by the message's own Message-ID.</li>
 * </ol>
 * Then the message's id and every id it referred to are linked to that conversation (ids already known keep their
 * conversation). Single-threaded use per mailbox (the poller holds a lease).
 */
public final class ThreadResolver {

    private final ThreadIndex index;

    /** @param index the threading table */
    public ThreadResolver(ThreadIndex index) {
        this.index = index;
    }

    /**
     * @param mail   the parsed message
     * @param sender its sender address, lower case, if any
     * @param now    the time
     * @return the conversation key, 1 to 255 characters
     */
    public String resolve(ParsedEmail mail, Optional<String> sender, Instant now) {
        return threadOf(mail, sender, now).conversationKey();
    }

    /**
     * Like {@link #resolve}, and says when the message named a conversation it was not let into: its In-Reply-To or
     * References name a conversation whose inbound messages all came from other addresses, so it starts a
     * conversation of its own (a stranger replying to a forwarded or leaked thread never takes it over, nor moves its
     * reply address). A conversation with no recorded sender (threaded before senders were recorded) is joined.
     *
     * @param mail   the parsed message
     * @param sender its sender address, lower case, if any
     * @param now    the time
     * @return the conversation key and, when a join was refused, the conversation it named
     */
    public Threading threadOf(ParsedEmail mail, Optional<String> sender, Instant now) {
        List<String> referred = new ArrayList<>(mail.parentIds());
        mail.report().ifPresent(r -> r.returnedMessageIds().stream().filter(id -> !referred.contains(id))
                .forEach(referred::add));
        referred.remove(mail.messageId());

        Optional<String> refused = Optional.empty();
        Optional<String> key = index.firstKnown(List.of(mail.messageId()));
        if (key.isEmpty()) {
            Optional<String> named = index.firstKnown(referred);
            if (named.isPresent()) {
                Set<String> senders = index.inboundSenders(named.get());
                if (senders.isEmpty() || sender.filter(senders::contains).isPresent() || returnsOurMessage(mail, named.get())) {
                    key = named;
                } else {
                    refused = named;
                }
            }
        }
        if (key.isEmpty() && refused.isEmpty() && sender.isPresent()) {
            OptionalLong ticket = TicketTag.find(mail.subject());
            if (ticket.isPresent()) {
                key = index.conversationOfTicket(ticket.getAsLong(), sender.get());
            }
        }
        String conversation = key.orElse(mail.messageId());
        index.linkInbound(mail.messageId(), conversation, sender.orElse(null), now);
        if (refused.isEmpty()) {
            for (String id : referred) {
                index.link(id, conversation, LinkDirection.REFERENCED, now);
            }
        }
        return new Threading(conversation, refused);
    }

    /**
     * A delivery report (bounce) joins the conversation of the message it returns, whoever sends it: it names the
     * Message-ID of a message we sent, which only its recipient's servers have seen. Reports are never answered.
     */
    private boolean returnsOurMessage(ParsedEmail mail, String conversation) {
        return mail.report().map(r -> r.returnedMessageIds()).filter(ids -> !ids.isEmpty())
                .flatMap(index::firstKnown).filter(conversation::equals).isPresent();
    }

    /**
     * @param mail a delivery report
     * @return whether it returns a message we sent (one of its returned Message-IDs is one of our replies' ids):
     *         only such a report may mark an address undeliverable, or anyone could silence the bot towards any
     *         customer by mailing a forged bounce naming their address (issue 19)
     */
    public boolean returnsAMessageWeSent(ParsedEmail mail) {
        List<String> returned = mail.report().map(r -> r.returnedMessageIds()).orElse(List.of());
        return !returned.isEmpty() && index.sentByUs(returned);
    }

    /**
     * Where a message was threaded.
     *
     * @param conversationKey the conversation it belongs to
     * @param refusedJoin     the conversation its In-Reply-To/References named but that it was not let into, if any
     */
    public record Threading(String conversationKey, Optional<String> refusedJoin) {
    }
}
