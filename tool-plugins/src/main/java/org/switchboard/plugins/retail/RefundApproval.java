package org.switchboard.plugins.retail;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.switchboard.core.privacy.Logs;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CommerceArguments;
import org.switchboard.plugins.commerce.PythonFloats;
import org.switchboard.plugins.commerce.RefundLedger;

/**
 * Decides whether a refunding retail call must wait for a human: when the money it would refund is strictly
 * above the threshold (configuration {@code switchboard.approval.refund-threshold}, default 500, as in the
 * LangGraph enterprise design).
 *
 * <ul>
 *   <li>{@code cancel_pending_order}: the order's payments minus its refunds (what cancelling gives back);</li>
 *   <li>{@code return_delivered_order_items}: the sum of the returned items' prices;</li>
 *   <li>{@code exchange_delivered_order_items}: the price difference when the new items are cheaper.</li>
 * </ul>
 * Every other tool, an unknown order or bad arguments need no approval (the call answers with its error, and the
 * tool rejects the same arguments the same way, so no money moves).
 *
 * <p><b>Fails closed</b> (issue 19): when computing the amount fails in any other way (a malformed record, a store
 * error), the call is held for approval, logged as a warning.
 *
 * <p><b>Running total</b> (issue 19): a call is also held when the account's refunds paid out without approval
 * within the window ({@value #WINDOW_KEY}, default {@value #DEFAULT_WINDOW}) plus this call's refund would be strictly
 * above the window limit ({@value #WINDOW_LIMIT_KEY}, by default the threshold), so a large refund cannot be split
 * into several calls under the threshold. Refunds are recorded in a {@link RefundLedger} by the plugin when they run.
 */
public final class RefundApproval {

    private static final Logger LOG = Logs.logger(RefundApproval.class);

    /** Configuration key of the threshold. */
    public static final String THRESHOLD_KEY = "switchboard.approval.refund-threshold";
    /** Default threshold. */
    public static final String DEFAULT_THRESHOLD = "500";
    /** Configuration key of the running-total window, an ISO-8601 duration. */
    public static final String WINDOW_KEY = "switchboard.approval.refund-window";
    /** Default window. */
    public static final String DEFAULT_WINDOW = "PT24H";
    /** Configuration key of the most an account may be refunded within the window without approval. */
    public static final String WINDOW_LIMIT_KEY = "switchboard.approval.refund-window-limit";

    private final BigDecimal threshold;
    private final BigDecimal windowLimit;
    private final Duration window;
    private final RefundLedger ledger;
    private final Clock clock;

    /**
     * A per-call rule only (no running total).
     *
     * @param threshold refunds strictly above it need approval
     */
    public RefundApproval(BigDecimal threshold) {
        this(threshold, threshold, Duration.ofHours(24), RefundLedger.NONE, Clock.systemUTC());
    }

    /**
     * @param threshold   one refund strictly above it needs approval
     * @param windowLimit an account's refunds within the window, this one included, strictly above it need approval
     * @param window      how far back the running total looks, positive
     * @param ledger      the refunds paid out so far
     * @param clock       the clock the window ends at
     * @throws IllegalArgumentException when the window is not positive
     */
    public RefundApproval(BigDecimal threshold, BigDecimal windowLimit, Duration window, RefundLedger ledger,
                          Clock clock) {
        this.threshold = Objects.requireNonNull(threshold, "threshold");
        this.windowLimit = Objects.requireNonNull(windowLimit, "windowLimit");
        this.window = Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException(WINDOW_KEY + " must be a positive duration, not " + window);
        }
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return the threshold */
    public BigDecimal threshold() {
        return threshold;
    }

    /**
     * @param toolName  the tool
     * @param arguments its arguments
     * @param store     the store, narrowed to the caller
     * @return whether the call needs a human's approval before it runs
     */
    public boolean requiresApproval(String toolName, JsonObject arguments, RetailStore store) {
        return requiresApproval(toolName, arguments, store, Optional.empty());
    }

