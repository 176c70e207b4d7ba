package io.sharkfin.filter.syntax;

import io.sharkfin.filter.Span;

/**
 * The syntax tree of a filter as parsed, before names and literals are checked against the field
 * registry (Wireshark's {@code stnode_t} after the grammar, before {@code semcheck}).
 *
 * <p>Two families: {@link Expr} (tests: logic and relations) and {@link Operand} (things tested
 * or compared: fields, literals, slices, function calls, arithmetic). Every node keeps the span
 * of text it came from, for error messages.
 */
public sealed interface Node permits Expr, Operand {
    Span span();
}
