/**
 * Who really sent an inbound email: the receiving mail server's {@code Authentication-Results} header fields
 * (RFC 8601) are parsed ({@link org.switchboard.email.auth.AuthenticationResultsParser}) and those written by the
 * configured, trusted server ({@code MAIL_TRUSTED_AUTHSERV_ID}) are judged against the From address
 * ({@link org.switchboard.email.auth.SenderAuthenticator}): a DMARC pass, or a DKIM or SPF pass for a domain
 * aligned with the From domain, makes the From address a verified identity. No Java library on Maven Central parses
 * this header, so this package holds a small, strict tokenizer of the RFC's grammar (channel normalization).
 */
package org.switchboard.email.auth;
