package org.switchboard.plugins.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.conversation.ConversationId;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.ticket.Ticket;
import org.switchboard.core.ticket.TicketService;
import org.switchboard.core.ticket.TicketStatus;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolContext;
import org.switchboard.core.tool.ToolDefinition;
import org.switchboard.core.tool.ToolResult;
import org.switchboard.core.tool.ToolRisk;

class TicketPluginTest {

    private static final ToolContext CONTEXT = new ToolContext(new CustomerId(42), new ConversationId(7), Channel.SLACK);

    private final FakeTicketService service = new FakeTicketService(1001L);
    private final TicketPlugin plugin = new TicketPlugin(service);

    @Test
    void describesItselfAndItsFourTools() {
        assertThat(plugin.descriptor().id()).isEqualTo("tickets");
        assertThat(plugin.descriptor().version()).isEqualTo("1.1.0");
        ToolDefinition tool = plugin.tools().get(0);
        assertThat(plugin.tools()).extracting(ToolDefinition::name)
                .containsExactly("open_ticket", "list_my_tickets", "get_ticket", "update_ticket");
        assertThat(plugin.tools()).extracting(ToolDefinition::risk)
                .containsExactly(ToolRisk.WRITE, ToolRisk.READ, ToolRisk.READ, ToolRisk.WRITE);
        assertThat(plugin.tools().get(2).parameters().getJsonArray("required"))
                .containsExactly(Json.createValue("ticket_number"));
        assertThat(plugin.tools().get(3).parameters().getJsonObject("properties").keySet())
                .containsExactly("ticket_number", "note", "close");
        assertThat(tool.name()).isEqualTo("open_ticket");
        assertThat(tool.risk()).isEqualTo(ToolRisk.WRITE);
        assertThat(tool.parameters().getJsonArray("required"))
                .containsExactly(Json.createValue("subject"), Json.createValue("description"));
        assertThat(tool.parameters().getJsonObject("properties").keySet()).containsExactly("subject", "description");
        assertThat(tool.parameters().getJsonObject("properties").getJsonObject("subject").getString("type")).isEqualTo("string");
    }

    @Test
    void opensATicketForTheVerifiedCustomer() {
        ToolResult result = plugin.execute(call(Json.createObjectBuilder()
                .add("subject", "  Card declined\nabroad ")
                .add("description", "Card declined in Lisbon twice; customer needs it today.")), CONTEXT);

        assertThat(result.success()).isTrue();
        assertThat(result.content()).startsWith("Opened ticket #1001.");
        assertThat(result.data()).isEqualTo(Json.createObjectBuilder()
                .add("ticketId", 1001).add("ticketNumber", "#1001").add("status", "OPEN").build());
        assertThat(service.opened).singleElement().satisfies(t -> {
            assertThat(t.getCustomerId()).isEqualTo(42L);
            assertThat(t.getConversationId()).isEqualTo(7L);
            assertThat(t.getSubject()).isEqualTo("Card declined abroad");
            assertThat(t.getDescription()).isEqualTo("Card declined in Lisbon twice; customer needs it today.");
        });
    }

    @Test
    void ignoresACustomerIdInTheArguments() {
        plugin.execute(call(Json.createObjectBuilder().add("subject", "s").add("description", "d").add("customerId", 1)), CONTEXT);

        assertThat(service.opened).singleElement().extracting(Ticket::getCustomerId).isEqualTo(42L);
    }

    @Test
    void rejectsMissingBlankOrMistypedArgumentsWithoutOpeningATicket() {
        assertError(Json.createObjectBuilder(), "Missing required argument 'subject'");
        assertError(Json.createObjectBuilder().add("subject", "Refund"), "Missing required argument 'description'");
        assertError(Json.createObjectBuilder().add("subject", " ").add("description", "d"), "'subject' must not be blank");
        assertError(Json.createObjectBuilder().add("subject", "s").add("description", "\n\t"), "'description' must not be blank");
        assertError(Json.createObjectBuilder().add("subject", 5).add("description", "d"), "'subject' must be a string");
        assertError(Json.createObjectBuilder().add("subject", "s").add("description", Json.createArrayBuilder()),
                "'description' must be a string");

        ToolResult wrongTool = plugin.execute(new ToolCall("search_knowledge_base", null), CONTEXT);
        assertThat(wrongTool.success()).isFalse();
        assertThat(service.opened).isEmpty();
    }

