/**
 * Inbound MIME: one RFC 5322 message (bytes) to a {@link org.switchboard.email.mime.ParsedEmail} with Jakarta Mail
 * (Angus Mail) and jsoup. All decoding is the libraries' (encoded words RFC 2047, quoted-printable and base64
 * RFC 2045, parameters RFC 2231, charsets, delivery status notifications RFC 3464 with Angus' DSN parser); this
 * package chooses parts ({@code text/plain} preferred in {@code multipart/alternative}), lists attachments, converts
 * HTML ({@link org.switchboard.email.mime.HtmlToText}), strips quoted history and signatures
 * ({@link org.switchboard.email.mime.QuoteStripper}) and puts Message-IDs in one canonical form
 * ({@link org.switchboard.email.mime.MessageIds}). Pure: no network, database or CDI here.
 */
package org.switchboard.email.mime;
