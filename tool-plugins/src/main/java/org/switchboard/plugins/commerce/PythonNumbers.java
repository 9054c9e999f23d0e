package org.switchboard.plugins.commerce;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonNumber;

/**
 * Python's arithmetic on JSON numbers as {@code json.loads} reads them: a number written without a fraction or
 * exponent is a Python {@code int} (exact, arbitrary size), any other is a {@code float} (double); an operation
 * on two ints gives an int, anything involving a float gives a float. Results keep that type, so an int stays
 * {@code 150} and a float prints as {@code 150.0}.
 */
public final class PythonNumbers {

    private PythonNumbers() {
    }

    /**
     * @param number a JSON number
     * @return whether Python reads it as a float
     */
    public static boolean isFloat(JsonNumber number) {
        String text = number.toString();
        return text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0;
    }

    /** @return {@code a + b} */
    public static JsonNumber add(JsonNumber a, JsonNumber b) {
        if (isFloat(a) || isFloat(b)) {
            return JSON.createValue(a.doubleValue() + b.doubleValue());
        }
        return JSON.createValue(a.bigIntegerValue().add(b.bigIntegerValue()));
    }

    /** @return {@code a - b} */
    public static JsonNumber subtract(JsonNumber a, JsonNumber b) {
        return add(a, negate(b));
    }

    /** @return {@code -a} */
    public static JsonNumber negate(JsonNumber a) {
        return isFloat(a) ? JSON.createValue(-a.doubleValue()) : JSON.createValue(a.bigIntegerValue().negate());
    }

    /** @return {@code a * n} */
    public static JsonNumber multiply(JsonNumber a, long n) {
        return isFloat(a) ? JSON.createValue(a.doubleValue() * n)
                : JSON.createValue(a.bigIntegerValue().multiply(java.math.BigInteger.valueOf(n)));
    }

    /** @return Python's {@code round(a, 2)}: an int stays the same int, a float is rounded to cents */
    public static JsonNumber round2(JsonNumber a) {
        return isFloat(a) ? JSON.createValue(PythonFloats.round2(a.doubleValue())) : a;
    }

    /** @return Python's {@code abs(a)} */
    public static JsonNumber abs(JsonNumber a) {
        return compare(a, of(0)) < 0 ? negate(a) : a;
    }

    /** @return the int {@code value} */
    public static JsonNumber of(long value) {
        return JSON.createValue(value);
    }

    /** @return negative, zero or positive as {@code a} is less than, equal to or greater than {@code b} */
    public static int compare(JsonNumber a, JsonNumber b) {
        if (isFloat(a) || isFloat(b)) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        return a.bigIntegerValue().compareTo(b.bigIntegerValue());
    }

    /**
     * @param number a JSON number
     * @return Python's {@code str()} of it: {@code 150} for an int, {@code 150.0} for a float
     */
    public static String str(JsonNumber number) {
        return isFloat(number) ? PythonFloats.repr(number.doubleValue()) : number.bigIntegerValue().toString();
    }
}
