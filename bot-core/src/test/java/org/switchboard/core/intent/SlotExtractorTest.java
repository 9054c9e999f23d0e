package org.switchboard.core.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.switchboard.core.intent.SlotExtractor.Amount;
import org.switchboard.core.intent.SlotExtractor.Slots;

class SlotExtractorTest {

    private final SlotExtractor extractor = new SlotExtractor();

    @Test
    void findsOrderIdsInCanonicalForm() {
        Slots slots = extractor.extract("Orders #W2611340 and w4817420 (not W123, not #W12345678), again #W2611340.");
        assertThat(slots.orderIds()).containsExactly("#W2611340", "#W4817420");
    }

    @Test
    void findsEmailAddressesWithoutTrailingPunctuation() {
        Slots slots = extractor.extract("Write to Jane.Doe+shop@Example.COM, or to bob@mail.example.org. Not me@localhost");
        assertThat(slots.emails()).containsExactly("Jane.Doe+shop@example.com", "bob@mail.example.org");
    }

    @Test
    void findsAmountsWithSymbolsCodesAndWordsInOrder() {
        Slots slots = extractor.extract("I was charged 30 dollars, then $1,200.50 and €5; refund 12.5 EUR please. "
                + "Order 42 has 3 items.");
        assertThat(slots.amounts()).containsExactly(
                new Amount(new BigDecimal("30"), "USD"),
                new Amount(new BigDecimal("1200.50"), "USD"),
                new Amount(new BigDecimal("5"), "EUR"),
                new Amount(new BigDecimal("12.5"), "EUR"));
    }

    @Test
    void emptyOrNullTextHasNoSlots() {
        assertThat(extractor.extract(null)).isEqualTo(new Slots(java.util.List.of(), java.util.List.of(), java.util.List.of()));
        assertThat(extractor.extract("hello there").amounts()).isEmpty();
    }
}
