package io.sharkfin.dissect;

/**
 * A test that may tell from a frame's headers alone that its packet will not pass: such a frame
 * is not dissected at all ({@link Session#dissect(io.sharkfin.capture.Frame, Sieve)}). Compiled
 * filters make one ({@code Filter.sieve()}); most frames of a capture fail a filter on their
 * addresses and ports, or carry nothing of the protocol a filter asks about.
 */
@FunctionalInterface
public interface Sieve {

    /** What a frame's headers tell about its packet. */
    enum Verdict {
        /** The packet certainly fails. */
        FAILS,
        /** The packet certainly passes. */
        PASSES,
        /** Only the dissected packet can tell. */
        OPEN
    }

    /**
     * Whether the packet of a frame with these headers certainly fails. It must be exact: true
     * only when the dissected packet would fail (false is always allowed: the frame is then
     * dissected and tested as usual).
     */
    boolean rejects(HeaderView headers);

    /**
     * What these headers tell, exactly as {@link #rejects} must: {@link Verdict#PASSES} only when
     * the dissected packet would pass. {@link Session#select} leaves such a frame undissected
     * when its caller reads nothing but the frame record's fields. By default a sieve only
     * rejects.
     */
    default Verdict verdict(HeaderView headers) {
        return rejects(headers) ? Verdict.FAILS : Verdict.OPEN;
    }
}
