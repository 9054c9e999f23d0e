/**
 * Replies with structure, independent of any channel: paragraphs, the help-center article an answer rests on, and
 * the options of a clarifying question ({@link org.switchboard.core.reply.ReplyContent}); their plain-text form
 * ({@link org.switchboard.core.reply.PlainTextReplies}, used by email and the transcript), their JSON form for the
 * outbox ({@link org.switchboard.core.reply.ReplyContentJson}) and passages cut at sentence boundaries
 * ({@link org.switchboard.core.reply.PassageCutter}). Channel adapters render the same content in their own markup;
 * nothing here knows Slack, Teams or mail.
 */
package org.switchboard.core.reply;
