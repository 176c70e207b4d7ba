package io.sharkfin.repl;

import io.sharkfin.capture.CaptureException;
import io.sharkfin.filter.FilterException;

/**
 * A command or filter that failed, with the message for the user and the exit status batch mode
 * reports: 1 for a usage error (unknown command, bad arguments), 2 for an invalid filter or an
 * unreadable capture, as tshark's statuses.
 */
public final class ReplError extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;

    public ReplError(String message, int status) {
        super(message, null, false, false);
        this.status = status;
    }

    /** A usage error (status 1). */
    public static ReplError usage(String message) {
        return new ReplError(message, 1);
    }

    /** Wraps what a filter compile or capture read threw. */
    static ReplError of(Throwable t) {
        if (t instanceof ReplError r) {
            return r;
        }
        if (t instanceof FilterException f) {
            return new ReplError(f.render(), 2);
        }
        if (t instanceof CaptureException c) {
            return new ReplError(c.getMessage(), 2);
        }
        return new ReplError(String.valueOf(t.getMessage() == null ? t : t.getMessage()), 2);
    }

    public int status() {
        return status;
    }
}
