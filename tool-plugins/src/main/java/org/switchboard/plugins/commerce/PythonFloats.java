package org.switchboard.plugins.commerce;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python float semantics the tau-bench tools rely on: {@code round(x, 2)} and {@code repr(x)}/{@code str(x)}.
 */
public final class PythonFloats {

    private PythonFloats() {
    }

    /**
     * Python's {@code round(x, 2)} on a float: the exact binary value rounded half-to-even to two decimals, then
     * the nearest double.
     *
     * @param value a finite double
     * @return the rounded value; non-finite values are returned unchanged
     */
    public static double round2(double value) {
        if (!Double.isFinite(value)) {
            return value;
        }
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
    }

    /**
     * Python's {@code repr(x)} (= {@code str(x)}) of a float: the shortest decimal that reads back as the same
     * double, in fixed notation when the decimal exponent is from -4 to 15 ({@code 4.0}, {@code 0.0001}) and in
     * scientific notation otherwise ({@code 1e+16}, {@code 1.5e-05}).
     *
     * @param value any double
     * @return the text Python prints
     */
    public static String repr(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortest(value);
        String sign = shortest.signum() < 0 ? "-" : "";
        BigDecimal magnitude = shortest.abs().stripTrailingZeros();
        String digits = magnitude.unscaledValue().toString();
        int exponent = digits.length() - 1 - magnitude.scale();
        if (exponent >= -4 && exponent < 16) {
            String plain = magnitude.toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String exp = String.format("%02d", Math.abs(exponent));
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
    }

    private static BigDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == value) {
                return candidate;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }
}
