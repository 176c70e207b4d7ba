package io.sharkfin.filter.check;

import io.sharkfin.filter.runtime.PcreSyntax;

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
                i = PcreSyntax.afterEscape(pattern, i);
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
        return PcreSyntax.afterPosixClass(p, i) > 0
                || p.charAt(i) == '\\' && i + 1 < p.length() && "dDwWsShHvVpP".indexOf(p.charAt(i + 1)) >= 0;
    }

    /** The index after the class item at {@code i}. */
    private static int afterItem(String p, int i) {
        int posix = PcreSyntax.afterPosixClass(p, i);
        return posix > 0 ? posix : p.charAt(i) == '\\' ? PcreSyntax.afterEscape(p, i) : i + 1;
    }
}
