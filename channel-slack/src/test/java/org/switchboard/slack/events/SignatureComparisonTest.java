package org.switchboard.slack.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * How {@link StrictSignatureVerifier} compares signatures (RELIABILITY case 1, "comparison constant-time"): what
 * {@link StrictSignatureVerifier#signaturesMatch} answers, and, read from the compiled class with ArchUnit, that it
 * goes through {@link MessageDigest#isEqual} and through no early-exit comparison ({@code String.equals},
 * {@code contentEquals}, {@code equalsIgnoreCase}, {@code Arrays.equals}, {@code Objects.equals}). That the time
 * does not depend on the signature is measured, not asserted, by bench-quality's {@code SignatureTiming}
 * (docs/BENCHMARKS.md).
 */
class SignatureComparisonTest {

    private static final String RIGHT = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private static final JavaClasses VERIFIER = new ClassFileImporter().importClasses(StrictSignatureVerifier.class);

    @Test
    void theSameSignatureMatches() {
        assertThat(StrictSignatureVerifier.signaturesMatch(RIGHT, new String(RIGHT.toCharArray()))).isTrue();
    }

    @Test
    void aSignatureDifferingInItsFirstOrLastDigitDoesNotMatch() {
        assertThat(StrictSignatureVerifier.signaturesMatch(RIGHT, "v0=b" + RIGHT.substring(4))).isFalse();
        assertThat(StrictSignatureVerifier.signaturesMatch(RIGHT, RIGHT.substring(0, RIGHT.length() - 1) + "4")).isFalse();
    }

    @Test
    void aShorterLongerOrMissingSignatureDoesNotMatch() {
        assertThat(StrictSignatureVerifier.signaturesMatch(RIGHT, RIGHT.substring(0, RIGHT.length() - 1))).isFalse();
        assertThat(StrictSignatureVerifier.signaturesMatch(RIGHT, RIGHT + "0")).isFalse();
        assertThat(StrictSignatureVerifier.signaturesMatch(RIGHT, "")).isFalse();
        assertThat(StrictSignatureVerifier.signaturesMatch(RIGHT, null)).isFalse();
        assertThat(StrictSignatureVerifier.signaturesMatch(null, RIGHT)).isFalse();
        assertThat(StrictSignatureVerifier.signaturesMatch(null, null)).isFalse();
    }

    @Test
    void theComparisonIsTheJdksConstantTimeOne() {
        classes().that().areAssignableTo(StrictSignatureVerifier.class)
                .should().callMethod(MessageDigest.class, "isEqual", byte[].class, byte[].class)
                .check(VERIFIER);
    }

    @Test
    void noEarlyExitComparisonIsUsed() {
        noClasses().that().areAssignableTo(StrictSignatureVerifier.class)
                .should().callMethod(String.class, "equals", Object.class)
                .orShould().callMethod(String.class, "contentEquals", CharSequence.class)
                .orShould().callMethod(String.class, "contentEquals", StringBuffer.class)
                .orShould().callMethod(String.class, "equalsIgnoreCase", String.class)
                .orShould().callMethod(String.class, "compareTo", String.class)
                .orShould().callMethod(Arrays.class, "equals", byte[].class, byte[].class)
                .orShould().callMethod(Objects.class, "equals", Object.class, Object.class)
                .check(VERIFIER);
    }
}
