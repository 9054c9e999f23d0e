package org.switchboard.email.threading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.switchboard.email.mime.ParsedEmail;

/**
 * Finds the conversation an inbound message belongs to and records its Message-IDs (RFC 5322 section 3.6.4
 * threading, as mail clients do it; the ticket tag as helpdesks do it):
 * <ol>
 *   <li>the message's own id is known already (it was fetched before, or an earlier message referred to it): that
 *       conversation, so fetching a message twice never splits a thread;</li>
 *   <li>else the first known id of In-Reply-To, then References newest to oldest, then (for a bounce) the returned
 *       original's Message-ID;</li>
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
        List<String> referred = new ArrayList<>(mail.parentIds());
        mail.report().ifPresent(r -> r.returnedMessageIds().stream().filter(id -> !referred.contains(id))
                .forEach(referred::add));
        referred.remove(mail.messageId());

        Optional<String> key = index.firstKnown(List.of(mail.messageId()));
        if (key.isEmpty()) {
            key = index.firstKnown(referred);
        }
        if (key.isEmpty() && sender.isPresent()) {
            OptionalLong ticket = TicketTag.find(mail.subject());
            if (ticket.isPresent()) {
                key = index.conversationOfTicket(ticket.getAsLong(), sender.get());
            }
        }
        String conversation = key.orElse(mail.messageId());
        index.link(mail.messageId(), conversation, LinkDirection.INBOUND, now);
        for (String id : referred) {
            index.link(id, conversation, LinkDirection.REFERENCED, now);
        }
        return conversation;
    }
}
