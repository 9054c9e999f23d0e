package org.switchboard.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataMaskerTest {

    @Test
    void masksEmailAddressesKeepingTheFirstCharacterAndTheDomain() {
        assertThat(PersonalDataMasker.mask("mail from jane.doe+support@example.co.uk failed"))
                .isEqualTo("mail from j***@example.co.uk failed");
    }

    @Test
    void masksCardNumbersToTheirLastFourDigits() {
        assertThat(PersonalDataMasker.mask("card 4242 4242 4242 4242 and 5555-5555-5555-4444 and 378282246310005"))
                .isEqualTo("card •••• 4242 and •••• 4444 and •••• 0005");
    }

    @Test
    void masksPhoneNumbersInInternationalAndNorthAmericanForm() {
        assertThat(PersonalDataMasker.mask("call +44 20 7946 0958 or (555) 123-4567 or 555-123-4567"))
                .isEqualTo("call •••••58 or •••••67 or •••••67");
    }

    @Test
    void leavesTheIdsTheProductLogsAlone() {
        String ids = "order #W2611340, ticket #1001, inbox:123456, Slack ts 1700000000.000123, event Ev0123ABCD, "
                + "conversation 42 turn 3, took 1234567 ms, 2026-12-02T13:00:54Z";

        assertThat(PersonalDataMasker.mask(ids)).isEqualTo(ids);
        assertThat(PersonalDataMasker.containsPersonalData(ids)).isFalse();
    }

    @Test
    void passesNullAndEmptyThrough() {
        assertThat(PersonalDataMasker.mask(null)).isNull();
        assertThat(PersonalDataMasker.mask("")).isEmpty();
        assertThat(PersonalDataMasker.containsPersonalData(null)).isFalse();
    }
}
