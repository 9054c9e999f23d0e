package org.switchboard.plugins.airline;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CommerceArguments;
import org.switchboard.plugins.commerce.CommerceTool;
import org.switchboard.plugins.commerce.JsonDocuments;
import org.switchboard.plugins.commerce.PythonNumbers;

/**
 * {@code send_certificate}: adds the first free of {@code certificate_3221322}, {@code _3221323},
 * {@code _3221324} to the user's payment methods and answers
 * {@code Certificate <id> added to user <user> with amount <amount>.}; {@code Error: user not found}. When all
 * three exist tau-bench's tool returns Python's {@code None}, reproduced as {@code None}. Risk NEEDS_APPROVAL:
 * it gives money away.
 */
public final class SendCertificate implements CommerceTool<AirlineStore> {

    private static final List<String> IDS = List.of("certificate_3221322", "certificate_3221323", "certificate_3221324");

    /** @return {@code send_certificate} */
    @Override
    public String name() {
        return "send_certificate";
    }

    /**
     * @param arguments {@code user_id}, {@code amount}
     * @param store     the scoped store
     * @return tau-bench's confirmation or error
     * @throws InvalidToolArgumentException if an argument is missing or has the wrong type
     */
    @Override
    public String invoke(JsonObject arguments, AirlineStore store) throws InvalidToolArgumentException {
        String userId = CommerceArguments.string(arguments, "user_id");
        JsonNumber amount = CommerceArguments.number(arguments, "amount");
        Optional<JsonObject> found = store.findUser(userId);
        if (found.isEmpty()) {
            return "Error: user not found";
        }
        JsonObject user = found.get();
        for (String paymentId : IDS) {
            if (!user.getJsonObject("payment_methods").containsKey(paymentId)) {
                JsonObject certificate = JSON.createObjectBuilder()
                        .add("source", "certificate").add("amount", amount).add("id", paymentId).build();
                store.saveUser(userId, JsonDocuments.withPath(user, List.of("payment_methods", paymentId), certificate));
                return "Certificate " + paymentId + " added to user " + userId + " with amount "
                        + PythonNumbers.str(amount) + ".";
            }
        }
        return "None";
    }
}
