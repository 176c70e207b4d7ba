package io.sharkfin.filter.parse;

import io.sharkfin.dissect.FieldType;

import java.util.ArrayList;
import java.util.List;

/**
 * Textual macro expansion before scanning, as Wireshark 4.0's {@code dfilter_macro_apply}:
 * {@code ${name}} and {@code ${name:arg1;arg2}} are replaced by the macro's text with its
 * {@code $n} filled in; if anything was replaced, the result is expanded again, up to 32 rounds.
 *
 * <p>{@code ${frame.number}} is a field reference, not a macro: when the text after {@code ${}
 * up to the first {@code #} anywhere after it (else the first {@code }}) names a field that is
 * not a protocol, it is left for the parser. The same holds for {@code ${@field}} (raw field
 * reference, not in 4.0, which calls it an invalid macro name).
 *
 * <p>Not in 4.0: an expansion longer than {@value #MAX_EXPANDED_LENGTH} characters is refused,
 * where Wireshark would grow the text without bound (a macro that uses itself twice doubles it
 * each round).
 */
final class MacroExpander {

    /** Rounds of expansion Wireshark allows (its depth 0 to 31). */
    static final int MAX_ROUNDS = 32;
    static final int MAX_EXPANDED_LENGTH = 1 << 20;

    /** Expansion fails; the message is Wireshark's. */
    static final class MacroException extends Exception {
        private static final long serialVersionUID = 1L;

        MacroException(String message) {
            super(message, null, false, false);
        }
    }

    private final MacroTable macros;
    private final NameResolver names;

    MacroExpander(MacroTable macros, NameResolver names) {
        this.macros = macros;
        this.names = names;
    }

    String expand(String text) throws MacroException {
        String current = text;
        for (int round = 0; ; round++) {
            if (round >= MAX_ROUNDS) {
                throw new MacroException("too much nesting in macros");
            }
            Round r = new Round(current);
            String next = r.run();
            if (!r.changed) {
                return next;
            }
            current = next;
        }
    }

    /** One pass over the text (Wireshark's state machine OUTSIDE / STARTING / NAME / ARGS). */
    private final class Round {
        private final String in;
        private final StringBuilder out = new StringBuilder();
        private boolean changed;
        private int pos;
        /** Where the next '#' / '}' at or after the last search start is (-1: none). */
        private int nextHash = -2;
        private int nextBrace = -2;

        Round(String in) {
            this.in = in;
        }

        String run() throws MacroException {
            while (pos < in.length()) {
                char c = in.charAt(pos++);
                if (c != '$') {
                    out.append(c);
                } else if (pos >= in.length()) {
                    out.append('$');
                } else if (in.charAt(pos) != '{') {
                    out.append('$').append(in.charAt(pos++)); // "$$x" keeps both: the second '$' starts nothing
                } else {
                    pos++;
                    if (isFieldReference(pos)) {
                        out.append("${");
                    } else {
                        macroUse();
                    }
                }
                if (out.length() > MAX_EXPANDED_LENGTH) {
                    throw new MacroException("macro expansion is too long (more than "
                            + MAX_EXPANDED_LENGTH + " characters)");
                }
            }
            return out.toString();
        }

        /** After "${": a name, optionally ":" and arguments separated by ";", then "}". */
        private void macroUse() throws MacroException {
            StringBuilder name = new StringBuilder();
            List<String> args = new ArrayList<>();
            while (true) {
                if (pos >= in.length()) {
                    throw new MacroException("end of filter in the middle of a macro expression");
                }
                char c = in.charAt(pos++);
                if (MacroTable.isAsciiAlnum(c) || c == '_' || c == '-' || c == '.') {
                    name.append(c);
                } else if (c == ':') {
                    readArguments(args);
                    break;
                } else if (c == '}') {
                    break;
                } else {
                    throw new MacroException("invalid character in macro name");
                }
            }
            MacroTable.Macro m = macros.lookup(name.toString())
                    .orElseThrow(() -> new MacroException("macro '" + name + "' does not exist"));
            if (args.size() != m.argc()) {
                throw new MacroException("wrong number of arguments for macro '" + name + "', expecting "
                        + m.argc() + " instead of " + args.size());
            }
            out.append(m.apply(args));
            changed = true;
        }

        /** Arguments up to "}"; a backslash takes the next character as it is. */
        private void readArguments(List<String> args) throws MacroException {
            StringBuilder arg = new StringBuilder();
            while (true) {
                if (pos >= in.length()) {
                    throw new MacroException("end of filter in the middle of a macro expression");
                }
                char c = in.charAt(pos++);
                switch (c) {
                    case ';' -> {
                        args.add(arg.toString());
                        arg.setLength(0);
                    }
                    case '\\' -> {
                        if (pos >= in.length()) {
                            throw new MacroException("end of filter in the middle of a macro expression");
                        }
                        arg.append(in.charAt(pos++));
                    }
                    case '}' -> {
                        args.add(arg.toString());
                        return;
                    }
                    default -> arg.append(c);
                }
            }
        }

        /** Wireshark's {@code start_is_field_reference}, plus {@code @name}. */
        private boolean isFieldReference(int start) {
            // searches move forward only, so a long text with many macros stays linear
            if (nextHash != -1 && nextHash < start) {
                nextHash = in.indexOf('#', start);
            }
            int end = nextHash;
            if (end < 0) {
                if (nextBrace != -1 && nextBrace < start) {
                    nextBrace = in.indexOf('}', start);
                }
                end = nextBrace;
            }
            if (end < 0) {
                return false;
            }
            boolean raw = start < end && in.charAt(start) == '@';
            for (int i = raw ? start + 1 : start; i < end; i++) {
                char c = in.charAt(i);
                if (!(MacroTable.isAsciiAlnum(c) || c == '_' || c == '-' || c == '.')) {
                    return false; // no field has such a name (checked first: the text may be long)
                }
            }
            String name = in.substring(raw ? start + 1 : start, end);
            if (raw) {
                return names.lookup(name) != null;
            }
            ResolvedName r = names.lookup(name);
            return r != null && r.field().type() != FieldType.PROTOCOL && r.field().type() != FieldType.NONE;
        }
    }
}
