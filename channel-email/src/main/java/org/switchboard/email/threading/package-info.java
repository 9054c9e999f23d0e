/**
 * Email threading: which conversation a message belongs to. {@link org.switchboard.email.threading.ThreadResolver}
 * follows In-Reply-To/References and the ticket tag {@code [#1234]}
 * ({@link org.switchboard.email.threading.TicketTag}) through the
 * {@link org.switchboard.email.threading.ThreadIndex} port, whose JPA adapter keeps every Message-ID we saw or sent
 * in table {@code email_message_ids}. {@link org.switchboard.email.threading.EmailConversation} names the reply
 * coordinates an email conversation reference carries. No mailbox or SMTP code here.
 */
package org.switchboard.email.threading;
