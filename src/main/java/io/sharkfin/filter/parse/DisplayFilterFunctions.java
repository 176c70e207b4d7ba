package io.sharkfin.filter.parse;

import java.util.Map;
import java.util.Optional;

/**
 * The display-filter functions of Wireshark 4.0 ({@code epan/dfilter/dfunctions.c}): the parser
 * only checks that a called name exists ("Function 'X' does not exist"); the semantic check
 * enforces the argument counts given here.
 */
public final class DisplayFilterFunctions {

    /** Unbounded {@link Function#maxArgs()}. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    /** One function: its name and how many arguments it takes. */
    public record Function(String name, int minArgs, int maxArgs) {
    }

    private static final Map<String, Function> FUNCTIONS = Map.of(
            "lower", new Function("lower", 1, 1),
            "upper", new Function("upper", 1, 1),
            "len", new Function("len", 1, 1),
            "count", new Function("count", 1, 1),
            "string", new Function("string", 1, 1),
            "max", new Function("max", 1, UNLIMITED),
            "min", new Function("min", 1, UNLIMITED),
            "abs", new Function("abs", 1, 1));

    private DisplayFilterFunctions() {
    }

    /** The names of the functions. */
    public static java.util.Set<String> names() {
        return FUNCTIONS.keySet();
    }

    /** The function of that exact (case-sensitive) name. */
    public static Optional<Function> lookup(String name) {
        return Optional.ofNullable(FUNCTIONS.get(name));
    }
}
