package org.switchboard.slack.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.methods.SlackApiException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.core.channel.PermanentDeliveryException;
import org.switchboard.core.channel.RetryableDeliveryException;

/** {@link SlackErrors}: Slack's rate limits and chat.postMessage errors sorted into retry-later, retry-now, give-up. */
class SlackErrorsTest {

    private static SlackApiException http(int status, String message, String retryAfter) {
        okhttp3.Response.Builder response = new okhttp3.Response.Builder()
                .request(new okhttp3.Request.Builder().url("https://slack.com/api/chat.postMessage").build())
                .protocol(okhttp3.Protocol.HTTP_1_1)
                .code(status)
                .message(message)
                .body(okhttp3.ResponseBody.create("{\"ok\":false,\"error\":\"ratelimited\"}",
                        okhttp3.MediaType.get("application/json")));
        if (retryAfter != null) {
            response.header("Retry-After", retryAfter);
        }
        return new SlackApiException(response.build(), "{\"ok\":false,\"error\":\"ratelimited\"}");
    }

    @Test
    void http429WithRetryAfterIsRetriedLaterAfterThatManySeconds() {
        SlackApiException cause = http(429, "Too Many Requests", "7");
        RetryableDeliveryException e = SlackErrors.fromHttp(cause);
        assertThat(e).isNotInstanceOf(SlackTransientException.class);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(e).hasCause(cause).hasMessageContaining("429");
    }

    @ParameterizedTest(name = "Retry-After \"{0}\"")
    @ValueSource(strings = {"", "soon", "-5", "0", "1.5", "Wed, 21 Oct 2015 07:28:00 GMT"})
    void http429WithAnUnusableRetryAfterWaitsOneSecond(String header) {
        assertThat(SlackErrors.fromHttp(http(429, "Too Many Requests", header)).retryAfter()).contains(Duration.ofSeconds(1));
    }

    @Test
    void http429WithoutRetryAfterWaitsOneSecond() {
        assertThat(SlackErrors.fromHttp(http(429, "Too Many Requests", null)).retryAfter()).contains(Duration.ofSeconds(1));
    }

    @ParameterizedTest(name = "Retry-After \"{0}\" waits {1} s")
    @CsvSource({"1, 1", "' 30 ', 30", "3600, 3600", "3601, 3600", "86400, 3600", "9223372036854775807, 3600"})
    void retryAfterIsReadInSecondsAndCappedAtAnHour(String header, long seconds) {
        assertThat(SlackErrors.retryAfter(header)).isEqualTo(Duration.ofSeconds(seconds));
        assertThat(SlackErrors.fromHttp(http(429, "Too Many Requests", header)).retryAfter())
                .contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {500, 502, 503, 504})
    void http5xxIsRetriedAtOnce(int status) {
        SlackApiException cause = http(status, "Server Error", null);
        RetryableDeliveryException e = SlackErrors.fromHttp(cause);
        assertThat(e).isInstanceOf(SlackTransientException.class).hasCause(cause).hasMessageContaining(String.valueOf(status));
        assertThat(e.retryAfter()).isEmpty();
    }

    @Test
    void http5xxWithRetryAfterIsStillRetriedAtOnce() {
        assertThat(SlackErrors.fromHttp(http(503, "Service Unavailable", "30"))).isInstanceOf(SlackTransientException.class);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {400, 403, 404, 408})
    void otherHttpErrorsAreRetriedLaterWithTheOutboxesBackoff(int status) {
        RetryableDeliveryException e = SlackErrors.fromHttp(http(status, "Client Error", null));
        assertThat(e).isNotInstanceOf(SlackTransientException.class);
        assertThat(e.retryAfter()).isEmpty();
    }

    @Test
    void okFalseRatelimitedIsRetriedLaterAfterOneSecond() {
        Exception e = SlackErrors.fromApiError("ratelimited");
        assertThat(e).isExactlyInstanceOf(RetryableDeliveryException.class);
        assertThat(((RetryableDeliveryException) e).retryAfter()).contains(Duration.ofSeconds(1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"internal_error", "service_unavailable", "request_timeout", "fatal_error", "team_added_to_org"})
    void okFalseServerSideErrorsAreRetriedAtOnce(String error) {
        Exception e = SlackErrors.fromApiError(error);
        assertThat(e).isInstanceOf(SlackTransientException.class).hasMessageContaining(error);
        assertThat(((RetryableDeliveryException) e).retryAfter()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"channel_not_found", "not_in_channel", "invalid_auth", "msg_too_long", "is_archived",
            "token_revoked", "account_inactive", "no_text", "too_many_attachments", "restricted_action",
            "missing_scope", "some_error_slack_adds_later"})
    void okFalseErrorsAboutTheRequestAreGivenUpOn(String error) {
        assertThat(SlackErrors.fromApiError(error)).isInstanceOf(PermanentDeliveryException.class)
                .hasMessageContaining(error);
    }
}
