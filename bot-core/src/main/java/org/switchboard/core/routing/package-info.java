/**
 * Offline message routing: which agent (knowledge, orders, account, technical, human) a customer's message
 * belongs to, or whether it is off topic. {@link org.switchboard.core.routing.MessageRouter} trains an
 * {@link org.switchboard.core.intent.IntentClassifier} at start-up on {@link org.switchboard.core.routing.RoutingExamples}
 * (bundled under {@code switchboard/routing/}, plus an admin's own file) and answers {@link org.switchboard.core.routing.Route}s.
 */
package org.switchboard.core.routing;