    /**
     * @param toolName  the tool
     * @param arguments its arguments
     * @param store     the store, narrowed to the caller
     * @param account   the ledger account of the caller ({@code retail:<user_id>}); empty: per-call rule only
     * @return whether the call needs a human's approval before it runs: its refund is above the threshold, the
     *         account's running total with it would be above the window limit, or the amount cannot be computed
     */
    public boolean requiresApproval(String toolName, JsonObject arguments, RetailStore store,
                                    Optional<String> account) {
        Optional<BigDecimal> amount;
        try {
            amount = refund(toolName, arguments, store);
        } catch (RuntimeException e) {
            String tool = Logs.neutralise(toolName, 100);
            LOG.log(Level.WARNING, e, () -> "Could not compute the refund of " + tool + "; holding the call for"
                    + " approval (fail closed)");
            return true;
        }
        if (amount.isEmpty()) {
            return false;
        }
        if (amount.get().compareTo(threshold) > 0) {
            return true;
        }
        if (account.isEmpty()) {
            return false;
        }
        BigDecimal total = ledger.refundedSince(account.get(), clock.instant().minus(window)).add(amount.get());
        if (total.compareTo(windowLimit) > 0) {
            String tool = Logs.neutralise(toolName, 100);
            LOG.info(() -> "Refund by " + tool + " held for approval: the account's refunds within " + window
                    + " would reach " + total + ", above the limit " + windowLimit);
            return true;
        }
        return false;
    }

    /**
     * Records a refund that ran in the ledger, so later calls see it in the running total.
     *
     * @param account  the ledger account ({@code retail:<user_id>})
     * @param toolName the tool that ran
     * @param amount   what it refunded, positive
     */
    public void recordRefund(String account, String toolName, BigDecimal amount) {
        ledger.record(account, toolName, amount, clock.instant());
    }

    /**
     * @param toolName  the tool
     * @param arguments its arguments
     * @param store     the store, narrowed to the caller
     * @return the amount the call would refund, rounded to cents; empty when it refunds nothing, or the order is
     *         unknown, or the arguments are bad (the tool then refuses them the same way)
     * @throws RuntimeException when the amount cannot be computed otherwise (a malformed record, a store error):
     *                          the caller must then fail closed
     */
    public Optional<BigDecimal> refund(String toolName, JsonObject arguments, RetailStore store) {
        try {
            Optional<JsonObject> order = store.findOrder(CommerceArguments.string(arguments, "order_id"));
            if (order.isEmpty()) {
                return Optional.empty();
            }
            double amount = switch (toolName) {
                case "cancel_pending_order" -> netPaid(order.get());
                case "return_delivered_order_items" -> itemsPrice(order.get(),
                        CommerceArguments.strings(arguments, "item_ids"));
                case "exchange_delivered_order_items" -> exchangeRefund(order.get(), arguments, store);
                default -> 0;
            };
            return amount > 0 ? Optional.of(BigDecimal.valueOf(PythonFloats.round2(amount))) : Optional.empty();
        } catch (InvalidToolArgumentException e) {
            return Optional.empty();
        }
    }

    private static double netPaid(JsonObject order) {
        double net = 0;
        for (JsonValue entry : RetailRecords.paymentHistory(order)) {
            JsonObject payment = entry.asJsonObject();
            double amount = RetailRecords.amount(payment.get("amount"));
            net += "refund".equals(payment.getString("transaction_type")) ? -amount : amount;
        }
        return net;
    }

    private static double itemsPrice(JsonObject order, List<String> itemIds) {
        List<JsonObject> items = new ArrayList<>(order.getJsonArray("items").getValuesAs(JsonObject.class));
        double total = 0;
        for (String itemId : itemIds) {
            int index = RetailRecords.indexOfItem(items, itemId);
            if (index >= 0) {
                total += RetailRecords.amount(items.remove(index).get("price"));
            }
        }
        return total;
    }

    private static double exchangeRefund(JsonObject order, JsonObject arguments, RetailStore store)
            throws InvalidToolArgumentException {
        ItemSwap swap = ItemSwap.check(order, CommerceArguments.strings(arguments, "item_ids"),
                CommerceArguments.strings(arguments, "new_item_ids"), store);
        return swap.error() == null ? -swap.priceDifference().doubleValue() : 0;
    }
}
