package io.sharkfin.repl;

import org.jline.utils.AttributedString;

/**
 * Where the REPL prints, and how it talks to the user while a command runs. Two kinds: a terminal
 * (colours, paging, a status bar, Ctrl-C) and batch mode (plain lines to standard output, errors
 * to standard error, nothing asked).
 */
public interface Console {

    /** What the user answered at a page break. */
    enum More {
        /** Show the next page. */
        NEXT,
        /** Show everything without asking again. */
        ALL,
        /** Stop listing. */
        QUIT
    }

    /** Prints one line (styles are dropped in batch mode). */
    void print(AttributedString line);

    default void print(String line) {
        print(new AttributedString(line));
    }

    /** Prints an error (red on a terminal, to standard error in batch mode). */
    void error(String message);

    /** Prints a warning (yellow on a terminal). */
    void warn(String message);

    /** Whether a person is at a terminal. */
    boolean interactive();

    /** Columns available, 0 for unlimited (batch). */
    int width();

    /** Rows in a page of results, 0 for no paging (batch). */
    int pageRows();

    /** Asks whether to go on at a page break (batch mode always answers {@link More#ALL}). */
    More askMore(long shown);

    /** Shows a transient progress text, or clears it with null. */
    void progress(String text);

    /** Prints a line from a background task, above the prompt being edited. */
    void later(AttributedString line);

    /** What {@link #onInterrupt} returns: closing it restores what Ctrl-C did before. */
    interface Hook extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Runs {@code action} when the user presses Ctrl-C until the returned handle is closed
     * (batch mode: never).
     */
    Hook onInterrupt(Runnable action);

    void flush();
}
