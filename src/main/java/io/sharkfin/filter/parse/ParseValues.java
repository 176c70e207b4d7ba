package io.sharkfin.filter.parse;

import io.sharkfin.filter.grammar.DisplayFilterParser.FunctionParamsContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.RangeNodeListContext;
import io.sharkfin.filter.grammar.DisplayFilterParser.SetListContext;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of finished parse-tree nodes until their parent takes them (lemon's value stack,
 * keyed by node): syntax-tree parts for rules, range elements and resolved names for tokens.
 */
final class ParseValues {

    private final Map<ParseTree, Object> values = new IdentityHashMap<>();

    void store(ParseTree node, Object value) {
        values.put(node, value);
    }

    @SuppressWarnings("unchecked")
    <T> T take(ParseTree node) {
        Object v = values.remove(node);
        if (v == null) {
            throw new IllegalStateException("no value for " + node.getClass().getSimpleName());
        }
        return (T) v;
    }

    /** The lists the grammar writes as loops: {@code x (COMMA x)*}. */
    static boolean isList(ParseTree ctx) {
        return ctx instanceof SetListContext || ctx instanceof FunctionParamsContext
                || ctx instanceof RangeNodeListContext;
    }

    /**
     * Moves a finished element into its list's value, as soon as the comma after it (or the end
     * of the list) shows it finished, so that a long list keeps one pending value, not one per
     * element.
     */
    void collect(ParserRuleContext list, ParseTree element) {
        @SuppressWarnings("unchecked")
        List<Object> elements = (List<Object>) values.computeIfAbsent(list, k -> new ArrayList<>());
        elements.add(take(element));
    }

    /** The elements of a finished list. */
    <T> List<T> takeList(ParserRuleContext list) {
        collect(list, list.getChild(list.getChildCount() - 1));
        return take(list);
    }
}
