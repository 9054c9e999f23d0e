package org.switchboard.plugins.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {

    private static final String SAMPLE = """
            Rho-Bank's **Blue Account** is our everyday account.

            ## Fees

            | Fee | Amount | Notes |
            |-----|-------:|-------|
            | Overdraft | $35 | per item |
            | Wire (out) | $25 | *domestic* |

            ### Waivers

            - Keep a balance of __$1,500__ or more.
            - Use `open_bank_account_4821` only with:
              1. a verified customer, and
              2. see [the fee guide](https://example.com/fees).

            # Closing your account

            > Call us at 1-800-RHO-BANK.

            ---

            ```
            # not a heading
            code stays
            ```
            """;

    private final PassageSplitter splitter = new PassageSplitter();

    @Test
    void cutsAtHeadingsAndKeepsEachSectionHeading() {
        List<Passage> passages = splitter.split(SAMPLE);

        assertThat(passages).extracting(Passage::section)
                .containsExactly("", "Fees", "Waivers", "Closing your account");
        assertThat(passages).noneMatch(Passage::internal);
    }

    @Test
    void stripsMarkdownButKeepsListsAndTablesReadable() {
        List<Passage> passages = splitter.split(SAMPLE);

        assertThat(passages.get(0).text()).isEqualTo("Rho-Bank's Blue Account is our everyday account.");
        assertThat(passages.get(1).text()).isEqualTo("""
                Fee: Overdraft; Amount: $35; Notes: per item
                Fee: Wire (out); Amount: $25; Notes: domestic""");
        assertThat(passages.get(2).text()).isEqualTo("""
                - Keep a balance of $1,500 or more.
                - Use open_bank_account_4821 only with:
                  1. a verified customer, and
                  2. see the fee guide (https://example.com/fees).""");
        assertThat(passages.get(3).text()).isEqualTo("""
                Call us at 1-800-RHO-BANK.

                # not a heading
                code stays""");
    }

    @Test
    void splitsLongSectionsAtParagraphsWithinTheLimit() {
        String paragraph = "Interest is paid monthly on the average daily balance of the account. ".repeat(4).strip();
        String markdown = "## Interest\n\n" + String.join("\n\n", List.of(paragraph, paragraph, paragraph, paragraph, paragraph));

        List<Passage> passages = new PassageSplitter(800).split(markdown);

        assertThat(paragraph.length()).isBetween(250, 300);
        assertThat(passages).hasSize(3)
                .allSatisfy(p -> {
                    assertThat(p.section()).isEqualTo("Interest");
                    assertThat(p.text().length()).isLessThanOrEqualTo(800);
                    assertThat(p.text()).startsWith("Interest is paid").endsWith("account.");
                });
        assertThat(passages.get(0).text()).isEqualTo(paragraph + "\n\n" + paragraph);
    }

    @Test
    void cutsOverlongParagraphsAtLinesThenSentencesThenWords() {
        String list = "- item number %d of a long list without blank lines between the items\n".repeat(30).formatted(
                java.util.stream.IntStream.range(0, 30).boxed().toArray());
        String sentence = "This sentence is fairly long and keeps going. ".repeat(40);
        String word = "x".repeat(250);

        PassageSplitter small = new PassageSplitter(200);
        List<Passage> passages = small.split("## List\n" + list + "\n## Prose\n" + sentence + "\n## Word\n" + word);

        assertThat(passages).allSatisfy(p -> assertThat(p.text().length()).isBetween(1, 200));
        assertThat(passages.stream().filter(p -> p.section().equals("List")))
                .allSatisfy(p -> assertThat(p.text()).startsWith("- item number"));
        assertThat(passages.stream().filter(p -> p.section().equals("Prose")))
                .allSatisfy(p -> assertThat(p.text()).startsWith("This sentence").endsWith("going."));
        assertThat(passages.stream().filter(p -> p.section().equals("Word")).map(Passage::text))
                .containsExactly("x".repeat(200), "x".repeat(50));
    }

    @Test
    void marksInternalSectionsAndTheirSubsections() {
        String markdown = """
                ## Decline codes
                Codes you may see.
                ### CODE 41 - Lost Card
                The card was reported lost.
                ### CODES NOT TO DISCLOSE (INTERNAL USE ONLY)
                Never say "fraud".
                #### Code 04
                Pick up card.
                ## Agent Tool Usage (Internal Only)
                Use the tool.
                ### Parameters
                card_id
                ## Need help?
                Call us.
                """;

        List<Passage> passages = splitter.split(markdown);

        assertThat(passages).extracting(Passage::section, Passage::internal).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Decline codes", false),
                org.assertj.core.groups.Tuple.tuple("CODE 41 - Lost Card", false),
                org.assertj.core.groups.Tuple.tuple("CODES NOT TO DISCLOSE (INTERNAL USE ONLY)", true),
                org.assertj.core.groups.Tuple.tuple("Agent Tool Usage (Internal Only)", true),
                org.assertj.core.groups.Tuple.tuple("Parameters", true),
                org.assertj.core.groups.Tuple.tuple("Need help?", false));
        assertThat(passages.get(2).text()).isEqualTo("Never say \"fraud\".\nCode 04\nPick up card.");
    }

    @Test
    void emptyInputGivesNoPassagesAndEmptySectionsAreSkipped() {
        assertThat(splitter.split(null)).isEmpty();
        assertThat(splitter.split("  \n\n ")).isEmpty();
        assertThat(splitter.split("## Only a heading\n\n## Another\n---\n")).isEmpty();
    }

    @Test
    void rejectsATinyMaximum() {
        assertThatThrownBy(() -> new PassageSplitter(10)).isInstanceOf(IllegalArgumentException.class);
    }
}
