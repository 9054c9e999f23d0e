/**
 * The public CSAT rating page ({@code /api/csat/{token}}) that the email's links open: no sign-in, the request's
 * random token is the only credential. It shows the chosen score with a form for an optional comment and records the
 * rating when the form is sent, through {@link org.switchboard.core.csat.CsatService}. Not part of the admin API.
 */
package org.switchboard.server.csat;
