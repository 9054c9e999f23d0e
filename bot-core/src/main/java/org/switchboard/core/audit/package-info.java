/**
 * The audit trail: who did what, when, to which subject (table {@code audit_entries}). Entries are written in
 * the caller's transaction, so an action and its audit entry commit together. Never put secrets in details.
 */
package org.switchboard.core.audit;
