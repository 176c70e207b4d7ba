package io.sharkfin.filter.parse;

import io.sharkfin.filter.FilterException;
import io.sharkfin.filter.grammar.DisplayFilterParser.FunctionParamsContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.RangeNodeListContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.SetListContext;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Wireshark 4.0's parser has a fixed stack of {@value #STACK_DEPTH} entries (lemon's default
 * {@code YYSTACKDEPTH}); deeper filters overflow it and 4.0 then misparses them (a syntax error
 * at a later token, or even an empty filter). This guard rejects such filters at the token that
 * overflows, with a clear message, so that what compiles here is exactly what 4.0 compiles
 * correctly: at most 97 nested parentheses, 98 {@code not}s, and so on. It also bounds the
 * recursion of the ANTLR parser, so that no input can exhaust the Java stack.
 *
 * <p>An LR parser's stack holds, when it shifts a token, one entry at the bottom plus the
 * already-reduced left siblings of every node on the path from the root to that token, plus the
 * token. The grammar is written so that each child of a parse-tree node is one symbol of the
 * matching lemon production (lists aside), so the depth can be read off the partial parse tree.
 */
final class ParserStackGuard {

    /** Entries of Wireshark's parser stack, the bottom entry included. */
    static final int STACK_DEPTH = 100;

    private final String text;

    ParserStackGuard(String text) {
        this.text = text;
    }

    /** Called as the parser consumes a token (lemon's shift). */
    void onShift(TerminalNode node) {
        if (depthAfterShift(node) > STACK_DEPTH) {
            FilterToken t = (FilterToken) node.getSymbol();
            throw new ParseAbort(new FilterException("Filter nesting is too deep (Wireshark's parser stack holds at most "
                    + STACK_DEPTH + " symbols).", text, t.span()));
        }
    }

    /** Entries on lemon's stack once this token is shifted. */
    static int depthAfterShift(TerminalNode node) {
        int depth = 2; // the bottom entry and the token itself
        ParseTree child = node;
        ParserRuleContext ctx = (ParserRuleContext) node.getParent();
        while (ctx != null) {
            int before = ctx.getChildCount();
            // a rule still being parsed may not be attached to its parent yet (left recursion)
            if (before > 0 && ctx.getChild(before - 1) == child) {
                before--;
            }
            depth += isList(ctx) ? reducedListSymbols(before) : before;
            child = ctx;
            ctx = ctx.getParent();
        }
        return depth;
    }

    /** Lists the grammar writes as loops ({@code x (COMMA x)*}) where lemon is left-recursive. */
    private static boolean isList(ParserRuleContext ctx) {
        return ctx instanceof SetListContext || ctx instanceof FunctionParamsContext
                || ctx instanceof RangeNodeListContext;
    }

    /**
     * What lemon holds for a list's first {@code before} children: nothing before the first
     * element, the reduced list before a comma, the list and the comma before a later element.
     */
    private static int reducedListSymbols(int before) {
        if (before == 0) {
            return 0;
        }
        return before % 2 == 1 ? 1 : 2;
    }
}
