package org.switchboard.plugins.profile;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.switchboard.core.customer.CustomerProfile;
import org.switchboard.core.customer.CustomerProfiles;
import org.switchboard.core.tool.PluginDescriptor;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolContext;
import org.switchboard.core.tool.ToolDefinition;
import org.switchboard.core.tool.ToolPlugin;
import org.switchboard.core.tool.ToolResult;
import org.switchboard.core.tool.ToolRisk;

/**
 * Tool plugin {@value #ID}: the tool {@value #GET_MY_PROFILE} (risk {@code READ}, no parameters) returns the profile
 * of the conversation's verified customer ({@link ToolContext#customerId()}; any id in the arguments is ignored).
 *
 * <p>Result {@code data}: {@code {"customerId": 7, "displayName": "Ana" | null, "customerSince": ISO-8601,
 * "identities": [{"channel": "SLACK", "externalId": "T111:U123", "since": ISO-8601}], "conversations": 3,
 * "openTickets": 1}}.
 */
@ApplicationScoped
public class CustomerProfilePlugin implements ToolPlugin {

    /** The plugin id. */
    public static final String ID = "customer-profile";
    /** The plugin version. */
    public static final String VERSION = "1.0.0";
    /** The tool's function name. */
    public static final String GET_MY_PROFILE = "get_my_profile";

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(ID, VERSION,
            "Looks up the customer's own profile: name, how they reach support, conversations and open tickets.");

    private static final ToolDefinition DEFINITION = new ToolDefinition(GET_MY_PROFILE, """
            Look up the profile of the customer you are talking to: their name, since when they are a customer, \
            the channels and addresses they reach support from (Slack, email, Teams), how many conversations they \
            had and how many tickets are open. Takes no arguments: it is always the current customer.""",
            JSON.createObjectBuilder().add("type", "object").add("properties", JSON.createObjectBuilder())
                    .add("additionalProperties", false).build(), ToolRisk.READ);

    private CustomerProfiles profiles;

    /** For CDI's client proxy only; the container uses {@link #CustomerProfilePlugin(CustomerProfiles)}. */
    protected CustomerProfilePlugin() {
    }

    /**
     * @param profiles where profiles are read from
     * @throws NullPointerException if profiles is null
     */
    @Inject
    public CustomerProfilePlugin(CustomerProfiles profiles) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    /** @return id {@value #ID}, version {@value #VERSION} */
    @Override
    public PluginDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** @return the single tool {@value #GET_MY_PROFILE} */
    @Override
    public List<ToolDefinition> tools() {
        return List.of(DEFINITION);
    }

    /**
     * @param call    a {@value #GET_MY_PROFILE} call (arguments ignored)
     * @param context the verified customer
     * @return ok with a one-paragraph summary and the data above; an error result for another tool name or an
     *         unknown customer
     */
    @Override
    public ToolResult execute(ToolCall call, ToolContext context) {
        if (!GET_MY_PROFILE.equals(call.name())) {
            return ToolResult.error("The customer-profile plugin has no tool named '" + call.name() + "'.");
        }
        Optional<CustomerProfile> found = profiles.find(context.customerId());
        if (found.isEmpty()) {
            return ToolResult.error("No profile was found for this customer.");
        }
        CustomerProfile p = found.get();
        return ToolResult.ok(summary(p), data(p));
    }

    private static JsonObject data(CustomerProfile p) {
        JsonArrayBuilder identities = JSON.createArrayBuilder();
        p.identities().forEach(i -> identities.add(JSON.createObjectBuilder().add("channel", i.channel().name())
                .add("externalId", i.externalId()).add("since", i.since().toString())));
        JsonObjectBuilder builder = JSON.createObjectBuilder().add("customerId", p.customerId());
        if (p.displayName() == null) {
            builder.addNull("displayName");
        } else {
            builder.add("displayName", p.displayName());
        }
        return builder.add("customerSince", p.customerSince().toString())
                .add("identities", identities)
                .add("conversations", p.conversations())
                .add("openTickets", p.openTickets())
                .build();
    }

    private static String summary(CustomerProfile p) {
        String reach = p.identities().isEmpty() ? "no known channel"
                : p.identities().stream().map(i -> i.channel() + " (" + i.externalId() + ")")
                .collect(Collectors.joining(", "));
        return (p.displayName() == null ? "The customer" : "Customer " + p.displayName())
                + " has been a customer since " + p.customerSince().toString().substring(0, 10)
                + ", reaches support through " + reach + ", has had " + p.conversations() + " conversation"
                + (p.conversations() == 1 ? "" : "s") + " and " + p.openTickets() + " open ticket"
                + (p.openTickets() == 1 ? "" : "s") + ".";
    }
}
