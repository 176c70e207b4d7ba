package io.sharkfin.capture;

/**
 * The input cannot be read further: a truncated record, a corrupt block, an unsupported format.
 * Frames read before it are valid. The message is meant for the user, without a stack trace.
 */
public class CaptureException extends Exception {
    private static final long serialVersionUID = 1L;

    private final long framesRead;

    /** A problem described by {@code message}, met after {@code framesRead} good frames. */
    public CaptureException(String message, long framesRead) {
        super(message);
        this.framesRead = framesRead;
    }

    /** The same, keeping the underlying {@code cause} for diagnosis (not for the user). */
    public CaptureException(String message, long framesRead, Throwable cause) {
        super(message, cause);
        this.framesRead = framesRead;
    }

    /** Frames successfully read (or, for a writer, written) before the problem. */
    public long framesRead() {
        return framesRead;
    }

    /** The same problem, for the {@link Iterable} view of a reader. */
    public static final class Unchecked extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** Wraps {@code cause}, keeping its message. */
        public Unchecked(CaptureException cause) {
            super(cause.getMessage(), cause);
        }

        @Override
        public synchronized CaptureException getCause() {
            return (CaptureException) super.getCause();
        }
    }
}
