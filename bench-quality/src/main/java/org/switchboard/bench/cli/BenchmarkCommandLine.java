package org.switchboard.bench.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Command-line options of the benchmarks: {@code --name value} pairs, each name from an allowed set and given at
 * most once. Immutable.
 */
public final class BenchmarkCommandLine {

    private final Map<String, String> values;

    private BenchmarkCommandLine(Map<String, String> values) {
        this.values = values;
    }

    /**
     * @param args    the command line
     * @param allowed the option names (without {@code --}) this benchmark accepts
     * @return the parsed options
     * @throws IllegalArgumentException on an unknown option, a missing value or a repeated option
     */
    public static BenchmarkCommandLine parse(String[] args, Set<String> allowed) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || !allowed.contains(arg.substring(2))) {
                throw new IllegalArgumentException("unknown argument " + arg + "; allowed: --" + String.join(" --",
                        new TreeSet<>(allowed)));
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            if (values.put(arg.substring(2), args[++i]) != null) {
                throw new IllegalArgumentException(arg + " given twice");
            }
        }
        return new BenchmarkCommandLine(values);
    }

    /**
     * @param name     option name
     * @param fallback value when absent
     * @return the option as a path
     */
    public Path path(String name, String fallback) {
        return Path.of(values.getOrDefault(name, fallback));
    }

    /**
     * @param name option name
     * @return the option as a path, or null when absent
     */
    public Path optionalPath(String name) {
        String value = values.get(name);
        return value == null ? null : Path.of(value);
    }

    /**
     * @param name     option name
     * @param fallback value when absent
     * @return the option as an int
     * @throws IllegalArgumentException if it is not an integer
     */
    public int integer(String name, int fallback) {
        String value = values.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be an integer: " + value, e);
        }
    }

    /**
     * @param name     option name
     * @param fallback value when absent
     * @return the option as a number
     * @throws IllegalArgumentException if it is not a number
     */
    public double number(String name, double fallback) {
        String value = values.get(name);
        try {
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number: " + value, e);
        }
    }
}
