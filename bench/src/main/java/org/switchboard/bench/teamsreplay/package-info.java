/**
 * The Teams replay command ({@link org.switchboard.bench.teamsreplay.TeamsReplay}): posts real Bot Framework
 * activities to a running bot with JWTs signed by a local test key, and prints the reply each one got at the local
 * Bot Connector stand-in.
 */
package org.switchboard.bench.teamsreplay;
