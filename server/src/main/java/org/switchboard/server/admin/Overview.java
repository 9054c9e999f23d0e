package org.switchboard.server.admin;

import java.util.List;

/**
 * The figures of the console's overview over a period of whole UTC days ending today.
 *
 * @param periodDays             length of the period in days
 * @param days                   its days, oldest first, as {@code yyyy-MM-dd} (UTC)
 * @param channels               the channels that had conversations in it, sorted
 * @param perDay                 conversations started per day and channel (only non-zero cells)
 * @param conversations          conversations started in the period
 * @param deflected              of those, answered by the bot and never escalated, with no ticket opened
 * @param deflectionRate         {@code deflected / conversations}, null without conversations
 * @param escalations            escalations to a person in the period (audit {@code conversation.escalated})
 * @param escalatedConversations conversations started in the period that were escalated
 * @param approvals              approval turnaround of requests decided in the period
 * @param replyLatency           time from receiving a message to delivering its reply, replies delivered in the period
 * @param toolCalls              tool calls made in the period (handoffs not counted)
 * @param toolErrors             of those, how many failed
 * @param csat                   customer satisfaction of the conversations closed in the period
 * @param sla                    people's first responses and SLA breaches of tickets in the period
 * @param workload               each support agent's open conversations now and replies in the period, busiest first
 */
public record Overview(int periodDays, List<String> days, List<String> channels, List<DayCount> perDay,
                       long conversations, long deflected, Double deflectionRate, long escalations,
                       long escalatedConversations, Approvals approvals, Latency replyLatency, long toolCalls,
                       long toolErrors, Csat csat, Sla sla, List<Workload> workload) {

    /** Copies the lists. */
    public Overview {
        days = List.copyOf(days);
        channels = List.copyOf(channels);
        perDay = List.copyOf(perDay);
    }

    /**
     * @param day           {@code yyyy-MM-dd} (UTC)
     * @param channel       SLACK, TEAMS or EMAIL
     * @param conversations conversations started that day in that channel
     */
    public record DayCount(String day, String channel, long conversations) {
    }

    /**
     * @param decided    requests decided in the period
     * @param pending    requests waiting for a decision now (not expired)
     * @param p50Seconds median seconds from request to decision, null when none was decided
     * @param p90Seconds 90th percentile of the same, null when none was decided
     */
    public record Approvals(long decided, long pending, Long p50Seconds, Long p90Seconds) {
    }

    /**
     * @param replies   replies measured
     * @param p50Millis median milliseconds from receipt to delivery, null without replies
     * @param p90Millis 90th percentile of the same, null without replies
     */
    public record Latency(long replies, Long p50Millis, Long p90Millis) {
    }

    /**
     * CSAT of the requests asked in the period (conversations closed in it).
     *
     * @param requested    customers asked
     * @param rated        of those, how many rated
     * @param average      the average score 1-5, null without ratings
     * @param distribution how many ratings gave 1, 2, 3, 4 and 5 (five numbers, in that order)
     * @param byChannel    per channel (SLACK, TEAMS, EMAIL), only channels with requests
     * @param byResolver   per who resolved the conversation: {@code bot} and {@code person}, only those with requests
     */
    public record Csat(long requested, long rated, Double average, List<Long> distribution, List<CsatGroup> byChannel,
                       List<CsatGroup> byResolver) {
        /** Copies the lists. */
        public Csat {
            distribution = List.copyOf(distribution);
            byChannel = List.copyOf(byChannel);
            byResolver = List.copyOf(byResolver);
        }
    }

    /**
     * @param group     the channel, or {@code bot} / {@code person}
     * @param requested customers asked
     * @param rated     ratings given
     * @param average   their average, null without ratings
     */
    public record CsatGroup(String group, long requested, long rated, Double average) {
    }

    /**
     * @param firstResponses            tickets a person first answered in the period
     * @param firstResponseP50Seconds   median seconds from the ticket's opening to a person's first answer (wall-clock
     *                                  time), null without first responses
     * @param firstResponseP90Seconds   90th percentile of the same
     * @param firstResponseBreaches     first-response targets missed in the period
     * @param resolutionBreaches        resolution targets missed in the period
     * @param openBreached              open tickets now past a target
     */
    public record Sla(long firstResponses, Long firstResponseP50Seconds, Long firstResponseP90Seconds,
                      long firstResponseBreaches, long resolutionBreaches, long openBreached) {
    }

    /**
     * One support agent's load.
     *
     * @param userName          the person's user name (the conversation's assignee, the author of their lines)
     * @param displayName       the name their replies carry, or the user name when none was recorded
     * @param openConversations conversations assigned to them now that wait for a person or are handed off to one
     * @param replies           replies they sent customers in the period (console or their own chat), notes excluded
     */
    public record Workload(String userName, String displayName, long openConversations, long replies) {
    }
}
