package io.sharkfin.dissect.protocol.tcp;

/**
 * Wireshark's {@code ReassemblyError}: a segment cannot be added to a PDU (it overlaps a PDU that
 * is already complete, or lies past its end). The frame is shown as malformed and TCP stops
 * handling its payload. Carries no stack trace: hostile input makes it ordinary.
 */
final class ReassemblyError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReassemblyError(String message) {
        super(message, null, false, false);
    }
}
