package io.sharkfin.repl.edit;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.repl.Command;
import io.sharkfin.repl.Commands;
import io.sharkfin.repl.LiveValidator;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Live validation while typing. JLine calls the highlighter on every redisplay; it compiles the
 * filter (through the {@link LiveValidator}'s cache, so each distinct text compiles once),
 * colours it by token on the background of its state, and puts the verdict in the status bar —
 * the error and a caret under its span before Enter is pressed. A command line gets its name in
 * bold and, for commands taking a filter, the same treatment of the filter.
 */
final class FilterHighlighter implements Highlighter {

    private final LiveValidator validator;
    private final SyntaxStyler styler;
    private final StatusBar status;

    FilterHighlighter(LiveValidator validator, Palette palette, StatusBar status) {
        this.validator = validator;
        FieldRegistry registry = FieldRegistry.standard();
        this.styler = new SyntaxStyler(palette, n -> registry.lookup(n) != null || registry.lookupAlias(n) != null);
        this.status = status;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        AttributedStringBuilder sb = new AttributedStringBuilder();
        int lead = 0;
        while (lead < buffer.length() && buffer.charAt(lead) == ' ') {
            lead++;
        }
        if (lead < buffer.length() && buffer.charAt(lead) == ':') {
            command(buffer, lead, sb);
        } else {
            LiveValidator.Verdict v = validator.check(buffer);
            styler.append(buffer, v, sb);
            status.show(ValidationStatus.of(v, buffer));
        }
        return sb.toAttributedString();
    }

    private void command(String buffer, int colon, AttributedStringBuilder sb) {
        int end = colon + 1;
        while (end < buffer.length() && !Character.isWhitespace(buffer.charAt(end))) {
            end++;
        }
        Command c = Commands.byName(buffer.substring(colon + 1, end));
        sb.append(buffer.substring(0, colon));
        sb.style(c == null ? AttributedStyle.DEFAULT.foreground(AttributedStyle.RED) : AttributedStyle.BOLD)
                .append(buffer, colon, end).style(AttributedStyle.DEFAULT);
        String rest = buffer.substring(end);
        int argStart = 0;
        while (argStart < rest.length() && rest.charAt(argStart) == ' ') {
            argStart++;
        }
        String arg = rest.substring(argStart);
        sb.append(rest.substring(0, argStart));
        if (c != null && c.arg() == Command.Arg.FILTER && !arg.isEmpty()) {
            LiveValidator.Verdict v = validator.check(arg);
            styler.append(arg, v, sb);
            status.show(ValidationStatus.of(v, arg));
            return;
        }
        sb.append(arg);
        if (c == null) {
            status.show(List.of(new AttributedString("unknown command (:help lists them)",
                    AttributedStyle.DEFAULT.foreground(AttributedStyle.RED))));
        } else {
            status.show(ValidationStatus.usage(":" + c.name() + (c.args().isEmpty() ? "" : " " + c.args()), c.summary()));
        }
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
        // errors come from the filter compiler, not from a pattern
    }

    @Override
    public void setErrorIndex(int errorIndex) {
        // idem
    }
}
