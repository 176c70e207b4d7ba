package io.sharkfin.dissect.protocol.x509;

/** A BER element whose header lies (length past its container, tag or length too long). */
public final class BerException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The one instance (no stack trace: it is control flow for bad input). */
    public static final BerException INSTANCE = new BerException();

    private BerException() {
        super("bad BER element", null, false, false);
    }
}
