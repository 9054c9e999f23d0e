package org.switchboard.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.agent.profile.AgentProfile;
import org.switchboard.core.agent.profile.AgentProfiles;
import org.switchboard.core.audit.AuditLog;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.core.conversation.Conversation;
import org.switchboard.core.conversation.ConversationControl;
import org.switchboard.core.conversation.ConversationMessage;
import org.switchboard.core.conversation.ConversationStatus;
import org.switchboard.core.conversation.ConversationTransition;
import org.switchboard.core.conversation.HumanActor;
import org.switchboard.core.conversation.MessageRole;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.outbox.OutboxEntry;
import org.switchboard.core.outbox.OutboxService;

/**
 * What a person's reply, note and chat message do to a conversation, its transcript, the outbox and the audit log,
 * with the persistence and outbox replaced by recorders (the database path runs in {@code PeopleInTheLoopIT}).
 */
class HumanRepliesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final HumanActor DANA = new HumanActor("dana", "Dana Agent");

    private final List<Object> persisted = new ArrayList<>();
    private final List<String> queued = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private Conversation conversation;
    private HumanReplies replies;

    @BeforeEach
    void wire() throws Exception {
        conversation = new Conversation(new ConversationRef(Channel.SLACK, "T1/C1/1.0", Map.of("thread_ts", "1.0")),
                new CustomerId(7), "triage", NOW);
        set(conversation, "id", 42L);
        conversation.beginTurn(conversation.conversationRef(), NOW);
        EntityManager em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{EntityManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("persist")) {
                        if (args[0] instanceof ConversationMessage) {
                            set(args[0], "id", ids.incrementAndGet());
                        }
                        persisted.add(args[0]);
                    }
                    return null;
                });
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        AuditLog audit = new AuditLog() {
            @Override
            public void record(String actor, String action, String subject, String details) {
                audited.add(actor + " " + action + " " + subject);
            }
        };
        ConversationControl control = new ConversationControl() {
            @Override
            public Conversation lock(long conversationId) {
                return conversation;
            }
        };
        set(control, "em", em);
        set(control, "agents", new AgentProfiles("triage", List.of(new AgentProfile("triage", "Everything.",
                "You are triage.", List.of("*"), List.of(), false))));
        set(control, "audit", audit);
        set(control, "clock", clock);
        OutboxService outbox = new OutboxService() {
            @Override
            public OutboxEntry enqueue(Long inboxEntryId, Long conversationId, ConversationRef ref, String text) {
                queued.add(conversationId + "|" + ref.key() + "|" + inboxEntryId + "|" + text);
                OutboxEntry entry = new OutboxEntry(inboxEntryId, conversationId, ref, text, NOW);
                set(entry, "id", 900L + queued.size());
                return entry;
            }
        };
        replies = new HumanReplies();
        replies.em = em;
        replies.control = control;
        replies.outbox = outbox;
        replies.audit = audit;
        replies.clock = clock;
    }

    @Test
    void aReplyToAWaitingConversationTakesItOverAndIsQueuedOnTheCustomersChannelAsThePersonsLine() {
        conversation.transition(ConversationTransition.ESCALATE, "asked for a person", NOW);

        HumanReplies.Sent sent = replies.reply(42, DANA, "  Your card 4242 4242 4242 4242 is blocked now. ");

        assertThat(conversation.getStatus()).isEqualTo(ConversationStatus.HANDED_OFF);
        assertThat(conversation.getAssignee()).isEqualTo("dana");
        assertThat(queued).containsExactly("42|T1/C1/1.0|null|Your card •••• 4242 is blocked now.");
        assertThat(sent.outboxId()).isEqualTo(901);
        assertThat(sent.queued()).isTrue();
        ConversationMessage line = (ConversationMessage) persisted.get(0);
        assertThat(line.getRole()).isEqualTo(MessageRole.HUMAN);
        assertThat(line.getAuthor()).isEqualTo("dana");
        assertThat(line.getAuthorName()).isEqualTo("Dana Agent");
        assertThat(line.getContent()).isEqualTo("Your card •••• 4242 is blocked now.");
        assertThat(line.getTurnNumber()).isEqualTo(1);
        assertThat(line.getOutboxEntryId()).isEqualTo(901);
        assertThat(audited).containsExactly("dana conversation.take-over conversation:42",
                "dana conversation.reply conversation:42");
    }

    @Test
    void theBotsConversationsAndClosedOnesTakeNoReplyAndBlankOrLongTextIsRefusedBeforeAnythingChanges() {
        assertThatThrownBy(() -> replies.reply(42, DANA, "hello")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OPEN");
        assertThatThrownBy(() -> replies.reply(42, DANA, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> replies.reply(42, DANA, "x".repeat(HumanReplies.MAX_TEXT + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> replies.note(42, DANA, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> replies.reply(42, DANA, "hello", "not a key")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("requestKey");
        assertThat(queued).isEmpty();
        assertThat(persisted).isEmpty();
        assertThat(conversation.getAssignee()).isNull();
    }

    @Test
    void aNoteIsStoredWithThePersonsNameAndNeverQueued() {
        replies.note(42, DANA, "refund ref FIN-1");

        assertThat(queued).isEmpty();
        ConversationMessage note = (ConversationMessage) persisted.get(0);
        assertThat(note.getRole()).isEqualTo(MessageRole.NOTE);
        assertThat(note.getAuthorName()).isEqualTo("Dana Agent");
        assertThat(audited).containsExactly("dana conversation.note conversation:42");
    }

    @Test
    void aSupportAgentsChatMessageTakesOverAConversationNobodyHadButNotAColleaguesOne() {
        SupportAgent dana = new SupportAgent(new SupportAgentSpec("dana", "Dana Agent", SupportRole.AGENT,
                List.of("U0DANA1"), List.of(), List.of()), NOW);
        replies.chatMessage(conversation, dana, "I'm on it", 5);

        assertThat(conversation.getStatus()).isEqualTo(ConversationStatus.HANDED_OFF);
        assertThat(conversation.getAssignee()).isEqualTo("dana");
        assertThat(queued).as("the customer already sees it in the thread").isEmpty();
        assertThat(((ConversationMessage) persisted.get(0)).getRole()).isEqualTo(MessageRole.HUMAN);

        conversation.assignTo("erin");
        replies.chatMessage(conversation, dana, "Erin asked me to add this", 6);
        assertThat(conversation.getAssignee()).isEqualTo("erin");
        assertThat(audited).containsExactly("dana conversation.take-over conversation:42",
                "dana conversation.chat-reply conversation:42", "dana conversation.chat-reply conversation:42");
    }

    @Test
    void handBackReturnsTheConversationToTheEntryAgentUnassignedWithASummaryLine() {
        conversation.transition(ConversationTransition.ESCALATE, null, NOW);
        replies.control.apply(conversation, ConversationTransition.TAKE_OVER, DANA, null);
        conversation.handOffTo("human");

        replies.control.apply(conversation, ConversationTransition.HAND_BACK, DANA, "refund done");

        assertThat(conversation.getStatus()).isEqualTo(ConversationStatus.OPEN);
        assertThat(conversation.getActiveAgent()).isEqualTo("triage");
        assertThat(conversation.getAssignee()).isNull();
        ConversationMessage summary = (ConversationMessage) persisted.get(0);
        assertThat(summary.getRole()).isEqualTo(MessageRole.SYSTEM);
        assertThat(summary.getContent()).isEqualTo("Handed back to the bot by Dana Agent: refund done");
    }

    private static void set(Object target, String field, Object value) {
        Class<?> type = target.getClass();
        while (type != null) {
            try {
                Field f = type.getDeclaredField(field);
                f.setAccessible(true);
                f.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                type = type.getSuperclass();
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("no field " + field + " in " + target.getClass());
    }
}