    @Test
    void aTicketWithoutANumberIsAnUnexpectedFailure() {
        TicketPlugin unsaved = new TicketPlugin(new FakeTicketService(null));

        assertThatThrownBy(() -> unsaved.execute(call(Json.createObjectBuilder().add("subject", "s").add("description", "d")), CONTEXT))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void listsOnlyTheVerifiedCustomersTicketsNewestFirst() {
        open(42, "Card declined");
        open(99, "Someone else's problem");
        open(42, "Address change");

        ToolResult result = plugin.execute(new ToolCall("list_my_tickets",
                Json.createObjectBuilder().add("customer_id", 99).build()), CONTEXT);

        assertThat(result.success()).isTrue();
        assertThat(result.content()).isEqualTo("The customer has 2 tickets:\n#1003 (OPEN, opened 2026-01-01): Address"
                + " change\n#1001 (OPEN, opened 2026-01-01): Card declined");
        assertThat(result.data().getInt("total")).isEqualTo(2);
        assertThat(result.data().getJsonArray("tickets").getJsonObject(0).getString("ticketNumber")).isEqualTo("#1003");
        assertThat(plugin.execute(new ToolCall("list_my_tickets", null), new ToolContext(new CustomerId(5),
                new ConversationId(1), Channel.EMAIL)).content()).isEqualTo("The customer has no tickets.");
    }

    @Test
    void showsOwnTicketsByNumberAndAnotherCustomersTicketLooksAbsent() {
        open(42, "Card declined");
        open(99, "Someone else's problem");

        ToolResult own = plugin.execute(new ToolCall("get_ticket",
                Json.createObjectBuilder().add("ticket_number", "#1001").build()), CONTEXT);
        assertThat(own.success()).isTrue();
        assertThat(own.data().getString("description")).isEqualTo("details of Card declined");
        assertThat(plugin.execute(new ToolCall("get_ticket", Json.createObjectBuilder().add("ticket_number", 1001)
                .build()), CONTEXT).success()).isTrue();

        ToolResult other = plugin.execute(new ToolCall("get_ticket",
                Json.createObjectBuilder().add("ticket_number", 1002).build()), CONTEXT);
        assertThat(other.success()).isFalse();
        assertThat(other.content()).isEqualTo("The customer has no ticket #1002.");
        assertThat(plugin.execute(new ToolCall("get_ticket", Json.createObjectBuilder().add("ticket_number", "abc")
                .build()), CONTEXT).content()).contains("must be a ticket number");
        assertThat(plugin.execute(new ToolCall("get_ticket", Json.createObjectBuilder().build()), CONTEXT).content())
                .contains("Missing required argument 'ticket_number'");
    }

    @Test
    void updatesOwnTicketsWithANoteAndClosesThem() {
        open(42, "Card declined");

        ToolResult noted = plugin.execute(new ToolCall("update_ticket", Json.createObjectBuilder()
                .add("ticket_number", "#1001").add("note", "It works again since this morning.").build()), CONTEXT);
        assertThat(noted.success()).as(noted.content()).isTrue();
        assertThat(noted.content()).isEqualTo("Ticket #1001 was updated: the note was added.");
        assertThat(service.updates).containsExactly("42 1001 It works again since this morning. false");

        ToolResult closed = plugin.execute(new ToolCall("update_ticket", Json.createObjectBuilder()
                .add("ticket_number", 1001).add("close", true).build()), CONTEXT);
        assertThat(closed.content()).isEqualTo("Ticket #1001 was updated: it is now closed.");
        assertThat(closed.data().getString("status")).isEqualTo("CLOSED");

        ToolResult again = plugin.execute(new ToolCall("update_ticket", Json.createObjectBuilder()
                .add("ticket_number", 1001).add("note", "one more").build()), CONTEXT);
        assertThat(again.success()).isFalse();
        assertThat(again.content()).contains("cannot be updated").contains("closed");
    }

    @Test
    void anUpdateOfAnotherCustomersTicketOrWithoutChangesIsRefused() {
        open(99, "Someone else's problem");
        open(42, "Mine");

        assertThat(plugin.execute(new ToolCall("update_ticket", Json.createObjectBuilder().add("ticket_number", 1001)
                .add("close", true).build()), CONTEXT).content()).isEqualTo("The customer has no ticket #1001.");
        assertThat(plugin.execute(new ToolCall("update_ticket", Json.createObjectBuilder().add("ticket_number", 1002)
                .build()), CONTEXT).content()).contains("Nothing to change");
        assertThat(plugin.execute(new ToolCall("update_ticket", Json.createObjectBuilder().add("ticket_number", 1002)
                .add("close", "yes").build()), CONTEXT).content()).contains("'close' must be true or false");
        assertThat(plugin.execute(new ToolCall("update_ticket", Json.createObjectBuilder().add("ticket_number", 1002)
                .add("note", "x".repeat(2001)).build()), CONTEXT).content()).contains("at most 2000");
        assertThat(service.opened.get(0).getStatus()).isEqualTo(TicketStatus.OPEN);
        assertThat(service.updates).isEmpty();
    }

    private void open(long customer, String subject) {
        service.open(new CustomerId(customer), new ConversationId(7), subject, "details of " + subject);
    }

    private void assertError(JsonObjectBuilder arguments, String message) {
        ToolResult result = plugin.execute(call(arguments), CONTEXT);
        assertThat(result.success()).isFalse();
        assertThat(result.content()).contains(message);
        assertThat(service.opened).isEmpty();
    }

    private static ToolCall call(JsonObjectBuilder arguments) {
        return new ToolCall("open_ticket", arguments.build());
    }

    /** Opens tickets in memory and gives them the next number, as the database would. */
    private static final class FakeTicketService extends TicketService {
        private final List<Ticket> opened = new ArrayList<>();
        private final List<String> updates = new ArrayList<>();
        private final Long firstId;

        FakeTicketService(Long firstId) {
            this.firstId = firstId;
        }

        @Override
        public Ticket open(CustomerId customer, ConversationId conversation, String subject, String description) {
            Ticket ticket = new Ticket(customer.value(), conversation == null ? null : conversation.value(), subject,
                    description, Instant.parse("2026-01-01T00:00:00Z"));
            if (firstId != null) {
                setId(ticket, firstId + opened.size());
            }
            opened.add(ticket);
            return ticket;
        }

        @Override
        public List<Ticket> forCustomer(CustomerId customer) {
            List<Ticket> own = new ArrayList<>(opened.stream().filter(t -> t.getCustomerId() == customer.value())
                    .toList());
            java.util.Collections.reverse(own);
            return own;
        }

        @Override
        public Optional<Ticket> findForCustomer(CustomerId customer, long ticketId) {
            return opened.stream().filter(t -> t.getId() == ticketId && t.getCustomerId() == customer.value())
                    .findFirst();
        }

        @Override
        public Ticket update(CustomerId customer, long ticketId, String note, boolean close) {
            Ticket ticket = findForCustomer(customer, ticketId).orElseThrow(java.util.NoSuchElementException::new);
            if (note != null) {
                ticket.addNote("customer", note, Instant.parse("2026-01-02T00:00:00Z"));
            }
            if (close) {
                ticket.close();
            }
            updates.add(customer.value() + " " + ticketId + " " + note + " " + close);
            return ticket;
        }

        private static void setId(Ticket ticket, long id) {
            try {
                Field field = Ticket.class.getDeclaredField("id");
                field.setAccessible(true);
                field.set(ticket, id);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
