package org.switchboard.plugins.commerce;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Evaluates the arithmetic Python's {@code eval} accepts from tau-bench's {@code calculate} tool (characters
 * {@code 0-9 + - * / ( ) .} and spaces): integer and float literals, unary {@code + -}, {@code + - * / // **}
 * and parentheses, with Python's semantics (integers are exact, {@code /} always gives a float,
 * {@code **} binds tighter than unary minus on its left and is right-associative).
 */
final class ArithmeticExpression {

    /** A Python number: exact integer or float. */
    private record Num(BigInteger integer, double real) {
        static Num of(BigInteger value) {
            return new Num(value, 0);
        }

        static Num of(double value) {
            return new Num(null, value);
        }

        boolean isInt() {
            return integer != null;
        }

        double asDouble() throws EvaluationException {
            if (!isInt()) {
                return real;
            }
            double value = integer.doubleValue();
            if (Double.isInfinite(value)) {
                throw new EvaluationException("int too large to convert to float");
            }
            return value;
        }
    }

    /** Raised with Python's exception message, e.g. {@code division by zero}. */
    static final class EvaluationException extends Exception {
        private static final long serialVersionUID = 1L;

        EvaluationException(String message) {
            super(message);
        }
    }

    private static final String SYNTAX = "invalid syntax (<string>, line 1)";

    private final String text;
    private int pos;

    private ArithmeticExpression(String text) {
        this.text = text;
    }

    /**
     * @param expression the expression, only made of the allowed characters
     * @return its value as a Python float ({@code float(eval(expression))})
     * @throws EvaluationException with Python's message on a syntax error or a division by zero
     */
    static double evaluate(String expression) throws EvaluationException {
        ArithmeticExpression parser = new ArithmeticExpression(expression);
        parser.skipSpaces();
        Num value = parser.expr();
        parser.skipSpaces();
        if (parser.pos != parser.text.length()) {
            throw new EvaluationException(SYNTAX);
        }
        return value.asDouble();
    }

    private Num expr() throws EvaluationException {
        Num left = term();
        while (true) {
            skipSpaces();
            if (peek('+')) {
                pos++;
                left = add(left, term(), false);
            } else if (peek('-')) {
                pos++;
                left = add(left, term(), true);
            } else {
                return left;
            }
        }
    }

    private Num term() throws EvaluationException {
        Num left = factor();
        while (true) {
            skipSpaces();
            if (text.startsWith("**", pos)) {
                return left;
            } else if (text.startsWith("//", pos)) {
                pos += 2;
                left = floorDivide(left, factor());
            } else if (peek('*')) {
                pos++;
                left = multiply(left, factor());
            } else if (peek('/')) {
                pos++;
                left = divide(left, factor());
            } else {
                return left;
            }
        }
    }

    private Num factor() throws EvaluationException {
        skipSpaces();
        if (peek('-')) {
            pos++;
            Num value = factor();
            return value.isInt() ? Num.of(value.integer().negate()) : Num.of(-value.real());
        }
        if (peek('+')) {
            pos++;
            return factor();
        }
        return power();
    }

    private Num power() throws EvaluationException {
        Num base = atom();
        skipSpaces();
        if (text.startsWith("**", pos)) {
            pos += 2;
            return pow(base, factor());
        }
        return base;
    }

    private Num atom() throws EvaluationException {
        skipSpaces();
        if (peek('(')) {
            pos++;
            Num value = expr();
            skipSpaces();
            if (pos >= text.length()) {
                throw new EvaluationException("'(' was never closed (<string>, line 1)");
            }
            if (!peek(')')) {
                throw new EvaluationException(SYNTAX);
            }
            pos++;
            return value;
        }
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        String literal = text.substring(start, pos);
        if (literal.isEmpty() || literal.equals(".") || literal.indexOf('.') != literal.lastIndexOf('.')) {
            throw new EvaluationException(SYNTAX);
        }
        if (literal.contains(".")) {
            return Num.of(Double.parseDouble(literal));
        }
        if (literal.length() > 1 && literal.charAt(0) == '0' && !literal.chars().allMatch(c -> c == '0')) {
            throw new EvaluationException("leading zeros in decimal integer literals are not permitted; "
                    + "use an 0o prefix for octal integers (<string>, line 1)");
        }
        return Num.of(new BigInteger(literal));
    }

    private static Num add(Num a, Num b, boolean subtract) throws EvaluationException {
        if (a.isInt() && b.isInt()) {
            return Num.of(subtract ? a.integer().subtract(b.integer()) : a.integer().add(b.integer()));
        }
        return Num.of(subtract ? a.asDouble() - b.asDouble() : a.asDouble() + b.asDouble());
    }

    private static Num multiply(Num a, Num b) throws EvaluationException {
        if (a.isInt() && b.isInt()) {
            return Num.of(a.integer().multiply(b.integer()));
        }
        return Num.of(a.asDouble() * b.asDouble());
    }

    private static Num divide(Num a, Num b) throws EvaluationException {
        if (a.isInt() && b.isInt()) {
            if (b.integer().signum() == 0) {
                throw new EvaluationException("division by zero");
            }
            if (a.integer().bitLength() <= 53 && b.integer().bitLength() <= 53) {
                return Num.of(a.integer().doubleValue() / b.integer().doubleValue());
            }
            return Num.of(new BigDecimal(a.integer()).divide(new BigDecimal(b.integer()),
                    java.math.MathContext.DECIMAL128).doubleValue());
        }
        if (b.asDouble() == 0) {
            throw new EvaluationException("float division by zero");
        }
        return Num.of(a.asDouble() / b.asDouble());
    }

    private static Num floorDivide(Num a, Num b) throws EvaluationException {
        if (a.isInt() && b.isInt()) {
            if (b.integer().signum() == 0) {
                throw new EvaluationException("integer division or modulo by zero");
            }
            BigInteger[] qr = a.integer().divideAndRemainder(b.integer());
            BigInteger q = qr[0];
            if (qr[1].signum() != 0 && (qr[1].signum() != b.integer().signum())) {
                q = q.subtract(BigInteger.ONE);
            }
            return Num.of(q);
        }
        if (b.asDouble() == 0) {
            throw new EvaluationException("float floor division by zero");
        }
        return Num.of(Math.floor(a.asDouble() / b.asDouble()));
    }

    private static Num pow(Num base, Num exponent) throws EvaluationException {
        if (base.isInt() && exponent.isInt() && exponent.integer().signum() >= 0) {
            if (base.integer().abs().compareTo(BigInteger.ONE) <= 0) {
                return Num.of(base.integer().pow(exponent.integer().testBit(0) ? 1 : exponent.integer().signum() == 0 ? 0 : 2));
            }
            if (exponent.integer().bitLength() < 32 && exponent.integer().intValue() <= 100_000) {
                return Num.of(base.integer().pow(exponent.integer().intValue()));
            }
            throw new EvaluationException("int too large to convert to float");
        }
        double b = base.asDouble();
        double e = exponent.asDouble();
        if (b == 0 && e < 0) {
            throw new EvaluationException("0.0 cannot be raised to a negative power");
        }
        if (b < 0 && e != Math.rint(e)) {
            throw new EvaluationException("complex results are not supported");
        }
        double result = Math.pow(b, e);
        if (Double.isInfinite(result)) {
            throw new EvaluationException("(34, 'Numerical result out of range')");
        }
        return Num.of(result);
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }
}
