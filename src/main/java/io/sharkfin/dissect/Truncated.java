package io.sharkfin.dissect;

/**
 * Thrown by {@link Packet}'s byte readers when a dissector reads past the data it has. The
 * {@link Packet#call} that ran the dissector catches it and marks the frame, as Wireshark marks
 * "[Malformed Packet]" or "[Packet size limited during capture]". It carries no stack trace: it is
 * ordinary control flow on hostile input, and must be cheap.
 *
 * <p>The three kinds are Wireshark's ReportedBoundsError, BoundsError and ContainedBoundsError.
 */
public final class Truncated extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Past the reported length of the data: the packet itself is malformed. */
    public static final Truncated MALFORMED = new Truncated("malformed");
    /** Past the captured bytes but within the reported length: the snaplen cut it. */
    public static final Truncated SHORT = new Truncated("short");
    /**
     * Past the bytes a part of the data has (a segment whose length field says more than the data
     * holds) but within the length the part claims: malformed too, worded apart
     * ("length of contained item exceeds length of containing item").
     */
    public static final Truncated CONTAINED = new Truncated("contained");

    private Truncated(String kind) {
        super(kind, null, false, false);
    }

    /** Whether the packet is malformed (a reported or contained bound was passed), not cut short. */
    public boolean isMalformed() {
        return this != SHORT;
    }

    /** Whether this is the contained kind ({@link #CONTAINED}). */
    public boolean isContained() {
        return this == CONTAINED;
    }
}
