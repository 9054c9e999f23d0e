/**
 * The Switchboard server application: what assembles the modules into one WAR for Open Liberty. Feature code
 * lives in bot-core, the channel modules and tool-plugins; here only start-up wiring, the schema and health.
 */
package org.switchboard.server;
