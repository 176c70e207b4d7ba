package io.sharkfin.filter.runtime;

import java.util.regex.Pattern;

/**
 * Gives RE2 patterns PCRE's end anchors. Wireshark compiles {@code matches} patterns with PCRE2,
 * where {@code $} (outside multi-line mode) and {@code \Z} match at the end of the value <em>or
 * before a newline that ends it</em>; RE2's {@code $} matches only at the very end and it has no
 * {@code \Z}. Values such as {@code http.request.line} end in {@code "\r\n"}, so
 * {@code "\r$"} would select nothing without this.
 *
 * <p>An anchor that ends an alternative (last in the pattern, or before {@code )} or {@code |})
 * becomes {@code (?:\n?\z)}: it may consume the final newline, which cannot change whether the
 * pattern is found since nothing follows it in that alternative. A {@code $} followed by more
 * pattern, rare in practice, keeps RE2's meaning.
 */
final class PcreAnchors {
    private static final String END = "(?:\\n?\\z)";
    /** An inline flag group turning multi-line mode on, where $ means end of line in both. */
    private static final Pattern MULTILINE = Pattern.compile("\\(\\?[a-zA-Z]*m");

    private PcreAnchors() {
    }

    /** The pattern with its end anchors rewritten (the same string when it has none). */
    static String translate(String p) {
        if (p.indexOf('$') < 0 && !p.contains("\\Z")) {
            return p;
        }
        boolean multiline = MULTILINE.matcher(p).find();
        StringBuilder out = new StringBuilder(p.length() + 16);
        boolean inClass = false;
        int n = p.length();
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            if (c == '\\' && i + 1 < n) {
                if (p.charAt(i + 1) == 'Z' && !inClass && !multiline && endsAlternative(p, i + 2)) {
                    out.append(END);
                    i++;
                } else {
                    // an escape, \Q...\E literal text included, is copied through untouched
                    int stop = PcreSyntax.afterEscape(p, i);
                    out.append(p, i, stop);
                    i = stop - 1;
                }
                continue;
            }
            if (inClass) {
                int posix = PcreSyntax.afterPosixClass(p, i);
                if (posix > 0) {
                    // a POSIX class [:alpha:] inside brackets: its ']' does not close the set
                    out.append(p, i, posix);
                    i = posix - 1;
                    continue;
                }
                inClass = c != ']';
                out.append(c);
                continue;
            }
            if (c == '[') {
                inClass = true;
                out.append(c);
                // a ']' right after '[' or '[^' is a literal member, not the end of the set
                if (i + 1 < n && p.charAt(i + 1) == '^') {
                    out.append('^');
                    i++;
                }
                if (i + 1 < n && p.charAt(i + 1) == ']') {
                    out.append(']');
                    i++;
                }
                continue;
            }
            if (c == '$' && !multiline && endsAlternative(p, i + 1)) {
                out.append(END);
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean endsAlternative(String p, int at) {
        return at >= p.length() || p.charAt(at) == ')' || p.charAt(at) == '|';
    }
}
