package org.switchboard.plugins.commerce;

import jakarta.json.JsonObject;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;

/**
 * tau-bench's {@code calculate}: evaluates an arithmetic expression and returns Python's
 * {@code str(round(float(eval(expression)), 2))}, e.g. {@code "4.0"}; {@code Error: invalid characters in
 * expression} when anything but digits, {@code + - * / ( ) .} and spaces appears, {@code Error: <Python message>}
 * when evaluation fails. Reads and changes nothing.
 *
 * @param <S> the domain store (unused)
 */
public final class Calculate<S> implements CommerceTool<S> {

    private static final String ALLOWED = "0123456789+-*/(). ";

    /** @return {@code calculate} */
    @Override
    public String name() {
        return "calculate";
    }

    /**
     * @param arguments {@code expression} (string)
     * @param store     unused
     * @return the rounded value as Python prints it, or an error message
     * @throws InvalidToolArgumentException if {@code expression} is missing or not a string
     */
    @Override
    public String invoke(JsonObject arguments, S store) throws InvalidToolArgumentException {
        String expression = CommerceArguments.string(arguments, "expression");
        for (int i = 0; i < expression.length(); i++) {
            if (ALLOWED.indexOf(expression.charAt(i)) < 0) {
                return "Error: invalid characters in expression";
            }
        }
        try {
            return PythonFloats.repr(PythonFloats.round2(ArithmeticExpression.evaluate(expression)));
        } catch (ArithmeticExpression.EvaluationException e) {
            return "Error: " + e.getMessage();
        }
    }
}
