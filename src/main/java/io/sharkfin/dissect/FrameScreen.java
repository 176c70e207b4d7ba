package io.sharkfin.dissect;

import io.sharkfin.capture.Frame;

/**
 * A session's first look at a frame, from its bytes alone: before the session's packet is reset
 * to the frame or a {@link HeaderView} is built through the packet, the commonest frames
 * (untagged IPv4 over Ethernet carrying TCP or UDP that no dissector of the session takes,
 * whatever the conversation) are shown to the sieve straight from the capture's buffer. Most
 * frames of a filter on addresses and ports end there; {@link Session#select} asks first.
 */
public interface FrameScreen {
    /** Tells nothing: for a session that has no header pass. */
    FrameScreen NONE = (frame, sieve) -> Sieve.Verdict.OPEN;

    /**
     * The sieve's verdict on the frame, told from its bytes alone, exact as
     * {@link Sieve#verdict} must be; {@link Sieve.Verdict#OPEN} whenever the frame must take the
     * usual way (the packet's header view, then dissection), which then decides.
     */
    Sieve.Verdict verdict(Frame frame, Sieve sieve);
}
