package org.switchboard.core.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutputGuardTest {

    private final OutputGuard guard = new OutputGuard();

    @Test
    void masksCardNumbersToTheirLastFourDigits() {
        assertThat(guard.check("Your card 4242 4242 4242 4242 is blocked.")).isEqualTo("Your card •••• 4242 is blocked.");
        assertThat(guard.check("Card 5555-5555-5555-4444 and 4111111111111111."))
                .isEqualTo("Card •••• 4444 and •••• 1111.");
    }

    @Test
    void leavesNumbersThatAreNotCardNumbersAlone() {
        String text = "Order #W2378156 costs 1234567890123 points? Call 555 0100, ticket #1001, total 1,299.00.";
        assertThat(guard.check(text)).isSameAs(text);
        assertThat(OutputGuard.luhn("4242424242424242")).isTrue();
        assertThat(OutputGuard.luhn("4242424242424241")).isFalse();
    }

    @Test
    void removesInternalReferences() {
        assertThat(guard.check("Done (conversation:42, customer_id=7)."))
                .isEqualTo("Done ([internal reference removed], [internal reference removed]).");
        assertThat(guard.check("Approved as approval:3.")).doesNotContain("approval:3");
    }
}
