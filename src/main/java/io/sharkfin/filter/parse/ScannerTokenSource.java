package io.sharkfin.filter.parse;

import io.sharkfin.filter.FilterException;
import io.sharkfin.filter.Span;
import io.sharkfin.filter.grammar.DisplayFilterLexer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The actions of Wireshark's scanner on top of the generated lexer: joins the pieces of quoted
 * strings and character constants into one token with its decoded value, resolves {@code .name},
 * retypes {@code ~=} (noting its deprecation), and turns whatever scanner.l rejects into a
 * {@code SCAN_ERROR} token carrying tshark's message. After an error only EOF follows, as
 * Wireshark stops scanning there.
 *
 * <p>Wireshark stops at the first error it meets, and the parser reads one token ahead; so a
 * scanner error must only surface when the parser reaches the bad token. Keeping the error in
 * the token stream (instead of throwing from the lexer) gives exactly that order.
 *
 * <p>Locations are Wireshark's: each token's column is the sum of the lengths of the tokens
 * scanned before it. A backslash that no scanner rule matches (before a line feed or at the end
 * of a quoted text) is echoed by flex and not counted, so later columns drift by one; that drift
 * is reproduced.
 */
final class ScannerTokenSource implements TokenSource {

    private final DisplayFilterLexer lexer;
    private final String text;
    private final TextPositions positions;
    private final NameResolver names;
    private int drift;
    private int nextIndex;
    private boolean finished;

    ScannerTokenSource(DisplayFilterLexer lexer, String text, NameResolver names) {
        this.lexer = lexer;
        this.text = text;
        this.positions = new TextPositions(text);
        this.names = names;
    }

    @Override
    public Token nextToken() {
        if (finished) {
            int end = lexer.getInputStream().size();
            return endOfInput(new CommonToken(new Pair<>(this, lexer.getInputStream()), Token.EOF,
                    Token.DEFAULT_CHANNEL, end, end - 1));
        }
        Token t = lexer.nextToken();
        Token result = scan(t);
        nextIndex++;
        if (result.getType() == Token.EOF || ((FilterToken) result).isError()) {
            finished = true;
        }
        return result;
    }

    private Token scan(Token t) {
        return switch (t.getType()) {
            case Token.EOF -> lexer._mode == DisplayFilterLexer.RANGE
                    ? error(t, "The right bracket was missing from a slice.", endSpan())
                    : endOfInput(t);
            case DisplayFilterLexer.DQUOTE_OPEN -> quotedString(t);
            case DisplayFilterLexer.SQUOTE_OPEN -> charConstant(t);
            case DisplayFilterLexer.TEST_ANY_NE_DEPRECATED -> {
                names.deprecate("The operator \"~=\" is deprecated, use \"!==\" instead.", 2L * nextIndex);
                yield FilterToken.of(t, DisplayFilterLexer.TEST_ANY_NE, t.getText(), span(t), null);
            }
            case DisplayFilterLexer.FIELD, DisplayFilterLexer.RAW_FIELD -> prefixedName(t);
            case DisplayFilterLexer.UNEXPECTED_CHAR -> {
                String c = t.getText();
                yield error(t, isPrintableAscii(c)
                        ? "\"" + c + "\" was unexpected in this context."
                        : "Non-printable ASCII characters may only appear inside double-quotes.", span(t));
            }
            case DisplayFilterLexer.LAYER_UNEXPECTED ->
                    error(t, "Expected digit or \"[\", not \"" + t.getText() + "\"", span(t));
            default -> FilterToken.of(t, t.getType(), t.getText(), span(t), null);
        };
    }

    /**
     * {@code .name} must name a field or protocol. {@code @name} (not in 4.0) is the raw form of a
     * name; when the name is unknown, the {@code @} is what 4.0 complains about.
     */
    private Token prefixedName(Token t) {
        String name = t.getText().substring(1);
        ResolvedName resolved = names.resolve(name, 2L * nextIndex);
        if (resolved == null) {
            if (t.getType() == DisplayFilterLexer.RAW_FIELD) {
                return error(t, "\"@\" was unexpected in this context.", Span.of(column(t), 1));
            }
            return error(t, "\"" + name + "\" is not a valid protocol or protocol field.", span(t));
        }
        String display = t.getType() == DisplayFilterLexer.FIELD ? name : t.getText();
        return FilterToken.of(t, t.getType(), display, span(t), resolved);
    }

