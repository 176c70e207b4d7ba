package io.sharkfin.filter.runtime;

/**
 * The pieces of PCRE2 pattern syntax that a walk over a pattern must step over whole, so that
 * what is inside them is not read as pattern: an escape ({@code \Q…\E}, {@code \x{…}} and kin
 * included) and a POSIX class ({@code [:alpha:]}) inside brackets. Shared by the rewriting of end
 * anchors ({@link PcreAnchors}) and the check of class ranges (filter.check's ClassRanges).
 */
public final class PcreSyntax {
    private PcreSyntax() {
    }

    /** The index after the escape whose backslash is at {@code i} (the pattern's end for an unended {@code \Q}). */
    public static int afterEscape(String p, int i) {
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

    /** The index after the POSIX class starting at {@code i} inside brackets, or -1 when none starts there. */
    public static int afterPosixClass(String p, int i) {
        if (!p.startsWith("[:", i)) {
            return -1;
        }
        int close = p.indexOf(":]", i + 2);
        return close < 0 ? -1 : close + 2;
    }
}
