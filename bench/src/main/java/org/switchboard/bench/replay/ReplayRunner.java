package org.switchboard.bench.replay;

import org.switchboard.bench.outcome.BotOutcome;
import org.switchboard.bench.outcome.ReplayOutcomes;
import org.switchboard.bench.slackapi.CapturedMessage;
import org.switchboard.bench.slackapi.SlackRequestSigner;
import org.switchboard.bench.slackapi.SlackWebApiStandIn;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Replays payload files one at a time: load, filter, refresh the event id, post, wait for the reply, report.
 * The next payload is posted only when the previous one was answered or timed out, so replies cannot be
 * confused.
 */
public final class ReplayRunner {

    /** How long to keep listening after the last payload, to catch late duplicate replies. */
    public static final Duration EXTRA_REPLY_GRACE = Duration.ofSeconds(1);

    private final ReplayOptions options;
    private final PrintStream out;
    private final PayloadFilter filter = new PayloadFilter();
    private final EventIdGenerator eventIds = new EventIdGenerator();
    private final Map<String, String> env;
    /** Posted payloads that got no reply, by event id, to explain at the end. */
    private final Map<String, Path> unanswered = new LinkedHashMap<>();

    /**
     * Creates a runner.
     *
     * @param options the run's settings
     * @param out     where the report goes
     */
    public ReplayRunner(ReplayOptions options, PrintStream out) {
        this(options, System.getenv(), out);
    }

    /**
     * Creates a runner.
     *
     * @param options the run's settings
     * @param env     the environment ({@code ADMIN_USER}, {@code ADMIN_PASSWORD} when not in the options)
     * @param out     where the report goes
     */
    public ReplayRunner(ReplayOptions options, Map<String, String> env, PrintStream out) {
        this.options = Objects.requireNonNull(options, "options");
        this.env = Objects.requireNonNull(env, "env");
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Starts a {@link SlackWebApiStandIn} on {@link ReplayOptions#standinPort()}, tells the user how the bot must
     * have been started, replays, and stops the stand-in.
     *
     * @return the exit status, see {@link ReplayReport#exitCode()}
     * @throws IOException          if the stand-in cannot be started (port in use) or an input path is
     *                              missing or unreadable
     * @throws InterruptedException if interrupted
     */
    public int run() throws IOException, InterruptedException {
        List<Path> files = PayloadLoader.collect(options.inputs());
        try (SlackWebApiStandIn standIn = SlackWebApiStandIn.start(options.standinPort())) {
            out.println("Slack Web API stand-in listening on " + standIn.baseUrl()
                    + " -- the bot must have been started with SLACK_API_URL=" + standIn.baseUrl()
                    + " and the same SLACK_SIGNING_SECRET");
            return replay(files, standIn);
        }
    }

    /**
     * Replays against a stand-in the caller started (and the bot already uses).
     *
     * @param standIn the stand-in the bot posts its replies to
     * @return the exit status, see {@link ReplayReport#exitCode()}
     * @throws IOException          if an input path is missing or unreadable
     * @throws InterruptedException if interrupted
     */
    public int run(SlackWebApiStandIn standIn) throws IOException, InterruptedException {
        return replay(PayloadLoader.collect(options.inputs()), standIn);
    }

    private int replay(List<Path> files, SlackWebApiStandIn standIn) throws InterruptedException {
        EventPoster poster = new EventPoster(options.url(), new SlackRequestSigner(options.secret()),
                options.timeout());
        ReplyMatcher matcher = new ReplyMatcher(standIn);
        ReplayReport report = new ReplayReport(out, files.size(), options.full());
        ReplayOutcomes outcomes = ReplayOutcomes.start(options.url(), options.adminUser(), options.adminPassword(),
                env, "SLACK");
        unanswered.clear();
        out.println("replaying " + files.size() + " payload file(s) to " + poster.eventsUrl()
                + (options.keepEventIds() ? " (keeping event ids)" : " (fresh event ids)"));
        boolean posted = false;
        for (Path file : files) {
            posted |= replayOne(file, poster, matcher, report);
        }
        if (posted) {
            report.unexpected(matcher.awaitExtras(EXTRA_REPLY_GRACE));
        }
        Optional<Map<String, BotOutcome>> known = outcomes.read();
        known.ifPresent(byId -> unanswered.forEach((eventId, file) -> out.println(file.getFileName() + " (no reply): "
                + Optional.ofNullable(byId.get(eventId)).map(o -> o.describe(options.full()))
                .orElse("not stored by the bot"))));
        outcomes.printSummary(known, "replies queued for a later retry", out);
        report.printSummary();
        return report.exitCode();
    }

    /** Returns whether the payload was posted. */
    private boolean replayOne(Path file, EventPoster poster, ReplyMatcher matcher, ReplayReport report)
            throws InterruptedException {
        SlackPayload payload;
        try {
            payload = PayloadLoader.load(file);
        } catch (IOException e) {
            report.error(file, null, "cannot read payload: " + (e.getClass() == IOException.class
                    ? e.getMessage() : describe(e)));
            return false;
        }
        Optional<String> skip = filter.skipReason(payload);
        if (skip.isPresent()) {
            report.skipped(file, skip.get());
            return false;
        }
        if (!options.keepEventIds()) {
            payload = payload.withEventId(eventIds.next());
        }
        report.unexpected(matcher.takeUnclaimed());
        EventPoster.PostResult post;
        try {
            post = poster.post(payload.body());
        } catch (IOException e) {
            report.error(file, payload.text(), "POST " + poster.eventsUrl() + " failed: " + describe(e));
            return true;
        }
        if (!post.acknowledged()) {
            report.notAcknowledged(file, payload.text(), post);
            return true;
        }
        ReplyMatcher.Match match = matcher.awaitReply(ReplyExpectation.of(payload), options.timeout());
        report.unexpected(match.unexpected());
        CapturedMessage reply = match.reply().orElse(null);
        report.replayed(file, payload.text(), post, reply, options.timeout());
        if (reply == null) {
            unanswered.put(payload.eventId(), file);
        }
        return true;
    }

    private String describe(IOException e) {
        if (e instanceof ConnectException) {
            return "connection refused (is the bot running at " + options.url() + "?)";
        }
        if (e instanceof HttpTimeoutException) {
            return "no answer within " + options.timeout().toSeconds() + "s";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": "
                + e.getMessage();
    }
}
