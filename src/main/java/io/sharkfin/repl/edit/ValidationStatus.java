package io.sharkfin.repl.edit;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.filter.FilterException;
import io.sharkfin.filter.Span;
import io.sharkfin.repl.LiveValidator;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import java.util.List;

/**
 * The status lines for the filter being typed: for an invalid filter tshark's message, the
 * filter, and a caret under the offending span; for a valid one the fields it reads; for warnings
 * the warnings.
 */
final class ValidationStatus {

    private static final AttributedStyle RED = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).bold();
    private static final AttributedStyle GREEN = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle YELLOW = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW).bold();
    private static final AttributedStyle FAINT = AttributedStyle.DEFAULT.faint();

    private ValidationStatus() {
    }

    /** The hint shown while nothing is typed. */
    static List<AttributedString> hint() {
        return List.of(new AttributedString(
                "type a display filter, or :help · Tab completes · Ctrl-R searches history · Ctrl-D quits", FAINT));
    }

    /** A command's use, while its name is typed. */
    static List<AttributedString> usage(String usage, String summary) {
        AttributedStringBuilder sb = new AttributedStringBuilder();
        sb.style(AttributedStyle.BOLD).append(usage).style(FAINT).append("  ").append(summary);
        return List.of(sb.toAttributedString());
    }

    /** The lines for a verdict on {@code text}. */
    static List<AttributedString> of(LiveValidator.Verdict v, String text) {
        return switch (v.state()) {
            case EMPTY -> hint();
            case VALID -> List.of(new AttributedStringBuilder().style(GREEN).append("✔ valid filter")
                    .style(FAINT).append(reads(v)).toAttributedString());
            case WARNING -> List.of(new AttributedStringBuilder().style(YELLOW).append("⚠ ")
                    .append(String.join("; ", v.warnings())).toAttributedString());
            case INVALID -> invalid(v.error(), text);
        };
    }

    private static String reads(LiveValidator.Verdict v) {
        List<String> names = v.filter().fieldNames(FieldRegistry.standard());
        if (names.isEmpty()) {
            return "";
        }
        String joined = String.join(", ", names.size() > 6 ? names.subList(0, 6) : names);
        return " · reads " + joined + (names.size() > 6 ? ", …" : "");
    }

    private static List<AttributedString> invalid(FilterException e, String text) {
        AttributedString message = new AttributedStringBuilder().style(RED).append("✖ ").append(e.getMessage())
                .toAttributedString();
        Span s = e.caret();
        if (!s.isKnown()) {
            return List.of(message);
        }
        String shown = e.text() != null ? e.text() : text;
        AttributedString filter = new AttributedString("  " + shown);
        int start = Math.min(s.start(), shown.length());
        String caret = "  " + " ".repeat(start) + "^" + "~".repeat(Math.max(0, s.length() - 1));
        return List.of(message, filter, new AttributedString(caret, RED));
    }
}
