package org.switchboard.core.agent;

import java.util.List;
import java.util.Objects;

/**
 * What the help center lets the bot say to one customer message: quote one passage, ask which of two or three
 * articles the customer means, or say honestly that it does not know. Made by {@link KnowledgeAnswer#decide} from the
 * {@code search_knowledge_base} tool's result; precision first: a wrong answer costs more than "I don't know".
 */
public sealed interface KnowledgeDecision {

    /** @return the confidence, in [0, 1], of the best passage found (0 when nothing was found) */
    double confidence();

    /**
     * Quote this passage.
     *
     * @param citation the passage; not null
     */
    record Answer(KnowledgeCitation citation) implements KnowledgeDecision {
        /** @throws NullPointerException if citation is null */
        public Answer {
            Objects.requireNonNull(citation, "citation");
        }

        @Override
        public double confidence() {
            return citation.confidence();
        }
    }

    /**
     * Two or three different articles are plausible: ask the customer which one they mean.
     *
     * @param options the plausible passages, best first, 2 to 3 of them, each from a different article
     */
    record Clarify(List<KnowledgeCitation> options) implements KnowledgeDecision {
        /** @throws IllegalArgumentException if there are fewer than 2 or more than 3 options */
        public Clarify {
            options = List.copyOf(options);
            if (options.size() < 2 || options.size() > 3) {
                throw new IllegalArgumentException("a clarifying question offers 2 or 3 options: " + options.size());
            }
        }

        @Override
        public double confidence() {
            return options.get(0).confidence();
        }
    }

    /**
     * No passage is trustworthy enough: say "I don't know" (and open a ticket).
     *
     * @param confidence the best passage's confidence, in [0, 1], 0 when nothing matched
     */
    record Unknown(double confidence) implements KnowledgeDecision {
    }
}
