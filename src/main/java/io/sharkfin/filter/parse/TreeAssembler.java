package io.sharkfin.filter.parse;

import io.sharkfin.filter.Span;
import io.sharkfin.filter.grammar.DisplayFilterLexer;
import io.sharkfin.filter.grammar.DisplayFilterParser.AndExprContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.BinaryArithContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.CharEntityContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.ComparisonTailContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.EntityArithContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.FieldEntityContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.FunctionParamsContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.GroupArithContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.LayerContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.LiteralEntityContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.MembershipTailContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.NameEntityContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.NotExprContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.OrExprContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.ParenExprContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.PlainExprContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.QuantifiedExprContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.RangeNodeListContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.RawFieldEntityContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.ReferenceEntityContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.ReferenceTargetContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.RelationTailContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.SentenceContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.SetContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.SetElementContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.SetEntityContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.SetListContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.SliceEntityContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.StringEntityContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.UnaryMinusArithContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.UnaryPlusArithContext;
import io.sharkfin.filter.syntax.Expr;
import io.sharkfin.filter.syntax.LayerRange;
import io.sharkfin.filter.syntax.Operand;
import io.sharkfin.filter.syntax.RelOp;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the syntax tree together bottom-up as rules finish (post-order, like lemon's reduce
 * actions), taking each child's value from {@link ParseValues}; nothing recurses, so a long
 * {@code and} chain or a 100,000-element set is built in constant stack.
 */
final class TreeAssembler {

    private final ParseValues values;
    private final ReduceActions actions;
    private Expr root;

    TreeAssembler(ParseValues values, ReduceActions actions) {
        this.values = values;
        this.actions = actions;
    }

    /** The filter's tree once the sentence is finished; null for an empty filter. */
    Expr root() {
        return root;
    }

    /** Builds the value of a rule that just finished, from its children's values. */
    void exit(ParserRuleContext ctx) {
        Object value = switch (ctx) {
            case SentenceContext c -> {
                root = c.expr() == null ? null : expr(c.expr());
                yield null;
            }
            case NotExprContext c -> new Expr.Not(expr(c.expr()), span(c.TEST_NOT()));
            case AndExprContext c -> new Expr.And(expr(c.expr(0)), expr(c.expr(1)), span(c.TEST_AND()));
            case OrExprContext c -> new Expr.Or(expr(c.expr(0)), expr(c.expr(1)), span(c.TEST_OR()));
            case ParenExprContext c -> expr(c.expr());
            case QuantifiedExprContext c -> relation(operand(c.arith()), c.relationTail(),
                    c.quantifier.getType() == DisplayFilterLexer.ANY ? Expr.Quantifier.ANY : Expr.Quantifier.ALL);
            case PlainExprContext c -> {
                Operand left = operand(c.arith());
                yield c.relationTail() == null ? new Expr.Test(left, left.span())
                        : relation(left, c.relationTail(), Expr.Quantifier.DEFAULT);
            }
            case SetContext c -> values.take(c.setList());
            case SetListContext c -> values.takeList(c);
            case SetElementContext c -> new Expr.SetElement(operand(c.setEntity(0)),
                    c.setEntity().size() > 1 ? operand(c.setEntity(1)) : null);
            case SetEntityContext c -> c.sign != null && c.sign.getType() == DisplayFilterLexer.MINUS
                    ? new Operand.Arith(Operand.ArithOp.UNARY_MINUS, operand(c.entity()), null, span(c.sign))
                    : operand(c.entity());
            case UnaryMinusArithContext c ->
                    new Operand.Arith(Operand.ArithOp.UNARY_MINUS, operand(c.entity()), null, span(c.MINUS()));
            case UnaryPlusArithContext c -> operand(c.entity());
            case GroupArithContext c -> operand(c.arith());
            case EntityArithContext c -> operand(c.entity());
            case BinaryArithContext c -> new Operand.Arith(arithOp(c.op), operand(c.arith(0)),
                    operand(c.arith(1)), span(c.op));
            case SliceEntityContext c -> new Operand.Slice(operand(c.entity()), values.take(c.rangeNodeList()), Span.NONE);
            case StringEntityContext c -> {
                FilterToken t = token(c.STRING());
                ScannerTokenSource.StringValue v = (ScannerTokenSource.StringValue) t.value();
                yield new Operand.Str(v.bytes(), t.displayText(), v.raw(), t.span());
            }
            case CharEntityContext c -> {
                FilterToken t = token(c.CHARCONST());
                yield new Operand.CharConst((Long) t.value(), t.displayText(), t.span());
            }
            case LiteralEntityContext c -> {
                FilterToken t = token(c.LITERAL());
                yield new Operand.Literal(t.getText(), true, t.span());
            }
            case NameEntityContext c -> nameEntity(c);
            case FieldEntityContext c -> field(c.FIELD(), (ResolvedName) token(c.FIELD()).value(), c.layer(), false);
            case RawFieldEntityContext c ->
                    field(c.RAW_FIELD(), (ResolvedName) token(c.RAW_FIELD()).value(), c.layer(), true);
            case ReferenceEntityContext c -> reference(c.referenceTarget());
            case LayerContext c -> c.INTEGER() != null ? List.of((LayerRange) values.take(c.INTEGER()))
                    : values.take(c.rangeNodeList());
            case RangeNodeListContext c -> values.takeList(c);
            case FunctionParamsContext c -> values.takeList(c);
            default -> null; // tails, operators and targets are read by their parents
        };
        if (value != null) {
            values.store(ctx, value);
        }
    }

