package io.sharkfin.dissect.protocol;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Wireshark's {@code tvbparse} (epan/tvbparse.c), the combinator parser its XML and JSON
 * dissectors are written in, ported as it behaves, quirks included: an alternative set takes its
 * first alternative that matches, not the longest; a sequence skips the ignored characters after
 * each of its parts (so a match may end in white space its token does not cover, and white space
 * may sit inside what the grammar calls one token); a search ({@link #until}) looks at most up to
 * the second-last byte; composite parts nested deeper than 100 fail, and each such failure leaves
 * the depth count one higher for the rest of the body; callbacks run only once a whole top-level
 * match is found, before a token's parts and after them. The dissectors' trees follow from these
 * rules, so they are kept rather than replaced by a conventional parser.
 *
 * <p>A search's result is kept per searched-for part: searches only move forward, so a body full
 * of unterminated {@code <!--} is read once rather than once per comment start (Wireshark reads it
 * again each time).
 *
 * @param <C> what the callbacks act on (tvbparse's {@code data})
 */
public final class TokenParser<C> {
    /** tvbparse.c's TVBPARSE_MAX_RECURSION_DEPTH. */
    private static final int MAX_DEPTH = 100;
    /**
     * The largest body the dissectors tokenize (256 KiB). A match holds a token for every part
     * of it until its callbacks have run, a few hundred bytes of heap for each byte of a JSON
     * array, so a body of megabytes would take gigabytes: larger bodies keep their protocol's
     * layer alone (README, "Differences"). Wireshark reads them whole, slowly.
     */
    public static final int MAX_BODY = 256 * 1024;

    /** A callback, run with the matched token. */
    @FunctionalInterface
    public interface Action<C> {
        void run(C context, Token token);
    }

    /** A matched span; its parts are the tokens from {@link #sub()} on, linked by {@link #next()}. */
    public static final class Token {
        private int id;
        private int offset;
        private int len;
        private Wanted<?> wanted;
        private Token sub;
        private Token next;
        private Token last;
        private Token data;

        Token(int id, int offset, int len, Wanted<?> wanted) {
            this.id = id;
            this.offset = offset;
            this.len = len;
            this.wanted = wanted;
            this.last = this;
        }

        /** The id its part was given (-1 for most). */
        public int id() {
            return id;
        }

        public int offset() {
            return offset;
        }

        public int length() {
            return len;
        }

        /** The first part, or null. */
        public Token sub() {
            return sub;
        }

        /** The next part of the token this one is part of, or null. */
        public Token next() {
            return next;
        }

        /** What a callback kept with the token (tvbparse's {@code data}), or null. */
        public Token data() {
            return data;
        }

        /** Keeps a token with this one, for a later callback. */
        public void keep(Token token) {
            this.data = token;
        }
    }

    /** What may be matched at an offset, with its callbacks. */
    public abstract static class Wanted<C> {
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

        /** Runs {@code action} with the match before its parts' callbacks. */
        public Wanted<C> before(Action<C> action) {
            this.before = action;
            return this;
        }

        /** Runs {@code action} with the match after its parts' callbacks. */
        public Wanted<C> after(Action<C> action) {
            this.after = action;
            return this;
        }
    }

    /** A part defined later, for recursive grammars (JSON's values hold objects and arrays). */
    public static final class Forward<C> extends Wanted<C> {
        private Wanted<C> target;

        private Forward() {
            super(-1, 0);
        }

        /** The part this one stands for. */
        public void set(Wanted<C> target) {
            this.target = target;
        }

        @Override
        int match(TokenParser<C> tt, int offset, Token[] out) {
            return target.match(tt, offset, out);
        }
    }

    private final byte[] data;
    private final int end;
    private final C context;
    private final Wanted<C> ignore;
    private int offset;
    private int depth;
    // per searched-for part: where its last search started and where it matched (-1: nowhere)
    private final Map<Wanted<C>, int[]> searches = new IdentityHashMap<>();

    /**
     * A parser over {@code data[start, start + length)}, skipping what {@code ignore} matches
     * before each token, running the callbacks with {@code context}.
     */
    public TokenParser(byte[] data, int start, int length, C context, Wanted<C> ignore) {
        this.data = data;
        this.offset = start;
        this.end = start + length;
        this.context = context;
        this.ignore = ignore;
    }

    private int byteAt(int i) {
        return data[i] & 0xff;
    }

    /** The offset the next {@link #get} starts at. */
    public int offset() {
        return offset;
    }

    /**
     * Skips ignored bytes, matches {@code wanted} there, runs the callbacks of the match and moves
     * past it; false, with nothing run, when there is no match.
     */
    public boolean get(Wanted<C> wanted) {
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

    /** Enters a composite part: false, with the count left raised, past the limit (as tvbparse). */
    private boolean enter() {
        return ++depth <= MAX_DEPTH;
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

    /** A part to be defined later ({@link Forward#set}). */
    public static <C> Forward<C> forward() {
        return new Forward<>();
    }

    /** One byte of {@code chars}. */
    public static <C> Wanted<C> character(int id, String chars) {
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
    public static <C> Wanted<C> run(int id, String chars, boolean accepted) {
        return run(id, chars, accepted, 1, Integer.MAX_VALUE / 2);
    }

    /**
     * A run of {@code min} to {@code max} bytes in {@code chars} (or not in them), as long as
     * there are; tvbparse_chars, whose minimum is never below one.
     */
    public static <C> Wanted<C> run(int id, String chars, boolean accepted, int min, int max) {
        boolean[] accept = new boolean[256];
        for (int i = 0; i < 256; i++) {
            accept[i] = !accepted;
        }
        for (int i = 0; i < chars.length(); i++) {
            accept[chars.charAt(i)] = accepted;
        }
        int least = Math.max(1, min);
        return new Wanted<>(id, 0) {
            @Override
            int match(TokenParser<C> tt, int offset, Token[] out) {
                if (offset + least > tt.end) {
                    return -1;
                }
                int left = Math.min(tt.end - offset, max);
                int length = 0;
                int at = offset;
                while (left > 0 && accept[tt.byteAt(at)]) {
                    at++;
                    length++;
                    left--;
                }
                if (length < least) {
                    return -1;
                }
                out[0] = new Token(id, offset, length, this);
                return length;
            }
        };
    }

    /** Exactly these (ASCII) bytes, or these letters in any case. */
    public static <C> Wanted<C> string(int id, String s, boolean anyCase) {
        return new Wanted<>(id, s.length()) {
            @Override
            int match(TokenParser<C> tt, int offset, Token[] out) {
                if (offset + len > tt.end) {
                    return -1;
                }
                for (int i = 0; i < len; i++) {
                    int b = tt.byteAt(offset + i);
                    int c = s.charAt(i);
                    if (b != c && !(anyCase && b < 0x80 && Character.toLowerCase(b) == Character.toLowerCase(c))) {
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
    public static <C> Wanted<C> oneOf(int id, Wanted<C>... parts) {
        return new Wanted<>(id, 0) {
            @Override
            int match(TokenParser<C> tt, int offset, Token[] out) {
                if (offset > tt.end || !tt.enter()) {
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
                        tt.depth--;
                        return consumed;
                    }
                }
                tt.depth--;
                return -1;
            }
        };
    }

    /** All of {@code parts} in turn, each followed by ignored bytes. */
    @SafeVarargs
    public static <C> Wanted<C> sequence(int id, Wanted<C>... parts) {
        return new Wanted<>(id, 0) {
            @Override
            int match(TokenParser<C> tt, int offset, Token[] out) {
                if (offset > tt.end || !tt.enter()) {
                    return -1;
                }
                int start = offset;
                Token tok = null;
                for (Wanted<C> w : parts) {
                    if (offset + w.len > tt.end) {
                        tt.depth--;
                        return -1;
                    }
                    int consumed = w.match(tt, offset, out);
                    if (consumed < 0) {
                        tt.depth--;
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
                tt.depth--;
                out[0] = tok;
                return offset - start;
            }
        };
    }

    /** {@code part} once or more, with nothing ignored between. */
    public static <C> Wanted<C> oneOrMore(int id, Wanted<C> part) {
        return some(id, 1, Integer.MAX_VALUE / 2, part);
    }

    /** {@code part} at most once (tvbparse's usual "optional": some of 0 to 1). */
    public static <C> Wanted<C> optional(Wanted<C> part) {
        return some(-1, 0, 1, part);
    }

    /** {@code part} {@code min} to {@code max} times, with nothing ignored between (tvbparse_some). */
    public static <C> Wanted<C> some(int id, int min, int max, Wanted<C> part) {
        return new Wanted<>(id, 0) {
            @Override
            int match(TokenParser<C> tt, int offset, Token[] out) {
                if (offset > tt.end || !tt.enter()) {
                    return -1;
                }
                int start = offset;
                Token tok = min == 0 ? new Token(id, offset, 0, this) : null;
                int got = 0;
                while (got < max) {
                    if (offset > tt.end) {
                        tt.depth--;
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
                        if (tok.sub != null) {
                            tok.sub.last.next = elem;
                            tok.sub.last = elem;
                        } else {
                            tok.sub = elem;
                        }
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
                tt.depth--;
                if (got < min) {
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
    public static <C> Wanted<C> until(int id, Wanted<C> terminator) {
        return new Wanted<>(id, 0) {
            @Override
            int match(TokenParser<C> tt, int offset, Token[] out) {
                if (offset + terminator.len > tt.end || !tt.enter()) {
                    return -1;
                }
                int found = tt.search(terminator, offset, out);
                tt.depth--;
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
        for (int t = from; t <= end - 2; t++) {
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
    public static <C> Wanted<C> quoted(char quote, char escape) {
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
