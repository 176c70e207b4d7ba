package io.sharkfin.repl.edit;

import io.sharkfin.filter.grammar.DisplayFilterLexer;
import io.sharkfin.filter.parse.DisplayFilterFunctions;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What is being typed at the cursor of a filter: a field name, an operator after a field, a
 * value after {@code field ==} (or inside {@code field in {...}}), or a logical operator after a
 * complete test. Found by scanning the text before the cursor with the filter language's own
 * lexer, so strings, slices and layers are read as the compiler reads them.
 *
 * @param kind      what to complete
 * @param wordStart where the word being completed starts (completion replaces from there)
 * @param word      the word typed so far
 * @param field     the field an operator or value is for (null for other kinds)
 */
public record FilterContext(Kind kind, int wordStart, String word, String field) {

    /** What to complete. */
    public enum Kind {
        FIELD, OPERATOR, VALUE, LOGICAL
    }

    /** A token reduced to what matters for completion. */
    private enum Sig {
        FIELD, OPERAND, RELOP, IN, LOGIC, NOT, LPAREN, RPAREN, LBRACE, RBRACE, COMMA, OTHER
    }

    private record Item(Sig sig, String text) {
    }

    private static final String OPERATOR_CHARS = "=!<>~&|";

    /**
     * Analyses the text before {@code cursor}.
     *
     * @param isName whether a word is a field or protocol name (registry lookup)
     */
    public static FilterContext at(String text, int cursor, Predicate<String> isName) {
        String before = text.substring(0, Math.min(cursor, text.length()));
        DisplayFilterLexer lexer = new DisplayFilterLexer(CharStreams.fromString(before));
        lexer.removeErrorListeners();
        List<? extends Token> tokens = lexer.getAllTokens();
        if (lexer._mode == DisplayFilterLexer.DQUOTE) {
            // inside a string: the word is the string so far, a value for the field before
            int open = lastOpenQuote(tokens);
            int start = open < 0 ? before.length() : tokens.get(open).getStartIndex();
            List<Item> sig = reduce(tokens.subList(0, Math.max(0, open)), isName);
            String field = valueField(sig);
            return new FilterContext(Kind.VALUE, start, before.substring(start), field);
        }
        int start = before.length();
        boolean symbols = start > 0 && OPERATOR_CHARS.indexOf(before.charAt(start - 1)) >= 0;
        if (symbols) {
            while (start > 0 && OPERATOR_CHARS.indexOf(before.charAt(start - 1)) >= 0) {
                start--;
            }
        } else {
            while (start > 0 && isWordChar(before.charAt(start - 1))) {
                start--;
            }
        }
        String word = before.substring(start);
        List<Token> prior = new ArrayList<>();
        for (Token t : tokens) {
            if (t.getStopIndex() < start) {
                prior.add(t);
            }
        }
        List<Item> sig = reduce(prior, isName);
        Item last = sig.isEmpty() ? null : sig.get(sig.size() - 1);
        if (symbols) {
            if (last != null && last.sig() == Sig.FIELD) {
                return new FilterContext(Kind.OPERATOR, start, word, last.text());
            }
            if (last != null && endsOperand(last.sig())) {
                return new FilterContext(Kind.LOGICAL, start, word, null);
            }
            return new FilterContext(Kind.FIELD, before.length(), "", null);
        }
        String inSet = setField(sig);
        if (inSet != null) {
            return new FilterContext(Kind.VALUE, start, word, inSet);
        }
        if (last != null && last.sig() == Sig.RELOP) {
            String field = valueField(sig);
            return new FilterContext(field != null ? Kind.VALUE : Kind.FIELD, start, word, field);
        }
        if (last != null && last.sig() == Sig.FIELD) {
            return new FilterContext(Kind.OPERATOR, start, word, last.text());
        }
        if (last != null && endsOperand(last.sig())) {
            return new FilterContext(Kind.LOGICAL, start, word, null);
        }
        return new FilterContext(Kind.FIELD, start, word, null);
    }

