package org.switchboard.email.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchboard.email.mime.EmailAddress;
import org.switchboard.email.mime.MailHeaders;

/**
 * Which From addresses count as authenticated, with Authentication-Results fields shaped like those of a Postfix +
 * OpenDKIM/OpenDMARC receiving server ({@code mx.support.example}): pass, fail, missing, from an untrusted
 * authserv-id, conflicting, and the alignment rules.
 */
class SenderAuthenticatorTest {

    private static final String TRUSTED = "mx.support.example";
    private final SenderAuthenticator authenticator = new SenderAuthenticator(Optional.of(TRUSTED));

    @Test
    void dmarcPassForTheFromDomainAuthenticates() {
        SenderAuthentication result = check("Jane <jane@customer.example>", TRUSTED + "; dkim=pass (2048-bit key;"
                + " unprotected) header.d=customer.example header.i=@customer.example header.b=Xy12+/ab;"
                + " dmarc=pass (p=reject dis=none) header.from=customer.example");
        assertThat(result.authenticated()).isTrue();
        assertThat(result.detail()).contains("dmarc=pass header.from=customer.example", TRUSTED);
    }

    @Test
    void alignedDkimOrSpfPassAuthenticates() {
        assertThat(check("jane@customer.example", TRUSTED + "; dkim=pass header.d=mail.customer.example")
                .authenticated()).isTrue();
        assertThat(check("jane@eu.customer.example", TRUSTED + "; dkim=pass header.i=@customer.example")
                .authenticated()).isTrue();
        assertThat(check("jane@customer.example", TRUSTED + "; spf=pass (sender SPF authorized)"
                + " smtp.mailfrom=bounce@customer.example").authenticated()).isTrue();
    }

    @Test
    void failedNeutralOrUnalignedResultsDoNotAuthenticate() {
        assertThat(check("victim@customer.example", TRUSTED + "; dkim=fail (bad signature) header.d=customer.example;"
                + " spf=softfail smtp.mailfrom=attacker.example; dmarc=fail (p=none) header.from=customer.example"))
                .satisfies(r -> {
                    assertThat(r.authenticated()).isFalse();
                    assertThat(r.detail()).contains("dmarc=fail");
                });
        assertThat(check("victim@customer.example", TRUSTED + "; dkim=pass header.d=attacker.example;"
                + " spf=pass smtp.mailfrom=attacker.example").authenticated()).as("unaligned").isFalse();
        assertThat(check("victim@customer.example", TRUSTED + "; dkim=pass header.d=customer.example.attacker.example")
                .authenticated()).as("look-alike suffix").isFalse();
        assertThat(check("victim@customer.example", TRUSTED + "; dkim=pass header.d=example").authenticated())
                .as("single-label domain never aligns").isFalse();
        assertThat(check("victim@customer.example", TRUSTED + "; dmarc=pass header.from=other.example")
                .authenticated()).as("dmarc for another From").isFalse();
        assertThat(check("victim@customer.example", TRUSTED + "; dkim=pass header.d=customer.example;"
                + " dmarc=fail header.from=customer.example").authenticated()).as("dmarc fail wins").isFalse();
        assertThat(check("victim@customer.example", TRUSTED + "; none").authenticated()).isFalse();
    }

    @Test
    void missingOrUntrustedOrMalformedResultsDoNotAuthenticate() {
        assertThat(check("victim@customer.example").detail()).isEqualTo("no Authentication-Results from " + TRUSTED);
        SenderAuthentication forged = check("victim@customer.example",
                "mx.attacker.example; dmarc=pass header.from=customer.example");
        assertThat(forged.authenticated()).as("untrusted authserv-id").isFalse();
        assertThat(check("victim@customer.example", "MX.SUPPORT.EXAMPLE; dmarc=pass header.from=customer.example")
                .authenticated()).as("authserv-id is case-insensitive").isTrue();
        assertThat(check("victim@customer.example", TRUSTED + "; dmarc=pass header.from=customer.example (unclosed"))
                .satisfies(r -> assertThat(r.detail()).startsWith("malformed Authentication-Results from " + TRUSTED))
                .extracting(SenderAuthentication::authenticated).isEqualTo(false);
        assertThat(new SenderAuthenticator(Optional.empty()).check(headers("jane@customer.example",
                TRUSTED + "; dmarc=pass header.from=customer.example"), from("jane@customer.example")))
                .extracting(SenderAuthentication::authenticated).isEqualTo(false);
    }

    @Test
    void twoConflictingTrustedFieldsDoNotAuthenticate() {
        SenderAuthentication result = check("victim@customer.example",
                TRUSTED + "; dmarc=pass header.from=customer.example",
                TRUSTED + "; spf=fail smtp.mailfrom=attacker.example; dmarc=fail header.from=customer.example");
        assertThat(result.authenticated()).isFalse();
        assertThat(result.detail()).contains("2 Authentication-Results fields from " + TRUSTED + " disagree");
        assertThat(check("jane@customer.example", TRUSTED + "; spf=pass smtp.mailfrom=customer.example",
                TRUSTED + "; dkim=pass header.d=customer.example").authenticated()).as("agreeing fields").isTrue();
    }

    @Test
    void aForgedUntrustedFieldNextToTheRealOneIsIgnored() {
        assertThat(check("victim@customer.example", "mx.attacker.example; dmarc=pass header.from=customer.example",
                TRUSTED + "; dmarc=fail header.from=customer.example").authenticated()).isFalse();
    }

    @Test
    void severalFromMailboxesDoNotAuthenticate() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("From", List.of("jane@customer.example, eve@attacker.example"));
        fields.put("Authentication-Results", List.of(TRUSTED + "; dmarc=pass header.from=customer.example"));
        assertThat(authenticator.check(new MailHeaders(fields), from("jane@customer.example")).authenticated())
                .isFalse();
        fields.put("From", List.of("jane@customer.example", "eve@attacker.example"));
        assertThat(authenticator.check(new MailHeaders(fields), from("jane@customer.example")).authenticated())
                .isFalse();
    }

    @Test
    void alignmentIsEqualOrSubdomainWithAtLeastTwoLabels() {
        assertThat(SenderAuthenticator.aligned("Customer.Example.", "customer.example")).isTrue();
        assertThat(SenderAuthenticator.aligned("customer.example", "eu.customer.example")).isTrue();
        assertThat(SenderAuthenticator.aligned("xcustomer.example", "customer.example")).isFalse();
        assertThat(SenderAuthenticator.aligned("example", "customer.example")).isFalse();
    }

    private SenderAuthentication check(String from, String... results) {
        Optional<EmailAddress> address = from(from.replaceAll(".*<|>.*", ""));
        return authenticator.check(headers(from, results), address);
    }

    private static MailHeaders headers(String from, String... results) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("From", List.of(from));
        if (results.length > 0) {
            fields.put("Authentication-Results", new ArrayList<>(List.of(results)));
        }
        return new MailHeaders(fields);
    }

    private static Optional<EmailAddress> from(String address) {
        return Optional.of(new EmailAddress(address, null));
    }
}
