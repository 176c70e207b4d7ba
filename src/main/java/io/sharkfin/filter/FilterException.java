package io.sharkfin.filter;

import java.util.function.Supplier;

/**
 * A filter that cannot be compiled: the message in tshark's words and the span of the text it
 * is about as tshark reports it ({@link Span#NONE} for "Unexpected end of filter expression."
 * and the like). The caret drawn under the text ({@link #caret}) also points at the end of the
 * filter for an unexpected end, which tshark places nowhere; a {@link #hint} may follow it.
 */
public final class FilterException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String text;
    private final Span span;
    private final boolean atEnd;
    private final transient Supplier<String> hint;
    private transient String hintText;
    private transient boolean hintKnown;

    public FilterException(String message, String text, Span span) {
        this(message, text, span, false, null);
    }

    private FilterException(String message, String text, Span span, boolean atEnd, Supplier<String> hint) {
        super(message);
        this.text = text;
        this.span = span == null ? Span.NONE : span;
        this.atEnd = atEnd;
        this.hint = hint;
    }

    /**
     * This error with a hint tshark does not give ("Did you mean tcp.port?"), worked out only
     * when asked for: finding it may read Wireshark's whole catalogue, which live validation,
     * asking at every keystroke, must not wait for.
     */
    public FilterException withHint(Supplier<String> hint) {
        FilterException e = new FilterException(getMessage(), text, span, atEnd, hint);
        e.setStackTrace(getStackTrace());
        return e;
    }

    /** The hint, or null when there is none. */
    public String hint() {
        if (!hintKnown) {
            hintText = hint == null ? null : hint.get();
            hintKnown = true;
        }
        return hintText;
    }

    /** An error at the end of {@code text}, where the parse wanted more; tshark gives it no place. */
    public static FilterException atEnd(String message, String text) {
        return new FilterException(message, text, Span.NONE, true, null);
    }

    /** The filter text the span refers to (after macro expansion). */
    public String text() {
        return text;
    }

    /** Where tshark places the error (its conformance cases compare this). */
    public Span span() {
        return span;
    }

    /**
     * Where to draw the caret: {@link #span}, or for an error at the end of the filter an empty
     * span just past its last non-blank character.
     */
    public Span caret() {
        return atEnd && text != null ? Span.of(text.stripTrailing().length(), 0) : span;
    }

    /**
     * The message, then (when the location is known) the filter indented by four spaces and a
     * caret line under {@link #caret}, as tshark prints it, then the {@link #hint} if any:
     * <pre>
     * Left side of "==" expression must be a field or function, not tcp.prot.
     *     tcp.prot == 1
     *     ^~~~~~~~
     * Did you mean tcp.port?
     * </pre>
     */
    public String render() {
        return render("    ");
    }

    public String render(String indent) {
        StringBuilder sb = new StringBuilder(getMessage());
        Span at = caret();
        if (at.isKnown() && text != null) {
            sb.append('\n').append(indent).append(text).append('\n').append(indent);
            sb.append(" ".repeat(Math.min(at.start(), text.length())));
            sb.append('^');
            if (at.length() > 1) {
                sb.append("~".repeat(at.length() - 1));
            }
        }
        String h = hint();
        if (h != null) {
            sb.append('\n').append(h);
        }
        return sb.toString();
    }
}
