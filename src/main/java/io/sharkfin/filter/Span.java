package io.sharkfin.filter;

/**
 * A stretch of filter text, {@code [start, end)} in characters. Wireshark reports an error at the
 * offending token; the caret line under the text is drawn from a span.
 */
public record Span(int start, int end) {

    public static final Span NONE = new Span(-1, -1);

    public Span {
        if (start > end) {
            throw new IllegalArgumentException("span " + start + ".." + end);
        }
    }

    public static Span of(int start, int length) {
        return new Span(start, start + length);
    }

    public int length() {
        return end - start;
    }

    public boolean isKnown() {
        return start >= 0;
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        if (!isKnown()) {
            return other;
        }
        if (!other.isKnown()) {
            return this;
        }
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }
}
