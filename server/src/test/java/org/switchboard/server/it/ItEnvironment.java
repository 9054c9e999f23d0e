package org.switchboard.server.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.jboss.shrinkwrap.api.Configuration;
import org.jboss.shrinkwrap.api.ConfigurationBuilder;
import org.jboss.shrinkwrap.api.Domain;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.switchboard.bench.slackapi.SlackRequestSigner;
import org.switchboard.bench.slackapi.SlackWebApiStandIn;
import org.switchboard.bench.teamsapi.BotFrameworkStandIn;
import org.switchboard.bench.teamsapi.TestTokenSigner;

/**
 * What the integration tests share: the deployed WAR, the Slack Web API stand-in (one per test JVM, on the port
 * the server was configured with), signed posts to {@code /slack/events}, and SQL look-ups.
 */
final class ItEnvironment {

    static final int HTTP_PORT = Integer.getInteger("it.http.port", 9080);
    static final String BASE_URL = "http://127.0.0.1:" + HTTP_PORT;
    static final Path FIXTURES = Path.of(System.getProperty("it.slack.fixtures", "../test-fixtures/slack"));
    static final SlackRequestSigner SIGNER = new SlackRequestSigner(System.getProperty("it.signing.secret"));
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The support mailbox the bot polls (GreenMail user {@code support}). */
    static final String SUPPORT_ADDRESS = "support@switchboard.test";

    /** ShrinkWrap with {@link StoredZipExporter} in place of the deflating {@link ZipExporter}. */
    private static final Domain ARCHIVES = storedZipDomain();

    private static SlackWebApiStandIn standIn;
    private static BotFrameworkStandIn teams;
    private static GreenMail mail;

    private ItEnvironment() {
    }

    /**
     * The product's WAR ({@code it.war}) as a ShrinkWrap archive that Arquillian exports uncompressed (see
     * {@link StoredZipExporter}); GreenMail is started first, so the bot finds its mailbox from the start.
     *
     * @return the WAR to deploy, to which a test class may add classes or resources
     */
    static WebArchive war() {
        mail();
        File file = new File(System.getProperty("it.war"));
        // create + import rather than createFromZipFile, which loses the domain's configuration (and so the exporter)
        return ARCHIVES.getArchiveFactory().create(WebArchive.class, file.getName())
                .as(ZipImporter.class).importFrom(file).as(WebArchive.class);
    }

    /**
     * The WAR with extra MicroProfile Config properties for one test class: they are appended to the product's own
     * {@code META-INF/microprofile-config.properties} (a later line wins over an earlier one of the same name), so the
     * product's defaults stay in force for everything the test does not set.
     *
     * @param properties lines in the {@code .properties} format, e.g. {@code "config_ordinal=500\nmodel.provider=openai"}
     * @return the WAR to deploy
     */
    static WebArchive warWithConfig(String properties) {
        WebArchive war = war();
        String path = "/WEB-INF/classes/META-INF/microprofile-config.properties";
        String product = "";
        if (war.contains(path)) {
            try (var in = war.get(path).getAsset().openStream()) {
                product = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            war.delete(path);
        }
        return war.addAsResource(new StringAsset(product + "\n" + properties),
                "META-INF/microprofile-config.properties");
    }

    private static Domain storedZipDomain() {
        Configuration configuration = new ConfigurationBuilder().build();
        configuration.getExtensionLoader().addOverride(ZipExporter.class, StoredZipExporter.class);
        return ShrinkWrap.createDomain(configuration);
    }

    static synchronized SlackWebApiStandIn slack() {
        if (standIn == null) {
            try {
                standIn = SlackWebApiStandIn.start(Integer.getInteger("it.slack.port"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return standIn;
    }

    /**
     * The Bot Framework stand-in (OpenID metadata, JWKS, token endpoint, Bot Connector), one per test JVM, on the port
     * the server's {@code MICROSOFT_OPENID_METADATA_URL} and {@code MICROSOFT_TOKEN_URL} point at.
     */
    static synchronized BotFrameworkStandIn teams() {
        if (teams == null) {
            try {
                teams = BotFrameworkStandIn.start(Integer.getInteger("it.teams.port"), TestTokenSigner.generate("it-key-1"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return teams;
    }

    /**
     * Posts a Bot Framework activity to {@code /api/messages}.
     *
     * @param body          the activity JSON
     * @param authorization the {@code Authorization} header, or null for none
     * @return the response
     */
    static HttpResponse<String> postActivity(String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + "/api/messages"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The real SMTP and IMAP server (GreenMail) the bot's mailbox lives on, started once per test JVM before the
     * first deployment, on the ports the server was configured with.
     */
    static synchronized GreenMail mail() {
        if (mail == null) {
            mail = new GreenMail(new ServerSetup[]{
                new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(Integer.getInteger("it.imap.port"), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
            mail.setUser(SUPPORT_ADDRESS, "support", "it-mail-password");
            mail.start();
        }
        return mail;
    }

    static HttpResponse<String> postSigned(String body) {
        return post(body, SIGNER.headers(body, Instant.now().getEpochSecond()), Map.of());
    }

    static HttpResponse<String> post(String body, Map<String, String> headers, Map<String, String> extraHeaders) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + "/slack/events"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        extraHeaders.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Posts a form-encoded body ({@code application/x-www-form-urlencoded}, as Slack sends interactivity payloads).
     *
     * @param path    e.g. {@code /slack/interactivity}
     * @param body    the exact body
     * @param headers extra headers (signature headers), may be empty
     * @return the answer
     */
    static HttpResponse<String> postForm(String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String fixture(String relative) {
        try {
            return Files.readString(FIXTURES.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password", ""));
    }

    /** @return the first column of every row of a query with positional parameters, as strings */
    static List<String> column(String sql, Object... params) {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the number of rows a data-changing statement with positional parameters changed */
    static int update(String sql, Object... params) {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String sql, Object... params) {
        return Long.parseLong(column(sql, params).get(0));
    }

    /**
     * Calls the admin API with the IT admin's Basic credentials.
     *
     * @param method HTTP method
     * @param path   path from the server root, e.g. {@code /api/admin/plugins}
     * @param body   JSON body or null
     * @return the response
     */
    static HttpResponse<String> admin(String method, String path, String body) {
        // an API client: state changes carry the custom header the cross-site guard asks for (AdminCrossSiteGuard)
        return send(method, path, body, "Basic " + Base64.getEncoder().encodeToString(
                (System.getProperty("it.admin.user") + ":" + System.getProperty("it.admin.password"))
                        .getBytes(StandardCharsets.UTF_8)), Map.of("X-Requested-With", "switchboard-it"));
    }

    /**
     * @param method        HTTP method
     * @param path          path from the server root
     * @param body          JSON body or null
     * @param authorization Authorization header value or null
     * @return the response
     */
    static HttpResponse<String> send(String method, String path, String body, String authorization) {
        return send(method, path, body, authorization, Map.of());
    }

    /**
     * @param method        HTTP method
     * @param path          path from the server root
     * @param body          JSON body or null
     * @param authorization Authorization header value or null
     * @param headers       more request headers
     * @return the response
     */
    static HttpResponse<String> send(String method, String path, String body, String authorization,
                                     Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::setHeader);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
