package org.switchboard.email.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds small RFC 5322 messages for tests (CRLF line ends, ASCII headers as given). */
public final class TestMail {

    private final List<String> headers = new ArrayList<>();
    private String body = "";

    private TestMail() {
    }

    /**
     * @param from      the From header value
     * @param messageId the Message-ID value, or null for none
     * @param subject   the Subject value
     * @return a builder with Date and a text/plain body
     */
    public static TestMail from(String from, String messageId, String subject) {
        TestMail mail = new TestMail();
        mail.header("From", from);
        mail.header("To", "support@example.com");
        if (messageId != null) {
            mail.header("Message-ID", messageId);
        }
        mail.header("Subject", subject);
        mail.header("Date", "Mon, 02 Nov 2026 10:00:00 +0000");
        mail.header("MIME-Version", "1.0");
        mail.header("Content-Type", "text/plain; charset=UTF-8");
        mail.body = "Hello, my order has not arrived.";
        return mail;
    }

    /**
     * @param name  a header name
     * @param value its value
     * @return this
     */
    public TestMail header(String name, String value) {
        headers.add(name + ": " + value);
        return this;
    }

    /**
     * @param text the body
     * @return this
     */
    public TestMail body(String text) {
        this.body = text;
        return this;
    }

    /** @return the message bytes */
    public byte[] bytes() {
        return (String.join("\r\n", headers) + "\r\n\r\n" + body.replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
