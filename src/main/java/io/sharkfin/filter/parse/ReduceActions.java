package io.sharkfin.filter.parse;

import io.sharkfin.filter.FilterException;
import io.sharkfin.filter.Span;
import io.sharkfin.filter.check.NameSuggestions;
import io.sharkfin.filter.grammar.DisplayFilterLexer;
import io.sharkfin.filter.grammar.DisplayFilterParser.LayerContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.NameEntityContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.ReferenceEntityContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.ReferenceTargetContext;
import io.sharkfin.filter.syntax.LayerRange;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.util.function.Supplier;

/**
 * The reduce actions of grammar.lemon that look at names or numbers and can fail: an unknown
 * function, a bad slice or layer range, an unknown word before a layer or in a reference. Also
 * lemon's list reductions ({@code set_list ::= set_list COMMA set_element} and the like), which
 * hand a finished element to its list.
 *
 * <p>lemon reduces a production when the token after it arrives, after the scanner has read that
 * token; so these run when the production's last token has been consumed and the parser holds
 * the next one, and if that next token is a scanner error, the scanner error wins.
 */
final class ReduceActions {

    private final Parser parser;
    private final String text;
    private final NameResolver names;
    private final ParseValues values;

    ReduceActions(Parser parser, String text, NameResolver names, ParseValues values) {
        this.parser = parser;
        this.text = text;
        this.names = names;
        this.values = values;
    }

    /** Runs what completing a production at this (just consumed) token does in lemon. */
    void afterShift(TerminalNode node) {
        Token t = node.getSymbol();
        ParseTree parent = node.getParent();
        switch (t.getType()) {
            case DisplayFilterLexer.RANGE_NODE -> reduceRangeNode(node);
            case DisplayFilterLexer.INTEGER -> {
                reduceLayerNumber(node);
                reduceLayeredName((LayerContext) parent);
            }
            case DisplayFilterLexer.RBRACKET -> {
                if (parent instanceof LayerContext layer) {
                    reduceLayeredName(layer);
                }
            }
            case DisplayFilterLexer.RPAREN -> {
                if (parent instanceof NameEntityContext call) {
                    reduceFunction(call);
                }
            }
            case DisplayFilterLexer.RBRACE -> {
                if (parent instanceof ReferenceEntityContext ref) {
                    reduceReference(ref.referenceTarget());
                }
            }
            case DisplayFilterLexer.COMMA -> {
                if (ParseValues.isList(parent)) {
                    ParserRuleContext list = (ParserRuleContext) parent;
                    values.collect(list, list.getChild(list.getChildCount() - 2));
                }
            }
            default -> {
                // no action
            }
        }
    }

    private void reduceRangeNode(TerminalNode node) {
        FilterToken t = token(node);
        try {
            LayerRange range = RangeNodeParser.parse(t.getText());
            values.store(node, range);
        } catch (RangeNodeParser.InvalidRangeException e) {
            throw actionError(e.getMessage(), t.span());
        }
    }

    /** {@code #n}: a one-element layer range. */
    private void reduceLayerNumber(TerminalNode node) {
        reduceRangeNode(node);
    }

    /** {@code name#...} and {@code ${name#...}}: the bare word before a layer must be a name. */
    private void reduceLayeredName(LayerContext layer) {
        ParserRuleContext owner = layer.getParent();
        if (owner instanceof NameEntityContext entity) {
            resolveStrictly(entity.UNPARSED());
        } else if (owner instanceof ReferenceTargetContext target
                && target.name.getType() == DisplayFilterLexer.UNPARSED) {
            resolveStrictly((TerminalNode) target.getChild(0));
        }
    }

    /** {@code ${name}}: the name must resolve (a layered one was checked with its layer). */
    private void reduceReference(ReferenceTargetContext target) {
        if (target.name.getType() == DisplayFilterLexer.UNPARSED && target.layer() == null) {
            resolveStrictly((TerminalNode) target.getChild(0));
        }
    }

    private void resolveStrictly(TerminalNode nameNode) {
        FilterToken t = token(nameNode);
        ResolvedName resolved = names.resolve(t.getText(), grammarOrder());
        if (resolved == null) {
            throw actionError(t.getText() + " is not a valid field", t.span());
        }
        values.store(nameNode, resolved);
    }

    private void reduceFunction(NameEntityContext call) {
        FilterToken name = token(call.UNPARSED());
        String word = name.getText();
        if (DisplayFilterFunctions.lookup(word).isEmpty()) {
            throw actionError("Function '" + word + "' does not exist", name.span(),
                    () -> NameSuggestions.hint(word, DisplayFilterFunctions.names()));
        }
    }

    /**
     * An error of a reduce action. lemon reduces only once it holds the next token, so a scanner
     * error on that token comes first.
     */
    private ParseAbort actionError(String message, Span span) {
        return actionError(message, span, null);
    }

    /** {@link #actionError}, with a hint for when this error (not the scanner's) is the one. */
    private ParseAbort actionError(String message, Span span, Supplier<String> hint) {
        FilterToken lookahead = (FilterToken) parser.getCurrentToken();
        if (lookahead.isError()) {
            return new ParseAbort(lookahead.error());
        }
        FilterException e = new FilterException(message, text, span);
        return new ParseAbort(hint == null ? e : e.withHint(hint));
    }

    /**
     * {@code entity ::= UNPARSED}: a word is a field when the registry knows it (an alias is
     * noted as deprecated), else null and the word stays a literal.
     */
    ResolvedName resolveWord(String word) {
        return names.resolve(word, grammarOrder());
    }

    /** Where a notice recorded by the current reduction goes among the scanner's notices. */
    private long grammarOrder() {
        return 2L * parser.getCurrentToken().getTokenIndex() + 1;
    }

    private static FilterToken token(TerminalNode node) {
        return (FilterToken) node.getSymbol();
    }
}
