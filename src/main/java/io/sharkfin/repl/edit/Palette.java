package io.sharkfin.repl.edit;

import io.sharkfin.repl.LiveValidator.State;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp;

/**
 * Colours of the filter line. The background follows Wireshark's filter bar — light green for a
 * valid filter, light red for an invalid one, light yellow for one with warnings — and token
 * colours are dark enough to read on any of them, so the line reads the same on dark and light
 * terminals. Terminals with fewer than 256 colours get the plain green, red and yellow.
 */
record Palette(AttributedStyle valid, AttributedStyle invalid, AttributedStyle warning, AttributedStyle plain,
               int field, int operator, int keyword, int literal, int string, int function, int punctuation,
               int error) {

    static Palette of(Terminal terminal) {
        Integer colors = terminal.getNumericCapability(InfoCmp.Capability.max_colors);
        return colors != null && colors >= 256 ? rich() : basic();
    }

    /** 256 colours: Wireshark's tints (#afffaf, #ffafaf, #ffffaf in its bar; lighter here). */
    static Palette rich() {
        AttributedStyle base = AttributedStyle.DEFAULT.foreground(16);
        return new Palette(base.background(194), base.background(224), base.background(230),
                AttributedStyle.DEFAULT, 25, 127, 16, 130, 28, 91, 240, 160);
    }

    /** 8 or 16 colours. */
    static Palette basic() {
        AttributedStyle base = AttributedStyle.DEFAULT.foreground(AttributedStyle.BLACK);
        return new Palette(base.background(AttributedStyle.GREEN), base.background(AttributedStyle.RED),
                base.background(AttributedStyle.YELLOW), AttributedStyle.DEFAULT,
                AttributedStyle.BLUE, AttributedStyle.MAGENTA, AttributedStyle.BLACK, AttributedStyle.BLACK,
                AttributedStyle.BLACK, AttributedStyle.MAGENTA, AttributedStyle.BLACK, AttributedStyle.WHITE);
    }

    /** The whole line's style for a validation state. */
    AttributedStyle background(State s) {
        return switch (s) {
            case VALID -> valid;
            case INVALID -> invalid;
            case WARNING -> warning;
            case EMPTY -> plain;
        };
    }
}
