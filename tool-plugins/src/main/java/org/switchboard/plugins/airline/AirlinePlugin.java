package org.switchboard.plugins.airline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.switchboard.core.tool.ConditionalApproval;
import org.switchboard.core.tool.PluginDescriptor;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolContext;
import org.switchboard.core.tool.ToolDefinition;
import org.switchboard.core.tool.ToolPlugin;
import org.switchboard.core.tool.ToolResult;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CustomerScope;
import org.switchboard.plugins.commerce.JsonDocuments;
import org.switchboard.plugins.retail.RefundApproval;

/**
 * Tool plugin {@value #ID}: the tau-bench airline domain (users, flights, reservations; sample data from
 * sierra-research/tau-bench, MIT) with its 14 tools exactly as tau-bench gives them to the model
 * ({@code commerce/airline/tools.json}) and the same rules and outputs, except that new reservations get unique
 * random ids and the current time ({@link NewReservations#live}).
 *
 * <p>Every call runs in the {@link CustomerScope} of the verified customer, linked to an airline user by
 * {@link AirlineCustomerLinks}: other users' reservations and profiles behave as missing. {@code
 * cancel_reservation} and {@code send_certificate} declare NEEDS_APPROVAL; the approval engine asks
 * {@link #requiresApproval(ToolCall, ToolContext)} ({@link ConditionalApproval}) per call
 * ({@link AirlineRefundApproval}). Results: content is
 * tau-bench's output, {@code success} is false for {@code Error:} outputs, {@code data} the JSON object output.
 *
 * <p><b>Tool names.</b> Tool names must be unique across plugins, and tau-bench's airline and retail domains
 * share {@code get_user_details}, {@code calculate}, {@code think} and {@code transfer_to_human_agents}. The
 * airline tools are therefore offered as {@code <prefix><tau-bench name>}, with the prefix from
 * {@value #PREFIX_KEY} (default {@value #DEFAULT_PREFIX}, e.g. {@code airline_get_user_details}); set it to
 * {@code none} when the retail plugin is not deployed to offer tau-bench's exact names (MicroProfile Config
 * treats an empty value as unset). Descriptions and
 * parameters are tau-bench's either way.
 */
@ApplicationScoped
public class AirlinePlugin implements ToolPlugin, ConditionalApproval {

    /** The plugin id. */
    public static final String ID = "airline-reservations";
    /** The plugin version. */
    public static final String VERSION = "1.0.0";
    /** Configuration key of the tool-name prefix. */
    public static final String PREFIX_KEY = "switchboard.airline.tool-prefix";
    /** Default tool-name prefix. */
    public static final String DEFAULT_PREFIX = "airline_";

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(ID, VERSION,
            "Flights & reservations (tau-bench airline): search flights, book, change flights, baggage and "
                    + "passengers, cancel reservations, send certificates.");

    private AirlineStore store;
    private AirlineCustomerLinks links;
    private AirlineRefundApproval approval;
    private AirlineToolbox toolbox;
    private String prefix;
    private List<ToolDefinition> definitions;

    /** For CDI's client proxy only. */
    protected AirlinePlugin() {
    }

    /**
     * @param store     the airline data (MariaDB in the server)
     * @param links     how verified customers map to airline users
     * @param clock     the clock for new reservations' {@code created_at}
     * @param threshold refunds strictly above it need approval
     * @param prefix    put before every tau-bench tool name ({@value #DEFAULT_PREFIX} by default; {@code none}:
     *                  no prefix)
     */
    @Inject
    public AirlinePlugin(AirlineStore store, AirlineCustomerLinks links, Clock clock,
                         @ConfigProperty(name = RefundApproval.THRESHOLD_KEY,
                                 defaultValue = RefundApproval.DEFAULT_THRESHOLD) BigDecimal threshold,
                         @ConfigProperty(name = PREFIX_KEY, defaultValue = DEFAULT_PREFIX) String prefix) {
        this.store = Objects.requireNonNull(store, "store");
        this.links = Objects.requireNonNull(links, "links");
        this.approval = new AirlineRefundApproval(threshold);
        this.toolbox = new AirlineToolbox(NewReservations.live(clock));
        this.prefix = prefix == null || prefix.isBlank() || prefix.strip().equalsIgnoreCase("none") ? ""
                : prefix.strip();
        this.definitions = toolbox.definitions().stream()
                .map(d -> new ToolDefinition(this.prefix + d.name(), d.description(), d.parameters(), d.risk()))
                .toList();
    }

    /** @return id {@value #ID}, version {@value #VERSION} */
    @Override
    public PluginDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * @return the 14 airline tools in tau-bench's order, names prefixed, risks as in
     *         {@link AirlineToolbox#riskOf(String)}
     */
    @Override
    public List<ToolDefinition> tools() {
        return definitions;
    }

    /**
     * @param call    a call of one of this plugin's tools
     * @param context the verified customer
     * @return whether the call must wait for a human's approval
     */
    @Override
    @Transactional
    public boolean requiresApproval(ToolCall call, ToolContext context) {
        return approval.requiresApproval(tauBenchName(call), call.arguments(),
                new ScopedAirlineStore(store, scopeOf(context)));
    }

    /**
     * Runs one airline tool for the verified customer, in one transaction.
     *
     * @param call    the call
     * @param context the verified customer
     * @return tau-bench's output as the content; an error result for an unknown tool or bad arguments
     */
    @Override
    @Transactional
    public ToolResult execute(ToolCall call, ToolContext context) {
        String name = tauBenchName(call);
        if (!call.name().startsWith(prefix) || !toolbox.has(name)) {
            return ToolResult.error("The " + ID + " plugin has no tool named '" + call.name() + "'.");
        }
        String output;
        try {
            output = toolbox.run(name, call.arguments(), store, scopeOf(context));
        } catch (InvalidToolArgumentException e) {
            return ToolResult.error(e.getMessage());
        }
        JsonObject data = JsonDocuments.parse(output)
                .filter(value -> value.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject).orElse(null);
        return new ToolResult(!output.startsWith("Error:"), output, data);
    }

    /**
     * The airline tools that work from public data only (airports, flights), or hand over to a person: an
     * unauthenticated sender may use them; every other airline tool reads or changes a user's profile or
     * reservations.
     */
    public static final java.util.Set<String> PUBLIC_TOOLS = java.util.Set.of("list_all_airports",
            "search_direct_flight", "search_onestop_flight", "calculate", "think", "transfer_to_human_agents");

    /**
     * @param toolName one of {@link #tools()} (prefixed)
     * @return false for {@link #PUBLIC_TOOLS}, true for every tool that touches a user's records
     */
    @Override
    public boolean actsOnCustomerData(String toolName) {
        String name = toolName.startsWith(prefix) ? toolName.substring(prefix.length()) : toolName;
        return !PUBLIC_TOOLS.contains(name);
    }

    private String tauBenchName(ToolCall call) {
        return call.name().startsWith(prefix) ? call.name().substring(prefix.length()) : call.name();
    }

    private CustomerScope scopeOf(ToolContext context) {
        return links.airlineUserId(context.customerId()).map(CustomerScope::of).orElse(CustomerScope.NOBODY);
    }
}
