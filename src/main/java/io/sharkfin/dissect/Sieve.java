package io.sharkfin.dissect;

/**
 * A test that may tell from a frame's headers alone that its packet will not pass: such a frame
 * is not dissected at all ({@link Session#dissect(io.sharkfin.capture.Frame, Sieve)}). Compiled
 * filters make one ({@code Filter.sieve()}); most frames of a capture fail a filter on their
 * addresses and ports, or carry nothing of the protocol a filter asks about.
 */
@FunctionalInterface
public interface Sieve {

    /**
     * Whether the packet of a frame with these headers certainly fails. It must be exact: true
     * only when the dissected packet would fail (false is always allowed: the frame is then
     * dissected and tested as usual).
     */
    boolean rejects(HeaderView headers);
}
