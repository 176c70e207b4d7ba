package io.sharkfin.filter.check;

/**
 * PCRE2's refusal of a range in a character class whose end is itself a class ({@code [\d-z]},
 * {@code [a-\w]}, {@code [[:alpha:]-z]}): RE2 takes the {@code -} for a literal there and would
 * run a filter tshark refuses with "invalid range in character class". A {@code -} first, last or
 * right after a range stays literal in both.
 */
final class ClassRanges {
    private ClassRanges() {
    }

    /** Whether {@code pattern} has such a range (PCRE2 syntax: escapes, {@code \Q…\E}, POSIX classes). */
    static boolean hasRangeOfAClass(String pattern) {
        int n = pattern.length();
        int i = 0;
        while (i < n) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i = afterEscape(pattern, i);
            } else if (c == '[') {
                int end = scanClass(pattern, i + 1);
                if (end < 0) {
                    return true;
                }
                i = end;
            } else {
                i++;
            }
        }
        return false;
    }

    /**
     * Scans a class from just after its {@code [}; returns the index after its {@code ]}, or -1
     * when a range has a class for an end. An unterminated class is left to the engine's message.
     */
    private static int scanClass(String p, int i) {
        int n = p.length();
        if (i < n && p.charAt(i) == '^') {
            i++;
        }
        // what the previous item was: a class, or a literal that may start a range (neither at first)
        boolean prevIsClass = false;
        boolean prevCanStartRange = false;
        if (i < n && p.charAt(i) == ']') {
            i++; // a ']' first is a literal
            prevCanStartRange = true;
        }
        while (i < n) {
            char c = p.charAt(i);
            if (c == ']') {
                return i + 1;
            }
            if (c == '-' && (prevIsClass || prevCanStartRange) && i + 1 < n && p.charAt(i + 1) != ']') {
                int next = i + 1;
                boolean nextIsClass = isClassItem(p, next);
                if (prevIsClass || nextIsClass) {
                    return -1;
                }
                i = afterItem(p, next);
                prevIsClass = false;
                prevCanStartRange = false; // [a-c-e]: the second '-' is literal
                continue;
            }
            prevIsClass = isClassItem(p, i);
            prevCanStartRange = !prevIsClass;
            i = afterItem(p, i);
        }
        return n;
    }

    /** Whether the class item at {@code i} stands for a set: {@code \d \w \s \h \v} (either case), {@code \p}, POSIX. */
    private static boolean isClassItem(String p, int i) {
        if (p.startsWith("[:", i)) {
            return p.indexOf(":]", i + 2) > 0;
        }
        return p.charAt(i) == '\\' && i + 1 < p.length() && "dDwWsShHvVpP".indexOf(p.charAt(i + 1)) >= 0;
    }

    /** The index after the class item at {@code i}. */
    private static int afterItem(String p, int i) {
        if (p.startsWith("[:", i)) {
            int close = p.indexOf(":]", i + 2);
            if (close > 0) {
                return close + 2;
            }
        }
        return p.charAt(i) == '\\' ? afterEscape(p, i) : i + 1;
    }

    /** The index after the escape at {@code i} ({@code \x{…}}, {@code \p{…}}, {@code \Q…\E} whole). */
    private static int afterEscape(String p, int i) {
        int n = p.length();
        if (i + 1 >= n) {
            return n;
        }
        char e = p.charAt(i + 1);
        if (e == 'Q') {
            int end = p.indexOf("\\E", i + 2);
            return end < 0 ? n : end + 2;
        }
        if ((e == 'x' || e == 'p' || e == 'P' || e == 'o') && i + 2 < n && p.charAt(i + 2) == '{') {
            int close = p.indexOf('}', i + 3);
            return close < 0 ? n : close + 1;
        }
        return i + 2;
    }
}