    /** The pieces of {@code "..."} or {@code r"..."} up to the closing quote, decoded. */
    private Token quotedString(Token open) {
        boolean raw = open.getText().length() == 2;
        int start = column(open);
        int length = open.getText().length();
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        while (true) {
            Token piece = lexer.nextToken();
            String s = piece.getText();
            switch (piece.getType()) {
                case Token.EOF -> {
                    return error(open, "The final quote was missing from a quoted string.", endSpan());
                }
                case DisplayFilterLexer.DQUOTE_CLOSE -> {
                    byte[] bytes = value.toByteArray();
                    CommonToken joined = new CommonToken(open);
                    joined.setStopIndex(piece.getStopIndex());
                    return FilterToken.of(joined, DisplayFilterLexer.STRING, StringEscapes.displayText(bytes),
                            Span.of(start, length + 1), new StringValue(bytes, raw));
                }
                case DisplayFilterLexer.DQ_STRAY_BACKSLASH -> {
                    drift++;
                    continue;
                }
                default -> {
                    if (raw || piece.getType() == DisplayFilterLexer.DQ_TEXT) {
                        value.writeBytes(s.getBytes(StandardCharsets.UTF_8));
                    } else {
                        String problem = decodeEscape(piece, value);
                        if (problem != null) {
                            return error(piece, problem, span(piece));
                        }
                    }
                }
            }
            length += s.length();
        }
    }

    /** Appends what an escape piece stands for; returns tshark's message if 4.0 refuses it. */
    private static String decodeEscape(Token piece, ByteArrayOutputStream value) {
        String s = piece.getText();
        switch (piece.getType()) {
            case DisplayFilterLexer.DQ_OCTAL -> {
                int v = Integer.parseInt(s.substring(1), 8);
                if (v > 0xff) {
                    return s + " is larger than 255.";
                }
                value.write(v);
            }
            case DisplayFilterLexer.DQ_HEX -> value.write(Integer.parseInt(s.substring(2), 16));
            case DisplayFilterLexer.DQ_UCN4, DisplayFilterLexer.DQ_UCN8 -> {
                long cp = StringEscapes.universalCharacterName(s.getBytes(StandardCharsets.UTF_8), 0, null);
                if (cp < 0) {
                    return s + " is not a valid universal character name";
                }
                StringEscapes.appendUtf8(value, (int) cp);
            }
            default -> { // DQ_ESCAPE: backslash and one character
                int b = StringEscapes.simpleEscape(s.codePointAt(1));
                if (b < 0) {
                    return s + " is not a valid character escape sequence";
                }
                value.write(b);
            }
        }
        return null;
    }

    /** The pieces of {@code '...'} up to the closing quote, read by parse_charconst's rules. */
    private Token charConstant(Token open) {
        int start = column(open);
        StringBuilder constant = new StringBuilder("'");
        int length = 1;
        while (true) {
            Token piece = lexer.nextToken();
            switch (piece.getType()) {
                case Token.EOF -> {
                    return error(open, "The final quote was missing from a character constant.", endSpan());
                }
                case DisplayFilterLexer.SQUOTE_CLOSE -> {
                    constant.append('\'');
                    Span span = Span.of(start, length + 1);
                    String token = constant.toString();
                    CommonToken joined = new CommonToken(open);
                    joined.setStopIndex(piece.getStopIndex());
                    try {
                        long value = CharConstants.parse(token);
                        return FilterToken.of(joined, DisplayFilterLexer.CHARCONST, token, span, value);
                    } catch (CharConstants.InvalidCharConstException e) {
                        return error(joined, e.getMessage(), span);
                    }
                }
                case DisplayFilterLexer.SQ_STRAY_BACKSLASH -> drift++;
                default -> {
                    constant.append(piece.getText());
                    length += piece.getText().length();
                }
            }
        }
    }

    private Token endOfInput(Token eof) {
        return FilterToken.of(eof, Token.EOF, "<EOF>", Span.NONE, null);
    }

    private Token error(Token at, String message, Span span) {
        return FilterToken.error(at, DisplayFilterLexer.SCAN_ERROR, new FilterException(message, text, span));
    }

    private Span span(Token t) {
        return Span.of(column(t), t.getText().length());
    }

    private int column(Token t) {
        return positions.charIndex(t.getStartIndex()) - drift;
    }

    /** Where Wireshark puts an error found at the end of the text. */
    private Span endSpan() {
        return Span.of(text.length() - drift, 0);
    }

    private static boolean isPrintableAscii(String s) {
        return s.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
    }

    /** The decoded bytes of a string token and whether it was raw ({@code r"..."}). */
    record StringValue(byte[] bytes, boolean raw) {
    }

    @Override
    public int getLine() {
        return lexer.getLine();
    }

    @Override
    public int getCharPositionInLine() {
        return lexer.getCharPositionInLine();
    }

    @Override
    public CharStream getInputStream() {
        return lexer.getInputStream();
    }

    @Override
    public String getSourceName() {
        return lexer.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        lexer.setTokenFactory(factory);
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return lexer.getTokenFactory();
    }
}