    private Operand nameEntity(NameEntityContext c) {
        TerminalNode nameNode = c.UNPARSED();
        FilterToken name = token(nameNode);
        if (c.LPAREN() != null) {
            List<Operand> args = c.functionParams() == null ? List.of() : values.take(c.functionParams());
            return new Operand.Call(name.getText(), args, name.span());
        }
        if (c.layer() != null) {
            return field(nameNode, (ResolvedName) values.take(nameNode), c.layer(), false);
        }
        ResolvedName resolved = actions.resolveWord(name.getText());
        if (resolved == null) {
            return new Operand.Literal(name.getText(), false, name.span());
        }
        return field(nameNode, resolved, null, false);
    }

    private Operand.Field field(TerminalNode nameNode, ResolvedName resolved, LayerContext layer, boolean raw) {
        FilterToken t = token(nameNode);
        List<LayerRange> layers = layer == null ? List.of() : values.take(layer);
        return new Operand.Field(resolved.field().name(), layers, raw, t.getText(), resolved.viaAlias(), t.span());
    }

    private Operand.Reference reference(ReferenceTargetContext target) {
        TerminalNode nameNode = (TerminalNode) target.getChild(0);
        FilterToken t = token(nameNode);
        ResolvedName resolved = t.value() != null ? (ResolvedName) t.value() : (ResolvedName) values.take(nameNode);
        List<LayerRange> layers = target.layer() == null ? List.of() : values.take(target.layer());
        boolean raw = target.name.getType() == DisplayFilterLexer.RAW_FIELD;
        return new Operand.Reference(resolved.field().name(), layers, raw, t.span());
    }

    /** The relation (or chain, or set test) after a first operand. */
    private Expr relation(Operand left, RelationTailContext tail, Expr.Quantifier quantifier) {
        if (tail.searchTail() != null) {
            Token op = tail.searchTail().op;
            RelOp relOp = op.getType() == DisplayFilterLexer.TEST_CONTAINS ? RelOp.CONTAINS : RelOp.MATCHES;
            return new Expr.Relation(left, relOp, operand(tail.searchTail().entity()), quantifier, span(op));
        }
        if (tail.membershipTail() != null) {
            MembershipTailContext m = tail.membershipTail();
            List<Expr.SetElement> elements = values.take(m.set());
            if (m.TEST_NOT() == null) {
                return new Expr.In(left, elements, quantifier, span(m.TEST_IN()));
            }
            // lemon puts any/all on the "not", where nothing reads it
            return new Expr.Not(new Expr.In(left, elements, Expr.Quantifier.DEFAULT, span(m.TEST_IN())),
                    span(m.TEST_NOT()));
        }
        return comparisonChain(left, tail.comparisonTail(), quantifier);
    }

