package io.sharkfin.capture;

/**
 * The input cannot be read further: a truncated record, a corrupt block, an unsupported format.
 * Frames read before it are valid. The message is meant for the user, without a stack trace.
 */
public class CaptureException extends Exception {
    private static final long serialVersionUID = 1L;

    private final long framesRead;

    public CaptureException(String message, long framesRead) {
        super(message);
        this.framesRead = framesRead;
    }

    public CaptureException(String message, long framesRead, Throwable cause) {
        super(message, cause);
        this.framesRead = framesRead;
    }

    /** Frames successfully read before the problem. */
    public long framesRead() {
        return framesRead;
    }

    /** The same problem, for the {@link Iterable} view of a reader. */
    public static final class Unchecked extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unchecked(CaptureException cause) {
            super(cause.getMessage(), cause);
        }

        @Override
        public synchronized CaptureException getCause() {
            return (CaptureException) super.getCause();
        }
    }
}
