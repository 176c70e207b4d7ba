package io.sharkfin.repl.edit;

import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Status;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines at the bottom of the terminal (JLine's {@link Status}): the live verdict on the filter
 * being typed, or a scan's progress. The area always has {@value #HEIGHT} lines: a status area
 * that grew and shrank as verdicts changed would scroll the screen at every keystroke. Lines are
 * cut to the terminal's width. On a terminal that cannot keep a status area (no scroll region),
 * nothing is shown.
 */
final class StatusBar {

    /** Message, filter and caret: an error needs three lines. */
    static final int HEIGHT = 3;

    private final Terminal terminal;
    private final Status status;
    private List<AttributedString> shown;

    StatusBar(Terminal terminal) {
        this.terminal = terminal;
        this.status = Status.getStatus(terminal, true);
        // reserve the area before anything is printed, so nothing printed scrolls away for it
        clear();
    }

    synchronized void show(List<AttributedString> lines) {
        if (status == null || lines.equals(shown)) {
            return;
        }
        int width = Math.max(10, terminal.getWidth() - 1);
        List<AttributedString> fixed = new ArrayList<>(HEIGHT);
        for (int i = 0; i < HEIGHT; i++) {
            AttributedString l = i < lines.size() ? lines.get(i) : AttributedString.EMPTY;
            fixed.add(l.columnLength() > width ? l.columnSubSequence(0, width) : l);
        }
        shown = List.copyOf(lines);
        status.update(fixed);
    }

    void clear() {
        show(List.of());
    }

    synchronized void close() {
        if (status != null) {
            status.update(List.of());
            status.close();
        }
    }
}
