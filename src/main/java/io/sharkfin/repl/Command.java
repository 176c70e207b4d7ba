package io.sharkfin.repl;

import java.util.List;

/** A REPL command: a line starting with {@code :name}. */
public interface Command {

    /** A line to type at the prompt and what it shows, for {@code :help COMMAND}. */
    record Example(String line, String meaning) {
    }

    /** What a command's argument is, for completion. */
    enum Arg {
        NONE, FILE, FILTER, FIELD, CAPTURE, FRAME, STATS, FOLLOW, COMMAND
    }

    /** The name after the colon. */
    String name();

    /** The arguments as help shows them ({@code FILE}, {@code [PREFIX]}). */
    String args();

    /** One line for {@code :help}. */
    String summary();

    /** The kind of argument, for completion. */
    Arg arg();

    /** Typical uses, shown by {@code :help COMMAND}. */
    default List<Example> examples() {
        return List.of();
    }

    /**
     * Runs the command.
     *
     * @param args the rest of the line after the name, stripped
     * @throws ReplError with the message and exit status of a failure
     */
    void run(String args, Shell shell) throws ReplError;
}
