package io.sharkfin.filter;

/**
 * A filter that cannot be compiled: the message in tshark's words and the span of the text it
 * is about as tshark reports it ({@link Span#NONE} for "Unexpected end of filter expression."
 * and the like). Where tshark shows no place for an error that has one, the end of the filter
 * for an unexpected end, {@link #caret} shows it.
 */
public final class FilterException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String text;
    private final Span span;
    private final boolean atEnd;

    public FilterException(String message, String text, Span span) {
        this(message, text, span, false);
    }

    private FilterException(String message, String text, Span span, boolean atEnd) {
        super(message);
        this.text = text;
        this.span = span == null ? Span.NONE : span;
        this.atEnd = atEnd;
    }

    /** An error at the end of {@code text}, where the parse wanted more; tshark gives it no place. */
    public static FilterException atEnd(String message, String text) {
        return new FilterException(message, text, Span.NONE, true);
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
     * caret line under {@link #caret}, as tshark prints it:
     * <pre>
     * Left side of "==" expression must be a field or function, not foo.bar.
     *     foo.bar == 1
     *     ^~~~~~~
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
        return sb.toString();
    }
}
