package io.sharkfin.filter;

/**
 * A filter that cannot be compiled: the message in tshark's words and the span of the text it
 * is about ({@link Span#NONE} for "Unexpected end of filter expression." and the like).
 */
public final class FilterException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String text;
    private final Span span;

    public FilterException(String message, String text, Span span) {
        super(message);
        this.text = text;
        this.span = span == null ? Span.NONE : span;
    }

    /** The filter text the span refers to (after macro expansion). */
    public String text() {
        return text;
    }

    public Span span() {
        return span;
    }

    /**
     * The message, then (when the location is known) the filter indented by four spaces and a
     * caret line, as tshark prints it:
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
        if (span.isKnown() && text != null) {
            sb.append('\n').append(indent).append(text).append('\n').append(indent);
            sb.append(" ".repeat(Math.min(span.start(), text.length())));
            sb.append('^');
            if (span.length() > 1) {
                sb.append("~".repeat(span.length() - 1));
            }
        }
        return sb.toString();
    }
}
