/**
 * Customers and their verified channel identities (tables {@code customers}, {@code channel_identities}).
 * A Slack user, a Teams user and an email address can belong to one customer. Identities come only from
 * what a channel verified, never from text the customer typed.
 */
package org.switchboard.core.customer;
