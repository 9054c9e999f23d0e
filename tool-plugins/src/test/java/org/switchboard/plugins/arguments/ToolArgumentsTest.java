package org.switchboard.plugins.arguments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ToolArgumentsTest {

    @Test
    void requiredStringIsStrippedAndMustBePresentNonBlankAndAString() throws InvalidToolArgumentException {
        assertThat(ToolArguments.requiredString(args("{\"q\": \"  fees \"}"), "q")).isEqualTo("fees");

        assertThatThrownBy(() -> ToolArguments.requiredString(args("{}"), "q"))
                .isInstanceOf(InvalidToolArgumentException.class).hasMessage("Missing required argument 'q' (a string).");
        assertThatThrownBy(() -> ToolArguments.requiredString(null, "q")).isInstanceOf(InvalidToolArgumentException.class);
        assertThatThrownBy(() -> ToolArguments.requiredString(args("{\"q\": null}"), "q"))
                .hasMessage("Missing required argument 'q' (a string).");
        assertThatThrownBy(() -> ToolArguments.requiredString(args("{\"q\": true}"), "q"))
                .hasMessage("Argument 'q' must be a string, not true.");
        assertThatThrownBy(() -> ToolArguments.requiredString(args("{\"q\": {}}"), "q"))
                .hasMessage("Argument 'q' must be a string, not object.");
        assertThatThrownBy(() -> ToolArguments.requiredString(args("{\"q\": \"\\n \"}"), "q"))
                .hasMessage("Argument 'q' must not be blank.");
    }

    @Test
    void optionalIntegerAcceptsIntegralNumbersAndQuotedIntegersInRange() throws InvalidToolArgumentException {
        assertThat(ToolArguments.optionalInteger(args("{}"), "n", 1, 10)).isEqualTo(OptionalInt.empty());
        assertThat(ToolArguments.optionalInteger(args("{\"n\": null}"), "n", 1, 10)).isEqualTo(OptionalInt.empty());
        assertThat(ToolArguments.optionalInteger(args("{\"n\": 1}"), "n", 1, 10)).isEqualTo(OptionalInt.of(1));
        assertThat(ToolArguments.optionalInteger(args("{\"n\": 10.0}"), "n", 1, 10)).isEqualTo(OptionalInt.of(10));
        assertThat(ToolArguments.optionalInteger(args("{\"n\": \" 7 \"}"), "n", 1, 10)).isEqualTo(OptionalInt.of(7));

        for (String bad : new String[] {"0", "11", "-3", "2.5", "1e30", "\"seven\"", "true", "[3]", "99999999999999999999"}) {
            assertThatThrownBy(() -> ToolArguments.optionalInteger(args("{\"n\": " + bad + "}"), "n", 1, 10))
                    .as(bad)
                    .isInstanceOf(InvalidToolArgumentException.class)
                    .hasMessage("Argument 'n' must be an integer from 1 to 10.");
        }
    }

    private static JsonObject args(String json) {
        try (var reader = Json.createReader(new java.io.StringReader(json))) {
            return reader.readObject();
        }
    }
}
