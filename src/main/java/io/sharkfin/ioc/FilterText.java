package io.sharkfin.ioc;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.StringJoiner;

/**
 * Builds the display filters that reproduce indicators and findings: string literals quoted so
 * the filter compares exactly the bytes the analysis saw, address tests for the right family, and
 * the scope of the run put in front.
 */
public final class FilterText {
    private FilterText() {
    }

    /**
     * A Wireshark string literal for a value: quotes and backslashes escaped, bytes outside
     * printable ASCII written as {@code \xhh} (of their UTF-8 encoding).
     */
    public static String quote(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '"' || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append('"').toString();
    }

    /** {@code field == "value"} */
    public static String eq(String field, String value) {
        return field + " == " + quote(value);
    }

    /** {@code field in {"a", "b"}} (or {@code ==} for one value). */
    public static String in(String field, Collection<String> values) {
        if (values.size() == 1) {
            return eq(field, values.iterator().next());
        }
        StringJoiner j = new StringJoiner(", ", field + " in {", "}");
        for (String v : values) {
            j.add(quote(v));
        }
        return j.toString();
    }

    /** {@code field matches "regex"}, the pattern written as a string literal. */
    public static String matches(String field, String regex) {
        return field + " matches " + quote(regex);
    }

    /** Whether an address in text form is IPv6. */
    public static boolean isIpv6(String address) {
        return address.indexOf(':') >= 0;
    }

    /** {@code ip.src == a} or {@code ipv6.src == a}. */
    public static String src(String address) {
        return (isIpv6(address) ? "ipv6.src == " : "ip.src == ") + address;
    }

    /** {@code ip.dst == a} or {@code ipv6.dst == a}. */
    public static String dst(String address) {
        return (isIpv6(address) ? "ipv6.dst == " : "ip.dst == ") + address;
    }

    /** The conjunction of parts (each already a filter; parts with a top-level "or" are parenthesised). */
    public static String and(String... parts) {
        StringJoiner j = new StringJoiner(" && ");
        for (String p : parts) {
            if (p == null || p.isBlank()) {
                continue;
            }
            j.add(needsParens(p) ? "(" + p + ")" : p);
        }
        return j.toString();
    }

    /** The filter restricted to the run's scope (the -Y filter), when there was one. */
    public static String scoped(String scope, String filter) {
        if (scope == null || scope.isBlank()) {
            return filter;
        }
        return "(" + scope + ") && (" + filter + ")";
    }

    private static boolean needsParens(String p) {
        String s = p.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
        return s.contains("||") || s.contains(" or ") || s.contains(" xor ");
    }
}
