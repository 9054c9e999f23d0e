package org.switchboard.plugins.commerce.replay;

import java.util.List;

/**
 * The result of replaying one task.
 *
 * @param taskIndex  the fixture's {@code task_index}
 * @param calls      how many calls were replayed
 * @param identical  how many outputs were identical to tau-bench's as text (byte for byte, not only as JSON)
 * @param mismatches what differed, in words; empty when the task passed
 */
public record TaskOutcome(int taskIndex, int calls, int identical, List<String> mismatches) {

    /** Copies the list. */
    public TaskOutcome {
        mismatches = List.copyOf(mismatches);
    }

    /** @return whether every output and every changed record matched */
    public boolean passed() {
        return mismatches.isEmpty();
    }
}
