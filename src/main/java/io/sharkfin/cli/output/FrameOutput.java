package io.sharkfin.cli.output;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;

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

    default void end() {
    }
}
