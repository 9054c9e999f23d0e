package org.switchboard.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MaskingLogFilterTest {

    private final List<LogRecord> published = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            published.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Logger logger;

    @BeforeEach
    void capture() {
        logger = Logs.logger(MaskingLogFilterTest.class);
        logger.setUseParentHandlers(false);
        logger.addHandler(capture);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
        logger.setUseParentHandlers(true);
    }

    @Test
    void masksTheMessageOfEveryRecordLoggedThroughALoggerFromLogs() {
        logger.info(() -> "Reply to jane@example.com sent");

        assertThat(published).singleElement().satisfies(r -> assertThat(r.getMessage()).isEqualTo("Reply to j***@example.com sent"));
    }

    @Test
    void masksStringParameters() {
        logger.log(Level.WARNING, "Customer {0} paid with {1} ({2} times)",
                new Object[] {"bob@example.org", "4111 1111 1111 1111", 3});

        assertThat(published.get(0).getParameters()).containsExactly("b***@example.org", "•••• 1111", 3);
    }

    @Test
    void replacesAnExceptionWhoseMessageHoldsPersonalDataKeepingItsClassStackAndCause() {
        IllegalStateException cause = new IllegalStateException("duplicate key bob@example.org");
        RuntimeException thrown = new RuntimeException("insert failed", cause);

        logger.log(Level.SEVERE, "Turn failed", thrown);

        Throwable logged = published.get(0).getThrown();
        assertThat(logged).isNotSameAs(thrown).hasMessage("java.lang.RuntimeException: insert failed");
        assertThat(logged.getStackTrace()).isEqualTo(thrown.getStackTrace());
        assertThat(logged.getCause()).hasMessage("java.lang.IllegalStateException: duplicate key b***@example.org");
    }

    @Test
    void keepsAnExceptionWithoutPersonalDataAsItIs() {
        RuntimeException thrown = new RuntimeException("connection refused");

        logger.log(Level.SEVERE, "Delivery failed", thrown);

        assertThat(published.get(0).getThrown()).isSameAs(thrown);
    }

    @Test
    void neutralisesLineBreaksAndControlCharactersInTheMessageParametersAndExceptions() {
        logger.info(() -> "Unknown command 'help\r\n[SEVERE] forged line'");
        logger.log(Level.WARNING, "Subject {0}", new Object[] {"hi\u2028there\u0007"});
        logger.log(Level.SEVERE, "Parse failed", new IllegalArgumentException("bad header\nX-Forged: yes"));

        assertThat(published.get(0).getMessage()).isEqualTo("Unknown command 'help\\r\\n[SEVERE] forged line'");
        assertThat(published.get(1).getParameters()).containsExactly("hi\\u2028there\\u0007");
        assertThat(published.get(2).getThrown()).hasMessage(
                "java.lang.IllegalArgumentException: bad header\\nX-Forged: yes");
    }
}
