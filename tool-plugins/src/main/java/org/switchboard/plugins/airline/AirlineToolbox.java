package org.switchboard.plugins.airline;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.switchboard.core.tool.ToolDefinition;
import org.switchboard.core.tool.ToolRisk;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.Calculate;
import org.switchboard.plugins.commerce.CommerceTool;
import org.switchboard.plugins.commerce.CustomerScope;
import org.switchboard.plugins.commerce.Think;
import org.switchboard.plugins.commerce.ToolCatalog;
import org.switchboard.plugins.commerce.TransferToHumanAgents;

/**
 * The 14 tau-bench airline tools by name, with their definitions from the bundled {@code tools.json}
 * ({@value #TOOLS_JSON}), run on a store narrowed to a {@link CustomerScope}. Used by the plugin and the replay.
 */
public final class AirlineToolbox {

    /** Class-path location of tau-bench's airline tool list. */
    public static final String TOOLS_JSON = AirlineDataSet.BUNDLED + "tools.json";

    private final Map<String, CommerceTool<AirlineStore>> tools = new LinkedHashMap<>();
    private final List<ToolDefinition> definitions;

    /**
     * Loads the tool list and pairs every listed tool with its implementation.
     *
     * @param newReservations how bookings are named and timestamped ({@link NewReservations#TAU_BENCH} in the
     *                        replay, {@link NewReservations#live} in production)
     */
    public AirlineToolbox(NewReservations newReservations) {
        List<CommerceTool<AirlineStore>> all = List.of(new BookReservation(newReservations), new Calculate<>(),
                new CancelReservation(), new GetReservationDetails(), new GetUserDetails(), new ListAllAirports(),
                new SearchDirectFlight(), new SearchOnestopFlight(), new SendCertificate(), new Think<>(),
                new TransferToHumanAgents<>(), new UpdateReservationBaggages(), new UpdateReservationFlights(),
                new UpdateReservationPassengers());
        all.forEach(tool -> tools.put(tool.name(), tool));
        ToolCatalog catalog = ToolCatalog.fromClasspath(TOOLS_JSON);
        for (String name : catalog.names()) {
            if (!tools.containsKey(name)) {
                throw new IllegalStateException(TOOLS_JSON + " lists " + name + ", which has no implementation");
            }
        }
        definitions = catalog.definitions(AirlineToolbox::riskOf);
    }

    /**
     * The risk each tool declares: searches and lookups READ; booking and updates WRITE;
     * {@code cancel_reservation} (refund, decided per call by {@link AirlineRefundApproval}) and
     * {@code send_certificate} (gives money away) NEEDS_APPROVAL.
     *
     * @param name a tool name
     * @return its declared risk
     */
    public static ToolRisk riskOf(String name) {
        return switch (name) {
            case "cancel_reservation", "send_certificate" -> ToolRisk.NEEDS_APPROVAL;
            case "book_reservation", "update_reservation_baggages", "update_reservation_flights",
                 "update_reservation_passengers", "transfer_to_human_agents" -> ToolRisk.WRITE;
            default -> ToolRisk.READ;
        };
    }

    /** @return the tools' definitions in {@code tools.json} order */
    public List<ToolDefinition> definitions() {
        return definitions;
    }

    /**
     * @param name a tool name
     * @return whether this toolbox has it
     */
    public boolean has(String name) {
        return tools.containsKey(name);
    }

    /**
     * Runs a tool as tau-bench would, on the records the scope permits.
     *
     * @param name      the tool name
     * @param arguments the call's arguments
     * @param store     the whole store
     * @param scope     whose records the call may see and change
     * @return tau-bench's output ({@code Unknown action <name>} for a tool it does not have)
     * @throws InvalidToolArgumentException if an argument is missing or has the wrong type
     */
    public String run(String name, JsonObject arguments, AirlineStore store, CustomerScope scope)
            throws InvalidToolArgumentException {
        Objects.requireNonNull(scope, "scope");
        CommerceTool<AirlineStore> tool = tools.get(name);
        if (tool == null) {
            return "Unknown action " + name;
        }
        AirlineStore view = scope.isUnrestricted() ? store : new ScopedAirlineStore(store, scope);
        return tool.invoke(arguments, view);
    }
}
