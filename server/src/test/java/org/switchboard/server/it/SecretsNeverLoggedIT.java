package org.switchboard.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.switchboard.server.it.ItEnvironment.column;
import static org.switchboard.server.it.ItEnvironment.postSigned;
import static org.switchboard.server.it.ItEnvironment.send;
import static org.switchboard.server.it.ItEnvironment.slack;
import static org.switchboard.server.it.ItEnvironment.teams;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.bench.slackapi.SlackRequestSigner;

/**
 * Secrets are never logged and personal data only masked (RELIABILITY case 19), checked on what the real server wrote:
 * every file under its {@code logs/} folder ({@code messages.log}, {@code console.log}, trace files, FFDC incidents)
 * is scanned for every configured secret value (each {@code *PASSWORD*}, {@code *SECRET*}, {@code *TOKEN*} and
 * {@code *KEY*} of its {@code server.env}, plus the secrets the tests configure at run time: a plugin's secret field,
 * the model key, the non-admin account's password, the Bot Framework access tokens, the admin's Basic credentials)
 * and for every e-mail address and card number customers sent during the run, raw (their masked forms are fine).
 *
 * <p>It runs after every other integration test class ({@link Order} with the failsafe configuration's
 * {@code ClassOrderer$OrderAnnotation}), so it scans what the whole suite made the server log; it first makes
 * requests of its own that tempt a careless log statement: wrong passwords, bad signatures and tokens, and customers
 * who write their e-mail address and card number.
 */
@ExtendWith(ArquillianExtension.class)
@Order(Integer.MAX_VALUE)
class SecretsNeverLoggedIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|SECRET|TOKEN|KEY).*");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern CARD = Pattern.compile("(?<![\\d.])(?:\\d[ -]?){12,18}\\d(?![\\d.])");
    /** Secrets configured at run time by other integration tests (AdminApiIT, AgentPipelineIT, PeopleInTheLoopIT). */
    private static final Map<String, String> RUNTIME_SECRETS = Map.of(
            "plugin secret field apiToken (AdminApiIT)", "tok-s3cr3t-value",
            "model API key (AgentPipelineIT)", "it-model-key",
            "non-admin account's password (AdminRoleIT)", ItAgentIdentityStore.PASSWORD,
            "support agent's password (PeopleInTheLoopIT)", PeopleInTheLoopIT.DANA_PASSWORD,
            "Bot Framework access token from the token endpoint", "standin-token-");

    @Deployment(testable = false)
    static WebArchive deployment() {
        teams();
        return ItEnvironment.war();
    }

    @Test
    void noConfiguredSecretAndNoRawCustomerEmailOrCardNumberIsInAnyServerLog() {
        temptTheLogs();

        Map<String, String> needles = new LinkedHashMap<>();
        ServerLogs.serverEnv().forEach((name, value) -> {
            if (SECRET_NAME.matcher(name).matches() && value.length() >= 6) {
                needles.put("server.env " + name, value);
            }
        });
        assertThat(needles.keySet()).as("secrets found in server.env").contains("server.env SLACK_SIGNING_SECRET",
                "server.env SLACK_BOT_TOKEN", "server.env ADMIN_PASSWORD", "server.env MAIL_PASSWORD",
                "server.env MICROSOFT_APP_PASSWORD");
        RUNTIME_SECRETS.forEach((name, value) -> needles.put(name, value));
        needles.put("the admin's Basic credentials", Base64.getEncoder().encodeToString((System.getProperty(
                "it.admin.user") + ":" + System.getProperty("it.admin.password")).getBytes(StandardCharsets.UTF_8)));
        customersPersonalData().forEach((masked, raw) -> needles.put("customer data " + masked, raw));

        List<Path> files = ServerLogs.allLogFiles();
        assertThat(files).as("the server's log files").contains(ServerLogs.messagesLog());
        List<String> findings = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                for (Map.Entry<String, String> needle : needles.entrySet()) {
                    if (line.contains(needle.getValue())) {
                        findings.add(ServerLogs.logsDir().relativize(file) + ":" + (i + 1) + " holds " + needle.getKey());
                    }
                }
            }
        }
        assertThat(findings).as("secrets or raw personal data in the server logs (%s values checked)", needles.size())
                .isEmpty();
    }

    /** Requests that would put a secret or personal data in the log if any log statement were careless. */
    private static void temptTheLogs() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String slackChannel = SlackPayloads.freshChannel();
        JsonObject slackMessage = SlackPayloads.channelMessage(SlackPayloads.freshEventId(), slackChannel,
                "My email is dana.whitfield." + suffix + "@example.org and my card 4111 1111 1111 1111 was charged"
                        + " twice", SlackPayloads.freshUser());
        assertThat(postSigned(slackMessage.toString()).statusCode()).isEqualTo(200);
        JsonObject teamsMessage = TeamsActivities.customerMessage("Please update my email to r.okafor." + suffix
                + "@example.net, card 5555-5555-5555-4444 expired", TeamsActivities.freshPerson());
        assertThat(TeamsActivities.postSigned(teamsMessage).statusCode()).isEqualTo(200);

        String body = slackMessage.toString();
        ItEnvironment.post(body, new SlackRequestSigner("wrong-" + suffix).headers(body, Instant.now().getEpochSecond()),
                Map.of());
        ItEnvironment.postActivity(teamsMessage.toString(), "Bearer not-a-jwt-" + suffix);
        send("GET", "/api/admin/plugins", null, "Basic " + Base64.getEncoder().encodeToString(
                (System.getProperty("it.admin.user") + ":wrong-" + System.getProperty("it.admin.password"))
                        .getBytes(StandardCharsets.UTF_8)));

        await().atMost(WAIT).until(() -> slack().messagesFor(slackChannel).size() == 1
                && TeamsActivities.replies(teamsMessage.getString("id")).size() == 1);
    }

    /**
     * @return the raw e-mail addresses and card numbers customers sent in any channel during the run (keyed by their
     *         masked form, so a failure does not print them), except the support mailbox's own address
     */
    private static Map<String, String> customersPersonalData() {
        Map<String, String> found = new LinkedHashMap<>();
        List<String> texts = new ArrayList<>(column("SELECT text FROM inbox_entries WHERE LENGTH(text) < 20000"));
        texts.addAll(column("SELECT sender_id FROM inbox_entries WHERE channel = 'EMAIL'"));
        for (String text : texts) {
            Matcher email = EMAIL.matcher(text);
            while (email.find()) {
                String address = email.group();
                if (!address.toLowerCase(Locale.ROOT).equals(ItEnvironment.SUPPORT_ADDRESS)) {
                    found.put(address.charAt(0) + "***" + address.substring(address.indexOf('@')), address);
                }
            }
            Matcher card = CARD.matcher(text);
            while (card.find()) {
                String digits = card.group().replaceAll("[ -]", "");
                if (digits.length() >= 13 && luhn(digits)) {
                    String last4 = digits.substring(digits.length() - 4);
                    found.put("card ending " + last4 + " as written", card.group());
                    found.put("card ending " + last4 + " as digits", digits);
                }
            }
        }
        return found;
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static List<String> lines(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString().lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
