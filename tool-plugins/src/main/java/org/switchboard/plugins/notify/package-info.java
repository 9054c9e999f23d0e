/**
 * Notifications as a tool: the {@code notifications} plugin
 * ({@link org.switchboard.plugins.notify.NotificationPlugin}, tool {@code notify_customer}, risk WRITE) sends the
 * verified customer a message through any channel they have written in, via bot-core's
 * {@link org.switchboard.core.notification.CustomerNotifications} and the durable outbox.
 */
package org.switchboard.plugins.notify;
