/**
 * The review band of the quality gate: a knowledge answer whose confidence is below {@code SWITCHBOARD_REVIEW_BELOW}
 * is held as a {@link org.switchboard.core.review.ReviewDraft} instead of being queued, until a person approves it,
 * edits and sends it, or rejects it ({@link org.switchboard.core.review.ReviewService}); approved and edited drafts go
 * out through the same outbox as every reply, and each decision is audited.
 */
package org.switchboard.core.review;
