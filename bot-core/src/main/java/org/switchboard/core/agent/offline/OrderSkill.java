package org.switchboard.core.agent.offline;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.switchboard.core.agent.AgentRequest;
import org.switchboard.core.agent.KnowledgeDecision;
import org.switchboard.core.agent.ToolInvocation;
import org.switchboard.core.intent.SlotExtractor;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolInvoker;
import org.switchboard.core.tool.ToolResult;

/**
 * The orders agent offline. With an order number in the message ({@link SlotExtractor}, e.g. {@code #W2611340}) it
 * looks the order up ({@code get_order_details}, which only sees the verified customer's orders) and describes it:
 * status, items with prices, where it ships, tracking numbers. A request to change the order (cancel, return,
 * exchange, refund, modify, address) is not carried out offline: a ticket with the order and the customer's words
 * goes to a person, and the customer is told so. Without an order number the help center is tried, then the
 * customer is asked for the number.
 */
final class OrderSkill {

    static final String ORDER_TOOL = "get_order_details";

    private static final Pattern CHANGE = Pattern.compile(
            "\\b(?:cancel\\w*|return\\w*|exchang\\w*|refund\\w*|swap\\w*|modif\\w*|chang\\w*|replac\\w*|address)\\b");
    private static final SlotExtractor SLOTS = new SlotExtractor();

    private final ToolInvoker tools;
    private final KnowledgeSkill knowledge;

    /**
     * @param tools     runs tool calls
     * @param knowledge help-center search and tickets
     */
    OrderSkill(ToolInvoker tools, KnowledgeSkill knowledge) {
        this.tools = tools;
        this.knowledge = knowledge;
    }

    /**
     * @param agent   the answering agent (orders)
     * @param request the turn
     * @param calls   the turn's tool calls so far; this skill's are appended
     * @return the answer
     */
    SkillAnswer answer(String agent, AgentRequest request, List<ToolInvocation> calls) {
        List<String> orderIds = SLOTS.extract(request.text()).orderIds();
        if (orderIds.isEmpty()) {
            KnowledgeDecision decision = knowledge.search(agent, request, calls);
            return knowledge.say(decision).orElseGet(() -> SkillAnswer.answered("I can look that up for you. Which "
                    + "order is it about? Please send me the order number; it starts with #W, for example #W1234567.")
                    .basedOn(decision));
        }
        String orderId = orderIds.get(0);
        ToolCall lookup = new ToolCall(ORDER_TOOL, JSON.createObjectBuilder().add("order_id", orderId).build());
        ToolResult result = tools.forAgent(agent).invoke(lookup, request.context());
        calls.add(new ToolInvocation(lookup, result));
        if (result.refusedForUnverifiedSender()) {
            return SkillAnswer.unresolved(result.content());
        }
        if (!result.success() || result.data().isEmpty()) {
            return SkillAnswer.unresolved("I couldn't find order " + orderId + " on your account. Please check the "
                    + "number (it starts with #W), or ask for a person and our team will look into it.");
        }
        String description = describe(orderId, result.data());
        if (CHANGE.matcher(request.text().toLowerCase(Locale.ROOT)).find()) {
            return SkillAnswer.answered(description + "\n\n" + knowledge.openTicket(agent, request, calls,
                    "Changes to an order are confirmed by a person from our team."));
        }
        return SkillAnswer.answered(description);
    }

    /**
     * @param orderId the order number
     * @param order   the order record (tau-bench retail shape: status, items[name, price], address, fulfillments)
     * @return a short description for the customer; no payment details
     */
    static String describe(String orderId, JsonObject order) {
        StringBuilder text = new StringBuilder("Order ").append(orderId).append(" is ")
                .append(order.getString("status", "being processed")).append('.');
        List<String> items = new ArrayList<>();
        if (order.get("items") instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonObject item) {
                    String price = item.get("price") instanceof JsonNumber n
                            ? String.format(Locale.ROOT, " ($%.2f)", n.doubleValue()) : "";
                    items.add(item.getString("name", "item") + price);
                }
            }
        }
        if (!items.isEmpty()) {
            text.append(" Items: ").append(String.join(", ", items)).append('.');
        }
        if (order.get("address") instanceof JsonObject address && address.containsKey("city")) {
            text.append(" Shipping to ").append(address.getString("city", ""))
                    .append(address.containsKey("state") ? ", " + address.getString("state", "") : "").append('.');
        }
        List<String> tracking = new ArrayList<>();
        if (order.get("fulfillments") instanceof JsonArray fulfillments) {
            for (JsonValue value : fulfillments) {
                if (value instanceof JsonObject f && f.get("tracking_id") instanceof JsonArray ids) {
                    ids.getValuesAs(jakarta.json.JsonString.class).forEach(id -> tracking.add(id.getString()));
                }
            }
        }
        if (!tracking.isEmpty()) {
            text.append(" Tracking number").append(tracking.size() > 1 ? "s: " : ": ")
                    .append(String.join(", ", tracking)).append('.');
        }
        return text.toString();
    }
}
