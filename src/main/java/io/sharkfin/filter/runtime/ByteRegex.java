package io.sharkfin.filter.runtime;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A {@code matches} pattern run in linear time (RE2/J) over a value's bytes.
 *
 * <p>Wireshark runs PCRE2 in byte mode ({@code WS_REGEX_NEVER_UTF}): one byte is one character. To
 * keep that, both the pattern and the value are seen as ISO-8859-1 (byte {@code b} is char
 * {@code b}), so {@code "\\x80"} matches byte 0x80 and a UTF-8 pattern matches the same UTF-8 bytes.
 * Case-insensitive by default, as Wireshark; {@code (?-i)} turns that off. End anchors keep PCRE's
 * meaning ({@link PcreAnchors}).
 */
public final class ByteRegex {
    private final Pattern pattern;
    private final String source;
    private final ThreadLocal<Cursor> cursors;

    private ByteRegex(Pattern pattern, String source) {
        this.pattern = pattern;
        this.source = source;
        this.cursors = ThreadLocal.withInitial(() -> new Cursor(pattern));
    }

    /**
     * A pattern that matches exactly {@code text}: PCRE's metacharacters escaped, as display
     * filters and the rules generated from them (Suricata's pcre) write patterns.
     */
    public static String literal(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\.^$|?*+()[]{}".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Compiles a pattern given as the bytes of the filter's string literal.
     *
     * @throws IllegalArgumentException with RE2's message when the pattern is invalid
     */
    public static ByteRegex compile(byte[] patternBytes) {
        String latin1 = new String(patternBytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        String source = new String(patternBytes, java.nio.charset.StandardCharsets.UTF_8);
        try {
            return new ByteRegex(Pattern.compile(PcreAnchors.translate(latin1), Pattern.CASE_INSENSITIVE), source);
        } catch (PatternSyntaxException translated) {
            // report the error on the pattern as written, unless only the rewritten one fails
            try {
                Pattern.compile(latin1, Pattern.CASE_INSENSITIVE);
            } catch (PatternSyntaxException original) {
                throw invalid(original);
            }
            throw invalid(translated);
        }
    }

    private static IllegalArgumentException invalid(PatternSyntaxException e) {
        return new IllegalArgumentException(e.getDescription() + (e.getPattern().isEmpty() ? ""
                : " in " + e.getPattern()), e);
    }

    /** The pattern as written in the filter. */
    public String source() {
        return source;
    }

    /** Whether the pattern occurs anywhere in the bytes. */
    public boolean find(MemorySegment seg, long off, int len) {
        Cursor c = cursors.get();
        c.chars.reset(seg, off, len);
        c.matcher.reset(c.chars);
        return c.matcher.find();
    }

    /** Whether the pattern occurs in a byte array (constants, computed values). */
    public boolean find(byte[] value) {
        return find(MemorySegment.ofArray(value), 0, value.length);
    }

    @Override
    public String toString() {
        return source;
    }

    private static final class Cursor {
        final SegmentChars chars = new SegmentChars();
        final Matcher matcher;

        Cursor(Pattern p) {
            matcher = p.matcher("");
        }
    }

    /** A byte range seen as ISO-8859-1 characters, without copying. */
    static final class SegmentChars implements CharSequence {
        private MemorySegment seg;
        private long off;
        private int len;

        void reset(MemorySegment s, long o, int l) {
            seg = s;
            off = o;
            len = l;
        }

        @Override
        public int length() {
            return len;
        }

        @Override
        public char charAt(int index) {
            if (index < 0 || index >= len) {
                throw new IndexOutOfBoundsException(index);
            }
            return (char) (seg.get(ValueLayout.JAVA_BYTE, off + index) & 0xff);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            StringBuilder sb = new StringBuilder(end - start);
            for (int i = start; i < end; i++) {
                sb.append(charAt(i));
            }
            return sb.toString();
        }

        @Override
        public String toString() {
            return subSequence(0, len).toString();
        }
    }
}