    /**
     * {@code a < b <= c} is {@code (a < b) and (b <= c)}, nested to the right as lemon builds it;
     * lemon puts any/all on the "and" of a chain, where nothing reads it.
     */
    private Expr comparisonChain(Operand first, ComparisonTailContext tail, Expr.Quantifier quantifier) {
        List<Operand> operands = new ArrayList<>();
        List<Token> ops = new ArrayList<>();
        operands.add(first);
        for (ComparisonTailContext c = tail; c != null; c = c.comparisonTail()) {
            ops.add(c.cmpOp().getStart());
            operands.add(operand(c.arith()));
        }
        int last = ops.size() - 1;
        if (last == 0) {
            return comparison(operands.get(0), ops.get(0), operands.get(1), quantifier);
        }
        Expr chain = comparison(operands.get(last), ops.get(last), operands.get(last + 1), Expr.Quantifier.DEFAULT);
        for (int i = last - 1; i >= 0; i--) {
            Expr link = comparison(operands.get(i), ops.get(i), operands.get(i + 1), Expr.Quantifier.DEFAULT);
            chain = new Expr.And(link, chain, Span.NONE);
        }
        return chain;
    }

    private Expr.Relation comparison(Operand left, Token op, Operand right, Expr.Quantifier quantifier) {
        RelOp relOp = switch (op.getType()) {
            case DisplayFilterLexer.TEST_ANY_EQ -> RelOp.ANY_EQ;
            case DisplayFilterLexer.TEST_ALL_NE -> RelOp.ALL_NE;
            case DisplayFilterLexer.TEST_ALL_EQ -> RelOp.ALL_EQ;
            case DisplayFilterLexer.TEST_ANY_NE -> RelOp.ANY_NE;
            case DisplayFilterLexer.TEST_GT -> RelOp.GT;
            case DisplayFilterLexer.TEST_GE -> RelOp.GE;
            case DisplayFilterLexer.TEST_LT -> RelOp.LT;
            case DisplayFilterLexer.TEST_LE -> RelOp.LE;
            default -> throw new IllegalStateException("not a comparison: " + op);
        };
        return new Expr.Relation(left, relOp, right, quantifier, span(op));
    }

    private static Operand.ArithOp arithOp(Token op) {
        return switch (op.getType()) {
            case DisplayFilterLexer.STAR -> Operand.ArithOp.MULTIPLY;
            case DisplayFilterLexer.RSLASH -> Operand.ArithOp.DIVIDE;
            case DisplayFilterLexer.PERCENT -> Operand.ArithOp.MODULO;
            case DisplayFilterLexer.PLUS -> Operand.ArithOp.ADD;
            case DisplayFilterLexer.MINUS -> Operand.ArithOp.SUBTRACT;
            case DisplayFilterLexer.BITWISE_AND -> Operand.ArithOp.BITWISE_AND;
            default -> throw new IllegalStateException("not an arithmetic operator: " + op);
        };
    }

    private Expr expr(ParseTree ctx) {
        return values.take(ctx);
    }

    private Operand operand(ParseTree ctx) {
        return values.take(ctx);
    }

    private static FilterToken token(TerminalNode node) {
        return (FilterToken) node.getSymbol();
    }

    private static Span span(TerminalNode node) {
        return token(node).span();
    }

    private static Span span(Token t) {
        return ((FilterToken) t).span();
    }
}
