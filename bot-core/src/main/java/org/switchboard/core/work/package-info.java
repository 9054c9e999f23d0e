/**
 * Background work: {@link org.switchboard.core.work.PollingLoop} runs a drain task on Liberty's managed
 * scheduled executor every poll interval and at once when woken, never overlapping itself beyond its
 * configured parallelism; {@link org.switchboard.core.work.Backoff} computes retry delays. Used by the
 * conversation worker and the outbox dispatcher. No database or channel code here.
 */
package org.switchboard.core.work;
