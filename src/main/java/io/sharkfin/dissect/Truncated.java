package io.sharkfin.dissect;

/**
 * Thrown by {@link Packet}'s byte readers when a dissector reads past the data it has. The
 * {@link Packet#call} that ran the dissector catches it and marks the frame, as Wireshark marks
 * "[Malformed Packet]" or "[Packet size limited during capture]". It carries no stack trace: it is
 * ordinary control flow on hostile input, and must be cheap.
 */
public final class Truncated extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Past the reported length of the data: the packet itself is malformed. */
    public static final Truncated MALFORMED = new Truncated("malformed");
    /** Past the captured bytes but within the reported length: the snaplen cut it. */
    public static final Truncated SHORT = new Truncated("short");

    private Truncated(String kind) {
        super(kind, null, false, false);
    }

    public boolean isMalformed() {
        return this == MALFORMED;
    }
}
