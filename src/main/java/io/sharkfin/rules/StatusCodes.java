package io.sharkfin.rules;

import io.sharkfin.filter.check.Typed;

/**
 * A numeric comparison of an HTTP status code as a regular expression over the three digits of
 * Suricata's {@code http.stat_code} buffer ({@code >= 400} → {@code ^(?:[4-9]\d\d)$}).
 */
final class StatusCodes {
    private StatusCodes() {
    }

    /** The regex for codes 100..999 satisfying {@code code op n}, or null for none. */
    static String regex(Typed.Op op, long n) {
        boolean[] in = new boolean[1000];
        boolean any = false;
        for (int c = 100; c <= 999; c++) {
            in[c] = switch (op) {
                case EQ -> c == n;
                case NE -> c != n;
                case GT -> c > n;
                case GE -> c >= n;
                case LT -> c < n;
                case LE -> c <= n;
            };
            any |= in[c];
        }
        if (!any) {
            return null;
        }
        StringBuilder alt = new StringBuilder();
        for (int h = 1; h <= 9; h++) {
            if (all(in, h * 100, h * 100 + 99)) {
                add(alt, h + "\\d\\d");
                continue;
            }
            for (int t = 0; t <= 9; t++) {
                int base = h * 100 + t * 10;
                if (all(in, base, base + 9)) {
                    add(alt, "" + h + t + "\\d");
                } else {
                    for (int u = 0; u <= 9; u++) {
                        if (in[base + u]) {
                            add(alt, Integer.toString(base + u));
                        }
                    }
                }
            }
        }
        return "^(?:" + alt + ")$";
    }

    private static boolean all(boolean[] in, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!in[i]) {
                return false;
            }
        }
        return true;
    }

    private static void add(StringBuilder sb, String s) {
        if (!sb.isEmpty()) {
            sb.append('|');
        }
        sb.append(s);
    }
}
