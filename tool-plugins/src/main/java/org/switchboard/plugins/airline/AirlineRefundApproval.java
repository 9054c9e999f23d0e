package org.switchboard.plugins.airline;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.switchboard.core.privacy.Logs;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CommerceArguments;

/**
 * Decides whether an airline call must wait for a human: {@code send_certificate} always (it gives money away);
 * {@code cancel_reservation} when the reservation's net payments, which cancelling refunds, are strictly above
 * the threshold ({@code switchboard.approval.refund-threshold}, default 500). Other tools, unknown reservations
 * and bad arguments need no approval (the tool refuses the same arguments the same way). When the amount cannot be
 * computed otherwise (a malformed record, a store error) the call is held for approval: fail closed (issue 19).
 */
public final class AirlineRefundApproval {

    private static final Logger LOG = Logs.logger(AirlineRefundApproval.class);

    private final BigDecimal threshold;

    /** @param threshold refunds strictly above it need approval */
    public AirlineRefundApproval(BigDecimal threshold) {
        this.threshold = Objects.requireNonNull(threshold, "threshold");
    }

    /**
     * @param toolName  the tool
     * @param arguments its arguments
     * @param store     the store, narrowed to the caller
     * @return whether the call needs a human's approval before it runs
     */
    public boolean requiresApproval(String toolName, JsonObject arguments, AirlineStore store) {
        if ("send_certificate".equals(toolName)) {
            return true;
        }
        if (!"cancel_reservation".equals(toolName)) {
            return false;
        }
        try {
            return store.findReservation(CommerceArguments.string(arguments, "reservation_id"))
                    .map(reservation -> netPaid(reservation).compareTo(threshold) > 0).orElse(false);
        } catch (InvalidToolArgumentException e) {
            return false;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Could not compute the refund of cancel_reservation; holding the call for"
                    + " approval (fail closed)");
            return true;
        }
    }

    private static BigDecimal netPaid(JsonObject reservation) {
        BigDecimal net = BigDecimal.ZERO;
        for (JsonValue entry : reservation.getJsonArray("payment_history")) {
            net = net.add(entry.asJsonObject().getJsonNumber("amount").bigDecimalValue());
        }
        return net;
    }
}
