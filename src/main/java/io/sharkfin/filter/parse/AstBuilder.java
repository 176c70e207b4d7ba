package io.sharkfin.filter.parse;

import io.sharkfin.filter.grammar.DisplayFilterParser.EntityArithContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.MembershipTailContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.RelationTailContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.SearchTailContext;
import io.sharkfin.filter.syntax.Expr;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.ParseTreeListener;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Follows the parser as it runs and does, at the moment lemon would, what lemon does besides
 * shifting and reducing: this is what makes the first error the same as tshark's. At each
 * consumed token, the parser-stack check ({@link ParserStackGuard}) and the reduce actions that
 * can fail ({@link ReduceActions}); at each finished rule, the tree ({@link TreeAssembler}).
 */
final class AstBuilder implements ParseTreeListener {

    private final Parser parser;
    private final String text;
    private final ParserStackGuard stackGuard;
    private final ReduceActions actions;
    private final TreeAssembler assembler;
    /** Set once the parse fails: ANTLR still reports the exits of the unfinished rules. */
    private boolean aborted;

    AstBuilder(Parser parser, String text, NameResolver names) {
        this.parser = parser;
        this.text = text;
        this.stackGuard = new ParserStackGuard(text);
        ParseValues values = new ParseValues();
        this.actions = new ReduceActions(parser, text, names, values);
        this.assembler = new TreeAssembler(values, actions);
    }

    /** Stops building: the parse is failing and the rules left now are unfinished. */
    void abort() {
        aborted = true;
    }

    /** The filter's tree; null for an empty filter. */
    Expr root() {
        return assembler.root();
    }

    @Override
    public void visitTerminal(TerminalNode node) {
        if (aborted || node.getSymbol().getType() == Token.EOF) {
            return;
        }
        try {
            stackGuard.onShift(node);
            actions.afterShift(node);
        } catch (ParseAbort e) {
            aborted = true;
            throw e;
        }
    }

    @Override
    public void enterEveryRule(ParserRuleContext ctx) {
        if (!aborted && (ctx instanceof SearchTailContext || ctx instanceof MembershipTailContext)) {
            requireEntityOperand((RelationTailContext) ctx.getParent());
        }
    }

    /**
     * lemon's {@code contains}, {@code matches} and {@code in} take an entity on the left; after
     * an arithmetic expression the operator itself is the unexpected token.
     */
    private void requireEntityOperand(RelationTailContext tail) {
        ParserRuleContext relation = tail.getParent();
        ParseTree left = relation.getChild(relation.getChildCount() - 2);
        if (!(left instanceof EntityArithContext)) {
            aborted = true;
            throw new ParseAbort(SyntaxErrors.unexpected(parser.getCurrentToken(), text));
        }
    }

    @Override
    public void exitEveryRule(ParserRuleContext ctx) {
        if (!aborted) {
            assembler.exit(ctx);
        }
    }

    @Override
    public void visitErrorNode(ErrorNode node) {
        // the error strategy never recovers, so no error node is ever built
    }
}
