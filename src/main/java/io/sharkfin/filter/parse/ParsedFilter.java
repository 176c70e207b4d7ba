package io.sharkfin.filter.parse;

import io.sharkfin.filter.syntax.Expr;

import java.util.List;

/**
 * A filter that parsed: its syntax tree, the text after macro expansion (the text every
 * {@link io.sharkfin.filter.Span} refers to), and the deprecated tokens it used, as Wireshark
 * records them ({@code "bootp"}, or the sentence about {@code ~=}).
 *
 * @param root             the tree, or null for an empty or blank filter (which matches everything)
 * @param expandedText     the filter text after macro expansion
 * @param deprecatedTokens deprecated tokens in the order Wireshark lists them
 */
public record ParsedFilter(Expr root, String expandedText, List<String> deprecatedTokens) {

    public ParsedFilter {
        deprecatedTokens = List.copyOf(deprecatedTokens);
    }

    /** Whether the filter is empty (no test at all). */
    public boolean isEmpty() {
        return root == null;
    }
}
