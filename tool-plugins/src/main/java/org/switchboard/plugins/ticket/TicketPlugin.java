package org.switchboard.plugins.ticket;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Objects;
import org.switchboard.core.ticket.Ticket;
import org.switchboard.core.ticket.TicketService;
import org.switchboard.core.tool.PluginDescriptor;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolContext;
import org.switchboard.core.tool.ToolDefinition;
import org.switchboard.core.tool.ToolPlugin;
import org.switchboard.core.tool.ToolResult;
import org.switchboard.core.tool.ToolRisk;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.arguments.ToolArguments;

/**
 * Tool plugin {@value #ID}: support tickets of the conversation's verified customer
 * ({@link ToolContext#customerId()}, never an id from the arguments; another customer's ticket looks absent):
 * <ul>
 *   <li>{@value #OPEN_TICKET} (risk {@code WRITE}) opens a ticket;</li>
 *   <li>{@value #LIST_MY_TICKETS} (risk {@code READ}, no arguments) lists the customer's tickets, newest first
 *       (at most {@value TicketLookup#MAX_LISTED});</li>
 *   <li>{@value #GET_TICKET} (risk {@code READ}, {@code ticket_number}) shows one ticket;</li>
 *   <li>{@value #UPDATE_TICKET} (risk {@code WRITE}, {@code ticket_number}, {@code note} and/or {@code close})
 *       adds the customer's note and/or closes the ticket ({@link TicketUpdates}).</li>
 * </ul>
 * A ticket number is {@code 1001} or {@code "#1001"}.
 *
 * <p>Arguments: {@code subject} (required string, one line; line breaks become spaces; cut to 200 characters
 * by {@link Ticket}) and {@code description} (required string). Result {@code data}:
 * {@code {"ticketId": 1001, "ticketNumber": "#1001", "status": "OPEN"}}.
 *
 * <p>{@link TicketService#open} requires the caller's transaction (the turn's), so the ticket and the reply that
 * announces its number commit together.
 */
@ApplicationScoped
public class TicketPlugin implements ToolPlugin {

    /** The plugin id. */
    public static final String ID = "tickets";
    /** The plugin version. */
    public static final String VERSION = "1.1.0";
    /** The tool's function name. */
    public static final String OPEN_TICKET = "open_ticket";
    /** Lists the customer's tickets. */
    public static final String LIST_MY_TICKETS = TicketLookup.LIST_MY_TICKETS;
    /** Shows one of the customer's tickets. */
    public static final String GET_TICKET = TicketLookup.GET_TICKET;
    /** Adds a note to / closes one of the customer's tickets. */
    public static final String UPDATE_TICKET = TicketUpdates.UPDATE_TICKET;

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(ID, VERSION,
            "Opens, lists, shows and updates the customer's own support tickets.");

    private static final JsonObject PARAMETERS = JSON.createObjectBuilder()
            .add("type", "object")
            .add("properties", JSON.createObjectBuilder()
                    .add("subject", JSON.createObjectBuilder()
                            .add("type", "string")
                            .add("description", "One line naming the problem, e.g. 'Card declined abroad "
                                    + "after PIN lock' (at most 200 characters)."))
                    .add("description", JSON.createObjectBuilder()
                            .add("type", "string")
                            .add("description", "What the customer needs and what was already tried, in full "
                                    + "sentences, so a human can act without re-reading the conversation.")))
            .add("required", JSON.createArrayBuilder().add("subject").add("description"))
            .build();

    private static final ToolDefinition DEFINITION = new ToolDefinition(OPEN_TICKET, """
            Open a support ticket so a human agent follows up with this customer. Use it when you cannot solve \
            the request yourself (the knowledge base has no answer, the request needs a person, or the customer \
            asks for one). The ticket is for the customer of this conversation. Returns the ticket number \
            (e.g. #1001) to tell the customer.""", PARAMETERS, ToolRisk.WRITE);

    private TicketService tickets;

    /** For CDI's client proxy only; the container uses {@link #TicketPlugin(TicketService)}. */
    protected TicketPlugin() {
    }

    /**
     * @param tickets the ticket service to open tickets with
     * @throws NullPointerException if tickets is null
     */
    @Inject
    public TicketPlugin(TicketService tickets) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
    }

    /** @return id {@value #ID}, version {@value #VERSION} */
    @Override
    public PluginDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * Opening a ticket is how a person gets to check an unauthenticated sender's request, so {@value #OPEN_TICKET}
     * is allowed to anyone; listing, reading and updating tickets act on the customer's tickets.
     *
     * @param toolName one of {@link #tools()}
     * @return false for {@value #OPEN_TICKET}, true for the others
     */
    @Override
    public boolean actsOnCustomerData(String toolName) {
        return !OPEN_TICKET.equals(toolName);
    }

    /** @return {@value #OPEN_TICKET}, {@value #LIST_MY_TICKETS}, {@value #GET_TICKET}, {@value #UPDATE_TICKET} */
    @Override
    public List<ToolDefinition> tools() {
        return List.of(DEFINITION, TicketLookup.LIST_DEFINITION, TicketLookup.GET_DEFINITION,
                TicketUpdates.DEFINITION);
    }

    /**
     * Runs one of the tools for {@code context.customerId()}; {@value #OPEN_TICKET} opens a ticket in
     * {@code context.conversationId()}.
     *
     * @param call    an {@value #OPEN_TICKET} call with {@code subject} and {@code description}, or a call of one
     *                of the other tools
     * @param context the verified customer and conversation
     * @return ok with content {@code "Opened ticket #1001. ..."} and data
     *         {@code {"ticketId": 1001, "ticketNumber": "#1001", "status": "OPEN"}}; an error result for another
     *         tool name or a missing, blank or non-string argument
     * @throws IllegalStateException if the ticket service returns a ticket without a number
     * @throws RuntimeException      whatever {@link TicketService#open} throws (no transaction, database down);
     *                               the registry turns it into an error result
     */
    @Override
    public ToolResult execute(ToolCall call, ToolContext context) {
        switch (call.name()) {
            case OPEN_TICKET:
                return open(call, context);
            case TicketLookup.LIST_MY_TICKETS:
                return new TicketLookup(tickets).list(context);
            case TicketLookup.GET_TICKET:
                return new TicketLookup(tickets).get(call, context);
            case TicketUpdates.UPDATE_TICKET:
                return new TicketUpdates(tickets).update(call, context);
            default:
                return ToolResult.error("The tickets plugin has no tool named '" + call.name() + "'.");
        }
    }

    private ToolResult open(ToolCall call, ToolContext context) {
        String subject;
        String description;
        try {
            subject = ToolArguments.requiredString(call.arguments(), "subject").replaceAll("\\s*\\R\\s*", " ");
            description = ToolArguments.requiredString(call.arguments(), "description");
        } catch (InvalidToolArgumentException e) {
            return ToolResult.error(e.getMessage());
        }
        Ticket ticket = tickets.open(context.customerId(), context.conversationId(), subject, description);
        if (ticket == null || ticket.getId() == null) {
            throw new IllegalStateException("TicketService.open returned a ticket without a number");
        }
        JsonObject data = JSON.createObjectBuilder()
                .add("ticketId", ticket.getId())
                .add("ticketNumber", ticket.displayNumber())
                .add("status", ticket.getStatus().name())
                .build();
        return ToolResult.ok("Opened ticket " + ticket.displayNumber() + ". A member of the support team will follow up.",
                data);
    }
}