    /** Characters of names, numbers and addresses (a word completion replaces). */
    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == ':' || c == '/' || c == '@';
    }

    private static boolean endsOperand(Sig s) {
        return s == Sig.OPERAND || s == Sig.RPAREN || s == Sig.RBRACE;
    }

    private static int lastOpenQuote(List<? extends Token> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).getType() == DisplayFilterLexer.DQUOTE_OPEN) {
                return i;
            }
        }
        return -1;
    }

    /** The field of {@code field RELOP} at the end of {@code sig}, or null. */
    private static String valueField(List<Item> sig) {
        int n = sig.size();
        if (n >= 2 && sig.get(n - 1).sig() == Sig.RELOP && sig.get(n - 2).sig() == Sig.FIELD) {
            return sig.get(n - 2).text();
        }
        return null;
    }

    /** The field of an unclosed {@code field in {...} }, or null. */
    private static String setField(List<Item> sig) {
        int depth = 0;
        for (int i = sig.size() - 1; i >= 0; i--) {
            Sig s = sig.get(i).sig();
            if (s == Sig.RBRACE) {
                depth++;
            } else if (s == Sig.LBRACE) {
                if (depth == 0) {
                    return i >= 2 && sig.get(i - 1).sig() == Sig.IN && sig.get(i - 2).sig() == Sig.FIELD
                            ? sig.get(i - 2).text() : null;
                }
                depth--;
            }
        }
        return null;
    }

    /** Reduces lexer tokens to the items completion looks at. */
    private static List<Item> reduce(List<? extends Token> tokens, Predicate<String> isName) {
        List<Item> out = new ArrayList<>();
        boolean inString = false;
        boolean inSlice = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int type = t.getType();
            if (inString) {
                inString = type != DisplayFilterLexer.DQUOTE_CLOSE && type != DisplayFilterLexer.SQUOTE_CLOSE;
                continue;
            }
            if (inSlice) {
                inSlice = type != DisplayFilterLexer.RBRACKET;
                continue;
            }
            switch (type) {
                case DisplayFilterLexer.DQUOTE_OPEN, DisplayFilterLexer.SQUOTE_OPEN -> {
                    out.add(new Item(Sig.OPERAND, t.getText()));
                    inString = true;
                }
                case DisplayFilterLexer.LBRACKET -> {
                    // a slice makes the field a byte value: no field-specific values after it
                    replaceLastFieldWithOperand(out);
                    inSlice = true;
                }
                case DisplayFilterLexer.UNPARSED -> {
                    boolean call = i + 1 < tokens.size() && tokens.get(i + 1).getType() == DisplayFilterLexer.LPAREN;
                    if (call && DisplayFilterFunctions.lookup(t.getText()).isPresent()) {
                        out.add(new Item(Sig.OTHER, t.getText()));
                    } else if (isName.test(t.getText())) {
                        out.add(new Item(Sig.FIELD, t.getText()));
                    } else {
                        out.add(new Item(Sig.OPERAND, t.getText()));
                    }
                }
                case DisplayFilterLexer.FIELD, DisplayFilterLexer.RAW_FIELD -> {
                    String name = t.getText().substring(1);
                    out.add(new Item(isName.test(name) ? Sig.FIELD : Sig.OPERAND, name));
                }
                case DisplayFilterLexer.LITERAL -> out.add(new Item(Sig.OPERAND, t.getText()));
                case DisplayFilterLexer.HASH, DisplayFilterLexer.INTEGER, DisplayFilterLexer.ANY, DisplayFilterLexer.ALL -> {
                    // layers and quantifiers leave the field as it was
                }
                case DisplayFilterLexer.TEST_ANY_EQ, DisplayFilterLexer.TEST_ALL_NE, DisplayFilterLexer.TEST_ALL_EQ,
                     DisplayFilterLexer.TEST_ANY_NE, DisplayFilterLexer.TEST_ANY_NE_DEPRECATED,
                     DisplayFilterLexer.TEST_GT, DisplayFilterLexer.TEST_GE, DisplayFilterLexer.TEST_LT,
                     DisplayFilterLexer.TEST_LE, DisplayFilterLexer.TEST_CONTAINS, DisplayFilterLexer.TEST_MATCHES ->
                        out.add(new Item(Sig.RELOP, t.getText()));
                case DisplayFilterLexer.TEST_IN -> out.add(new Item(Sig.IN, t.getText()));
                case DisplayFilterLexer.TEST_AND, DisplayFilterLexer.TEST_OR -> out.add(new Item(Sig.LOGIC, t.getText()));
                case DisplayFilterLexer.TEST_NOT -> out.add(new Item(Sig.NOT, t.getText()));
                case DisplayFilterLexer.LPAREN -> out.add(new Item(Sig.LPAREN, "("));
                case DisplayFilterLexer.RPAREN -> out.add(new Item(Sig.RPAREN, ")"));
                case DisplayFilterLexer.LBRACE -> out.add(new Item(Sig.LBRACE, "{"));
                case DisplayFilterLexer.RBRACE -> out.add(new Item(Sig.RBRACE, "}"));
                case DisplayFilterLexer.COMMA -> out.add(new Item(Sig.COMMA, ","));
                default -> out.add(new Item(Sig.OTHER, t.getText()));
            }
        }
        return out;
    }

    private static void replaceLastFieldWithOperand(List<Item> out) {
        if (!out.isEmpty() && out.get(out.size() - 1).sig() == Sig.FIELD) {
            Item f = out.remove(out.size() - 1);
            out.add(new Item(Sig.OPERAND, f.text()));
        }
    }
}
