package io.sharkfin.repl.edit;

import io.sharkfin.repl.Console;
import org.jline.reader.LineReader;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedCharSequence;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp;
import org.jline.utils.NonBlockingReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The console on a terminal: styled lines, a status bar for progress, a pager prompt read in raw
 * mode, Ctrl-C routed to the running command, and lines from background work printed above the
 * prompt being edited.
 */
final class TerminalConsole implements Console {

    private final Terminal terminal;
    private final StatusBar status;
    private volatile LineReader reader;
    private final List<AttributedString> waiting = new ArrayList<>();

    TerminalConsole(Terminal terminal, StatusBar status) {
        this.terminal = terminal;
        this.status = status;
    }

    /** The line reader, once built (background lines go above its prompt). */
    void attach(LineReader r) {
        this.reader = r;
    }

    @Override
    public synchronized void print(AttributedString line) {
        terminal.writer().println(ansi(line));
    }

    /**
     * The line's escape sequences for this terminal, with box-drawing characters left as they are
     * (JLine would switch to the terminal's line-drawing charset, which copy and paste lose).
     */
    private String ansi(AttributedString line) {
        Integer colors = terminal.getNumericCapability(InfoCmp.Capability.max_colors);
        return line.toAnsi(colors == null ? 8 : colors, AttributedCharSequence.ForceMode.None, terminal.getPalette(),
                null, null);
    }

    @Override
    public void error(String message) {
        for (String l : message.split("\n")) {
            print(new AttributedString(l, AttributedStyle.DEFAULT.foreground(AttributedStyle.RED)));
        }
    }

    @Override
    public void warn(String message) {
        print(new AttributedString("warning: " + message, AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW)));
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public int width() {
        return Math.max(20, terminal.getWidth());
    }

    @Override
    public int pageRows() {
        // room for the header, the pager prompt and a status line
        return Math.max(5, terminal.getHeight() - 4);
    }

    @Override
    public More askMore(long shown) {
        AttributedString prompt = new AttributedString(
                "-- " + shown + " shown · Space/Enter: next page · a: all · q: stop listing --", AttributedStyle.INVERSE);
        terminal.writer().print(ansi(prompt));
        terminal.flush();
        Attributes saved = terminal.enterRawMode();
        AtomicBoolean interrupted = new AtomicBoolean();
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> interrupted.set(true));
        try {
            NonBlockingReader in = terminal.reader();
            while (!interrupted.get()) {
                int c = in.read(100);
                if (c == NonBlockingReader.READ_EXPIRED) {
                    continue;
                }
                switch (c) {
                    case ' ', '\r', '\n', 'j', 'f' -> {
                        return More.NEXT;
                    }
                    case 'a', 'A', 'G' -> {
                        return More.ALL;
                    }
                    case 'q', 'Q', 3, 27, -1 -> {
                        return More.QUIT;
                    }
                    default -> {
                        // other keys: keep waiting
                    }
                }
            }
            return More.QUIT;
        } catch (IOException e) {
            return More.QUIT;
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            terminal.setAttributes(saved);
            terminal.puts(InfoCmp.Capability.carriage_return);
            terminal.puts(InfoCmp.Capability.clr_eol);
            terminal.flush();
        }
    }

    @Override
    public void progress(String text) {
        if (text == null) {
            status.clear();
        } else {
            status.show(List.of(new AttributedString(text, AttributedStyle.DEFAULT.faint())));
        }
    }

    /**
     * Above the prompt while a line is being edited; while a command is printing, the line waits
     * for the next prompt ({@link #flushLater}) so it does not land in the middle of a table.
     */
    @Override
    public synchronized void later(AttributedString line) {
        LineReader r = reader;
        if (r != null && r.isReading()) {
            r.printAbove(line);
        } else {
            waiting.add(line);
        }
    }

    /** Prints the lines that arrived while a command was running (before a prompt). */
    synchronized void flushLater() {
        for (AttributedString l : waiting) {
            print(l);
        }
        waiting.clear();
        flush();
    }

    @Override
    public Hook onInterrupt(Runnable action) {
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> action.run());
        return () -> terminal.handle(Terminal.Signal.INT, previous);
    }

    @Override
    public void flush() {
        terminal.flush();
    }
}
