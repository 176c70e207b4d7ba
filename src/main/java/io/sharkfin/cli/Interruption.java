package io.sharkfin.cli;

import io.sharkfin.capture.CaptureReader;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C during a read: the first one ends the read after the frame at hand, so that what was
 * selected until then is printed and every output file is complete (a capture read from a pipe,
 * {@code tcpdump -w - | sharkfin -r - -w out.pcapng}, or a live capture, ends only so); a
 * second one ends the process at once, as Ctrl-C does by default.
 */
final class Interruption {
    /** The shell's status for a process ended by SIGINT. */
    static final int EXIT_STATUS = 130;
    private static final Signal INT = new Signal("INT");

    private final SignalHandler previous;
    private volatile boolean requested;

    private Interruption(CaptureReader reader) {
        SignalHandler handler = s -> {
            if (requested) {
                System.exit(EXIT_STATUS);
            }
            requested = true;
            reader.stop();
        };
        SignalHandler before;
        try {
            before = Signal.handle(INT, handler);
        } catch (IllegalArgumentException e) {
            // the JVM was started with signals left alone (-Xrs): Ctrl-C keeps its default
            before = null;
        }
        previous = before;
    }

    /** Handles Ctrl-C for a read of {@code reader} until {@link #uninstall}. */
    static Interruption install(CaptureReader reader) {
        return new Interruption(reader);
    }

    /** Whether Ctrl-C asked the read to end. */
    boolean requested() {
        return requested;
    }

    /** Gives Ctrl-C back to the handler it had before. */
    void uninstall() {
        if (previous != null) {
            Signal.handle(INT, previous);
        }
    }
}
