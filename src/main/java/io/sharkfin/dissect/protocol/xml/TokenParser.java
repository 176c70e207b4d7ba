package io.sharkfin.dissect.protocol.xml;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Wireshark's {@code tvbparse} (epan/tvbparse.c), the combinator parser its XML dissector is
 * written in, ported as it behaves, quirks included: an alternative set takes its first
 * alternative that matches, not the longest; a sequence skips the ignored characters after each
 * of its parts (so a match may end in white space its token does not cover); a search ({@link
 * #until}) looks at most up to the second-last byte; callbacks run only once a whole top-level
 * match is found, before a token's parts and after them. The XML tree follows from these
 * rules, so they are kept rather than replaced by a conventional XML parser.
 *
 * <p>A search's result is kept per searched-for part: searches only move forward, so a body full
 * of unterminated {@code <!--} is read once rather than once per comment start (Wireshark reads it
 * again each time).
 *
 * @param <C> what the callbacks act on (tvbparse's {@code data})
 */
final class TokenParser<C> {

    /** A callback, run with the matched token. */
    @FunctionalInterface
    interface Action<C> {
        void run(C context, Token token);
    }

    /** A matched span; {@code sub} and {@code next} link the tokens of its parts. */
    static final class Token {
        int id;
        int offset;
        int len;
        Wanted<?> wanted;
        Token sub;
        Token next;
        Token last;
        Token data;

        Token(int id, int offset, int len, Wanted<?> wanted) {
            this.id = id;
            this.offset = offset;
            this.len = len;
            this.wanted = wanted;
            this.last = this;
        }
    }

    /** What may be matched at an offset, with its callbacks. */
    abstract static class Wanted<C> {
        final int id;
        /** The fewest bytes a match needs (tvbparse's {@code len}; 0 for composite parts). */
        final int len;
        Action<C> before;
        Action<C> after;

        Wanted(int id, int len) {
            this.id = id;
            this.len = len;
        }

        /** The length consumed at {@code offset}, the token in {@code out[0]}; -1 for no match. */
        abstract int match(TokenParser<C> tt, int offset, Token[] out);

        Wanted<C> before(Action<C> action) {
            this.before = action;
            return this;
        }

        Wanted<C> after(Action<C> action) {
            this.after = action;
            return this;
        }
    }

    private final byte[] data;
    private final int end;
    private final C context;
    private final Wanted<C> ignore;
    private int offset;
    // per searched-for part: where its last search started and where it matched (-1: nowhere)
    private final Map<Wanted<C>, int[]> searches = new IdentityHashMap<>();

    TokenParser(byte[] data, int length, C context, Wanted<C> ignore) {
        this.data = data;
        this.end = length;
        this.context = context;
        this.ignore = ignore;
    }

    int byteAt(int i) {
        return data[i] & 0xff;
    }

    /** The offset the next {@link #get} starts at. */
    int offset() {
        return offset;
    }

    /**
     * Skips ignored bytes, matches {@code wanted} there, runs the callbacks of the match and moves
     * past it; false, with nothing run, when there is no match.
     */
    boolean get(Wanted<C> wanted) {
        int at = offset + ignored(offset);
        Token[] out = new Token[1];
        int consumed = wanted.match(this, at, out);
        if (consumed < 0) {
            return false;
        }
        runCallbacks(out[0]);
        offset = at + consumed;
        return true;
    }

    private int ignored(int at) {
        if (ignore == null) {
            return 0;
        }
        int total = 0;
        Token[] out = new Token[1];
        int consumed;
        while ((consumed = ignore.match(this, at, out)) > 0) {
            total += consumed;
            at += consumed;
        }
        return total;
    }

    @SuppressWarnings("unchecked")
    private void runCallbacks(Token curr) {
        ArrayDeque<Token> stack = new ArrayDeque<>();
        while (curr != null) {
            Wanted<C> w = (Wanted<C>) curr.wanted;
            if (w.before != null) {
                w.before.run(context, curr);
            }
            if (curr.sub != null) {
                stack.push(curr);
                curr = curr.sub;
                continue;
            }
            if (w.after != null) {
                w.after.run(context, curr);
            }
            curr = curr.next;
            while (curr == null && !stack.isEmpty()) {
                curr = stack.pop();
                Wanted<C> up = (Wanted<C>) curr.wanted;
                if (up.after != null) {
                    up.after.run(context, curr);
                }
                curr = curr.next;
            }
        }
    }

    // ------------------------------------------------------------------ the parts

    /** One byte of {@code chars}. */
    static <C> Wanted<C> character(int id, String chars) {
        return new Wanted<>(id, 1) {
            @Override
            int match(TokenParser<C> tt, int offset, Token[] out) {
                if (offset + 1 > tt.end) {
                    return -1;
                }
                if (chars.indexOf(tt.byteAt(offset)) < 0) {
                    return -1;
                }
                out[0] = new Token(id, offset, 1, this);
                return 1;
            }
        };
    }

    /** The longest run (at least one byte) of bytes in {@code chars}, or of bytes not in them. */
    static <C> Wanted<C> run(int id, String chars, boolean accepted) {
        boolean[] accept = new boolean[256];
        for (int i = 0; i < 256; i++) {
            accept[i] = !accepted;
        }
        for (int i = 0; i < chars.length(); i++) {
            accept[chars.charAt(i)] = accepted;
        }
        return new Wanted<>(id, 0) {
            @Override
            int match(TokenParser<C> tt, int offset, Token[] out) {
                if (offset + 1 > tt.end) {
                    return -1;
                }
                int length = 0;
                int at = offset;
                while (at < tt.end && accept[tt.byteAt(at)]) {
                    at++;
                    length++;
                }
                if (length < 1) {
                    return -1;
                }
                out[0] = new Token(id, offset, length, this);
                return length;
            }
        };
    }

    /** Exactly these (ASCII) bytes, or these letters in any case. */
    static <C> Wanted<C> string(int id, String s, boolean anyCase) {
        return new Wanted<>(id, s.length()) {
            @Override
            int match(TokenParser<C> tt, int offset, Token[] out) {
                if (offset + len > tt.end) {
                    return -1;
                }
                for (int i = 0; i < len; i++) {
                    int b = tt.byteAt(offset + i);
                    int c = s.charAt(i);
                    if (b != c && !(anyCase && Character.toLowerCase(b) == Character.toLowerCase(c) && b < 0x80)) {
                        return -1;
                    }
                }
                out[0] = new Token(id, offset, len, this);
                return len;
            }
        };
    }

    /** The first of {@code parts} that matches. */
    @SafeVarargs
    static <C> Wanted<C> oneOf(int id, Wanted<C>... parts) {
        return new Wanted<>(id, 0) {
            @Override
            int match(TokenParser<C> tt, int offset, Token[] out) {
                if (offset > tt.end) {
                    return -1;
                }
                for (Wanted<C> w : parts) {
                    if (offset + w.len > tt.end) {
                        continue;
                    }
                    int consumed = w.match(tt, offset, out);
                    if (consumed >= 0) {
                        Token elem = out[0];
                        Token tok = new Token(id, elem.offset, elem.len, this);
                        tok.sub = elem;
                        out[0] = tok;
                        return consumed;
                    }
                }
                return -1;
            }
        };
    }

    /** All of {@code parts} in turn, each followed by ignored bytes. */
    @SafeVarargs
    static <C> Wanted<C> sequence(int id, Wanted<C>... parts) {
        return new Wanted<>(id, 0) {
            @Override
            int match(TokenParser<C> tt, int offset, Token[] out) {
                if (offset > tt.end) {
                    return -1;
                }
                int start = offset;
                Token tok = null;
                for (Wanted<C> w : parts) {
                    if (offset + w.len > tt.end) {
                        return -1;
                    }
                    int consumed = w.match(tt, offset, out);
                    if (consumed < 0) {
                        return -1;
                    }
                    Token elem = out[0];
                    if (tok != null) {
                        if (elem.len != 0) {
                            tok.len = elem.offset - tok.offset + elem.len;
                        }
                        tok.sub.last.next = elem;
                        tok.sub.last = elem;
                    } else {
                        tok = new Token(id, elem.offset, elem.len, this);
                        tok.sub = elem;
                        elem.last = elem;
                    }
                    offset += consumed;
                    offset += tt.ignored(offset);
                }
                out[0] = tok;
                return offset - start;
            }
        };
    }

    /** {@code part} once or more, with nothing ignored between. */
    static <C> Wanted<C> oneOrMore(int id, Wanted<C> part) {
        return new Wanted<>(id, 0) {
            @Override
            int match(TokenParser<C> tt, int offset, Token[] out) {
                if (offset > tt.end) {
                    return -1;
                }
                int start = offset;
                Token tok = null;
                int got = 0;
                while (true) {
                    if (offset > tt.end) {
                        return -1;
                    }
                    int consumed = part.match(tt, offset, out);
                    if (consumed < 0) {
                        break;
                    }
                    Token elem = out[0];
                    if (tok != null) {
                        if (elem.len != 0) {
                            tok.len = elem.offset - tok.offset + elem.len;
                        }
                        tok.sub.last.next = elem;
                        tok.sub.last = elem;
                    } else {
                        tok = new Token(id, elem.offset, elem.len, this);
                        tok.sub = elem;
                    }
                    offset += consumed;
                    got++;
                    if (consumed == 0) {
                        break; // tvbparse would repeat an empty match until its count ran out
                    }
                }
                if (got < 1) {
                    return -1;
                }
                out[0] = tok;
                return offset - start;
            }
        };
    }

    /**
     * Everything up to and including the first match of {@code terminator}, which is looked for
     * from {@code offset} to the second-last byte (tvbparse's {@code TP_UNTIL_INCLUDE}).
     */
    static <C> Wanted<C> until(int id, Wanted<C> terminator) {
        return new Wanted<>(id, 0) {
            @Override
            int match(TokenParser<C> tt, int offset, Token[] out) {
                if (offset + terminator.len > tt.end) {
                    return -1;
                }
                int found = tt.search(terminator, offset, out);
                if (found < 0) {
                    return -1;
                }
                Token elem = out[0];
                int total = found - offset + elem.len;
                elem.id = id;
                elem.next = null;
                elem.last = null;
                elem.wanted = this;
                elem.offset = offset;
                elem.len = total;
                return total;
            }
        };
    }

    /**
     * Where {@code terminator} first matches at or after {@code from} (its token in {@code
     * out[0]}), trying offsets up to the second-last byte, or -1.
     */
    private int search(Wanted<C> terminator, int from, Token[] out) {
        int last = Math.max(from, end - 2);
        if (from >= end - 2) {
            return terminator.match(this, from, out) >= 0 ? from : -1;
        }
        int[] known = searches.get(terminator);
        if (known != null && from >= known[0] && (known[1] < 0 || from <= known[1])) {
            if (known[1] < 0) {
                return -1;
            }
            terminator.match(this, known[1], out);
            return known[1];
        }
        int found = -1;
        for (int t = from; t <= last; t++) {
            if (terminator.match(this, t, out) >= 0) {
                found = t;
                break;
            }
        }
        searches.put(terminator, new int[] {from, found});
        return found;
    }

    /**
     * A quoted string (tvbparse_quoted with tvbparse_shrink_token_cb): the quote, one run of
     * other bytes or an escaped quote, the quote, or two quotes; the token is shrunk to the text
     * between them when its callbacks run.
     */
    static <C> Wanted<C> quoted(char quote, char escape) {
        Wanted<C> q = character(-1, String.valueOf(quote));
        Wanted<C> quotedString = oneOf(-1,
                sequence(-1, q, sequence(-1, oneOf(-1, string(-1, "" + escape + quote, false),
                        run(-1, String.valueOf(quote), false))), q),
                sequence(-1, q, q));
        return quotedString.after((context, tok) -> {
            tok.offset += 1;
            tok.len -= 2;
        });
    }
}
