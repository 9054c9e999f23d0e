/**
 * The Slack load generator ({@link org.switchboard.bench.load.SlackLoad}): signed real Events API payloads posted
 * at a chosen rate and concurrency against a running bot, replies captured by the Slack Web API stand-in, and the
 * figures a support team asks for (sustained messages per second, ack and reply latency percentiles, lost and
 * duplicate replies), next to the database's raw durable commit rate ({@link org.switchboard.bench.load.CommitRateProbe}).
 */
package org.switchboard.bench.load;
