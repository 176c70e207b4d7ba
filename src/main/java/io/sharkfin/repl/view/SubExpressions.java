package io.sharkfin.repl.view;

import io.sharkfin.filter.Span;
import io.sharkfin.filter.syntax.Expr;
import io.sharkfin.filter.syntax.Node;
import io.sharkfin.filter.syntax.Operand;

import java.util.ArrayList;
import java.util.List;

/**
 * The sub-expressions of a parsed filter as text that compiles on its own: each test of the
 * syntax tree ({@code and}, {@code or}, {@code not}, relations, tests) with the stretch of the
 * filter it covers.
 *
 * <p>The parser locates a node at its operator ({@code &&}, {@code ==}) or name, so a node's text
 * is the union of its own span and its children's, widened to take in what the parser does not
 * locate: a slice's brackets, a call's parentheses, a set's closing brace, and parentheses left
 * open.
 */
public final class SubExpressions {

    /** What kind of test a node is. */
    public enum Kind {
        AND, OR, NOT, TEST
    }

    /** A sub-expression and its own sub-expressions. */
    public record Part(Kind kind, String text, List<Part> children) {
    }

    private final String text;

    private SubExpressions(String text) {
        this.text = text;
    }

    /**
     * The tree of parts of a parsed filter.
     *
     * @param root the parsed tree
     * @param text the expanded filter text its spans refer to
     */
    public static Part of(Expr root, String text) {
        return new SubExpressions(text).part(root);
    }

    private Part part(Expr e) {
        return switch (e) {
            case Expr.And a -> new Part(Kind.AND, textOf(e), List.of(part(a.left()), part(a.right())));
            case Expr.Or o -> new Part(Kind.OR, textOf(e), List.of(part(o.left()), part(o.right())));
            // "f not in {...}" is a Not around an In of the same text: one part, it has no other
            case Expr.Not n when n.operand() instanceof Expr.In && textOf(e).equals(textOf(n.operand())) ->
                    new Part(Kind.TEST, textOf(e), List.of());
            case Expr.Not n -> new Part(Kind.NOT, textOf(e), List.of(part(n.operand())));
            default -> new Part(Kind.TEST, textOf(e), List.of());
        };
    }

    private String textOf(Node n) {
        Span s = extent(n);
        if (!s.isKnown()) {
            return text.strip();
        }
        int start = Math.max(0, s.start());
        int end = Math.min(text.length(), s.end());
        end = takeSuffixes(end);
        int[] widened = balance(start, end);
        return text.substring(widened[0], widened[1]).strip();
    }

    private static Span extent(Node n) {
        Span s = n.span();
        for (Node c : children(n)) {
            s = s.union(extent(c));
        }
        return s;
    }

    private static List<Node> children(Node n) {
        List<Node> out = new ArrayList<>();
        switch (n) {
            case Expr.And a -> { out.add(a.left()); out.add(a.right()); }
            case Expr.Or o -> { out.add(o.left()); out.add(o.right()); }
            case Expr.Not x -> out.add(x.operand());
            case Expr.Relation r -> { out.add(r.left()); out.add(r.right()); }
            case Expr.In in -> {
                out.add(in.left());
                for (Expr.SetElement el : in.elements()) {
                    out.add(el.low());
                    if (el.high() != null) {
                        out.add(el.high());
                    }
                }
            }
            case Expr.Test t -> out.add(t.operand());
            case Operand.Slice s -> out.add(s.entity());
            case Operand.Call c -> out.addAll(c.args());
            case Operand.Arith a -> {
                out.add(a.left());
                if (a.right() != null) {
                    out.add(a.right());
                }
            }
            default -> { }
        }
        return out;
    }

    /** Takes in slices, call arguments and layers that directly follow {@code end}. */
    private int takeSuffixes(int end) {
        while (true) {
            int i = end;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            if (i >= text.length()) {
                return end;
            }
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                int close = matching(i);
                if (close < 0) {
                    return end;
                }
                end = close + 1;
            } else if (c == '#' && i == end) {
                int j = i + 1;
                if (j < text.length() && text.charAt(j) == '[') {
                    int close = matching(j);
                    if (close < 0) {
                        return end;
                    }
                    end = close + 1;
                } else {
                    while (j < text.length() && Character.isDigit(text.charAt(j))) {
                        j++;
                    }
                    end = j;
                }
            } else {
                return end;
            }
        }
    }

    /** The index of the bracket closing the one at {@code open}, or -1. */
    private int matching(int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            i = skipQuoted(i);
            if (i >= text.length()) {
                break;
            }
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (--depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Widens {@code [start, end)} until its brackets balance. */
    private int[] balance(int start, int end) {
        for (int guard = 0; guard < text.length(); guard++) {
            int open = 0;
            int unmatchedClose = 0;
            for (int i = start; i < end; i++) {
                i = skipQuoted(i);
                if (i >= end) {
                    break;
                }
                char c = text.charAt(i);
                if (c == '(' || c == '[' || c == '{') {
                    open++;
                } else if (c == ')' || c == ']' || c == '}') {
                    if (open > 0) {
                        open--;
                    } else {
                        unmatchedClose++;
                    }
                }
            }
            if (open == 0 && unmatchedClose == 0) {
                break;
            }
            boolean moved = false;
            if (open > 0) {
                int j = end;
                while (j < text.length() && ")]}".indexOf(text.charAt(j)) < 0) {
                    j++;
                }
                if (j < text.length()) {
                    end = j + 1;
                    moved = true;
                }
            }
            if (unmatchedClose > 0) {
                int j = start - 1;
                while (j >= 0 && "([{".indexOf(text.charAt(j)) < 0) {
                    j--;
                }
                if (j >= 0) {
                    start = j;
                    moved = true;
                }
            }
            if (!moved) {
                break;
            }
        }
        return new int[] {start, end};
    }

    /** If {@code i} opens a quoted string, the index of its closing quote (or the end); else {@code i}. */
    private int skipQuoted(int i) {
        char q = text.charAt(i);
        if (q != '"' && q != '\'') {
            return i;
        }
        for (int j = i + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == q) {
                return j;
            }
        }
        return text.length();
    }
}
