package org.switchboard.core.memory;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * LangChain4j {@link ChatMemoryStore} on MariaDB through JPA: the memory id is the conversation id (a
 * {@link Long} or its decimal text). Runs in the caller's transaction (the turn's), so a rolled-back turn leaves
 * no memory behind and a committed one survives restarts. {@link #updateMessages} compacts with
 * {@link MemoryCompactor}: beyond {@code switchboard.memory.window} messages (default 50) the oldest are folded
 * into the row's summary, which {@link #getMessages} returns first as a system message.
 */
@ApplicationScoped
public class JpaChatMemoryStore implements ChatMemoryStore {

    /** Prefix of the summary system message returned by {@link #getMessages(Object)}. */
    public static final String SUMMARY_PREFIX = "Summary of the earlier conversation:\n";

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "switchboard.memory.window", defaultValue = "50")
    int window;

    /**
     * @param memoryId the conversation id
     * @return the summary (as a system message, when there is one) and the kept messages, oldest first; empty for a
     *         conversation without memory
     * @throws IllegalArgumentException when memoryId is not a conversation id
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ChatMessage> getMessages(Object memoryId) {
        Optional<ChatMemoryRow> row = Optional.ofNullable(em.find(ChatMemoryRow.class, id(memoryId)));
        List<ChatMessage> messages = new ArrayList<>();
        row.map(ChatMemoryRow::summary).ifPresent(s -> messages.add(SystemMessage.from(SUMMARY_PREFIX + s)));
        row.ifPresent(r -> messages.addAll(ChatMessageDeserializer.messagesFromJson(r.messagesJson())));
        return messages;
    }

    /**
     * Replaces the memory; system messages (instructions, the summary) are not stored, they are rebuilt per turn.
     *
     * @param memoryId the conversation id
     * @param messages the whole memory, oldest first
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void updateMessages(Object memoryId, List<ChatMessage> messages) {
        long id = id(memoryId);
        ChatMemoryRow row = em.find(ChatMemoryRow.class, id);
        if (row == null) {
            row = new ChatMemoryRow(id, clock.instant());
            em.persist(row);
        }
        List<ChatMessage> withoutSystem = messages.stream().filter(m -> !(m instanceof SystemMessage)).toList();
        MemoryCompactor.Compacted compacted = new MemoryCompactor(window, 4000, 300).compact(withoutSystem, row.summary());
        row.update(ChatMessageSerializer.messagesToJson(compacted.kept()), compacted.summary(), compacted.folded(),
                clock.instant());
    }

    /** @param memoryId the conversation id whose memory is forgotten */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleteMessages(Object memoryId) {
        ChatMemoryRow row = em.find(ChatMemoryRow.class, id(memoryId));
        if (row != null) {
            em.remove(row);
        }
    }

    private static long id(Object memoryId) {
        if (memoryId instanceof Number n) {
            return n.longValue();
        }
        try {
            return Long.parseLong(String.valueOf(memoryId));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("memory id must be a conversation id, not " + memoryId, e);
        }
    }
}
