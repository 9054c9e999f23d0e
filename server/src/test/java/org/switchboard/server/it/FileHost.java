package org.switchboard.server.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for where attachments live (Slack's {@code files.slack.com}, Teams' {@code contentUrl} and
 * {@code downloadUrl} hosts), on a free loopback port: every request is recorded and answered with 404. A test that
 * points a message's attachment URLs here proves the bot fetched none of them.
 */
final class FileHost implements AutoCloseable {

    private final HttpServer server;
    private final List<String> requested = new CopyOnWriteArrayList<>();

    private FileHost(HttpServer server) {
        this.server = server;
    }

    /** @return a started file host */
    static FileHost start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 8);
            FileHost host = new FileHost(server);
            server.createContext("/", exchange -> {
                host.requested.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            });
            server.start();
            return host;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the URL of a file of the given name on this host */
    String url(String file) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/files/" + file;
    }

    /** @return every request received so far, as {@code METHOD path} */
    List<String> requested() {
        return List.copyOf(requested);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
