/**
 * Bot Framework activities in: parsing the request body into the SDK's {@code Activity}
 * ({@link org.switchboard.teams.activity.ActivityJson}) and deciding what each activity means for Switchboard
 * ({@link org.switchboard.teams.activity.ActivityNormalizer}): a customer message for the core inbox, a welcome, an
 * Adaptive Card action, or nothing. This is the only package besides {@code delivery} that sees Bot Framework SDK
 * types; what leaves it is core types or plain values.
 */
package org.switchboard.teams.activity;
