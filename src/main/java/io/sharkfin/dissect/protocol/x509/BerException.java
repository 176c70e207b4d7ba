package io.sharkfin.dissect.protocol.x509;

/** A BER element whose header lies (length past its container, tag or length too long). */
final class BerException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final BerException INSTANCE = new BerException();

    private BerException() {
        super("bad BER element", null, false, false);
    }
}
