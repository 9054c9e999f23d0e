package org.switchboard.plugins.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;

/**
 * Python's float printing and rounding, and tau-bench's {@code calculate}, as Python 3 gives them (error texts of
 * Python 3.10 and later).
 */
class PythonSemanticsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "4.0|4.0", "0.1|0.1", "1e16|1e+16", "123456789012345.6|123456789012345.6", "0.0001|0.0001",
            "0.00001|1e-05", "-2.5|-2.5", "1663.85|1663.85", "100|100.0"})
    void reprIsPythons(double value, String python) {
        assertThat(PythonFloats.repr(value)).isEqualTo(python);
    }

    @Test
    void roundIsPythonsOnTheExactBinaryValue() {
        assertThat(PythonFloats.round2(2.675)).isEqualTo(2.67);
        assertThat(PythonFloats.round2(0.125)).isEqualTo(0.12);
        assertThat(PythonFloats.round2(0.375)).isEqualTo(0.38);
        assertThat(PythonFloats.round2(101.7 + 0.1 - 0.2)).isEqualTo(101.6);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2 + 2|4.0", "(1000 - 200) * 0.1|80.0", "10 / 3|3.33", "7 // 2|3.0", "-7 // 2|-4.0", "2 ** 10|1024.0",
            "-2 ** 2|-4.0", "1 / 0|Error: division by zero", "1.0 / 0|Error: float division by zero",
            "2 + x|Error: invalid characters in expression", "(2 + 3|Error: '(' was never closed (<string>, line 1)", "2 3|Error: invalid syntax (<string>, line 1)",
            "70 ** 196.4|Error: (34, 'Numerical result out of range')",
            "  154.34 + 57.39 |211.73"})
    void calculateAnswersLikeTauBench(String expression, String output) throws InvalidToolArgumentException {
        assertThat(new Calculate<Void>().invoke(Json.createObjectBuilder().add("expression", expression).build(), null))
                .isEqualTo(output);
    }

    @Test
    void jsonComparesLikePythonsParsedValues() {
        assertThat(JsonComparison.outputsMatch("{\"a\": 1, \"b\": [1.0, \"x\"]}", "{\"b\":[1,\"x\"],\"a\":1.0}")).isTrue();
        assertThat(JsonComparison.outputsMatch("{\"a\": 1}", "{\"a\": 1, \"b\": null}")).isFalse();
        assertThat(JsonComparison.outputsMatch("Error: order not found", "Error: order not found")).isTrue();
        assertThat(JsonComparison.outputsMatch("Error: order not found", "Error: user not found")).isFalse();
        assertThat(JsonDocuments.dumps(Json.createObjectBuilder().add("n", 3.5).add("s", "é\"").add("i", 2).build()))
                .isEqualTo("{\"n\": 3.5, \"s\": \"\\u00e9\\\"\", \"i\": 2}");
    }
}
