package io.sharkfin.cli.output;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;

import java.util.BitSet;

/** How selected frames are printed (tshark's {@code -T}). */
public interface FrameOutput {

    /** Fields the output reads, so the session records them. */
    BitSet fields(FieldRegistry registry);

    /** Whether the output prints every field (full dissection). */
    default boolean needsAllFields() {
        return false;
    }

    default void begin() {
    }

    void frame(Packet p);

    /**
     * Whether {@link #frame(Frame, Session)} can print a selected frame undissected: the output
     * reads only fields the capture record gives ({@link Session#selectPrinting}).
     */
    default boolean printsFromRecord() {
        return false;
    }

    /**
     * Prints a frame the filter selected without dissecting it, from its capture record and the
     * session that counted it; called only when {@link #printsFromRecord}.
     */
    default void frame(Frame frame, Session session) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " prints dissected packets");
    }

    /**
     * A frame the filter did not select: outputs whose text depends on earlier frames (the TLS
     * version a conversation negotiated) follow it.
     */
    default void skipped(Packet p) {
    }

    /**
     * Whether {@link #skipped} must see every frame the filter did not select: then each is
     * dissected, none sieved from its headers alone.
     */
    default boolean followsSkipped() {
        return false;
    }

    /** Writes out what the output holds back (a live capture shows each frame as it comes). */
    default void flush() {
    }

    /** After the last frame; writes out what is held back. */
    default void end() {
    }
}
