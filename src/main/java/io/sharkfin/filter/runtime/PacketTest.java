package io.sharkfin.filter.runtime;

import io.sharkfin.dissect.Packet;

/**
 * A test of one packet. Compiled filters implement it (as hidden classes), and so do the general
 * relation evaluators that generated code calls for what the {@link Kernels} cannot express.
 */
@FunctionalInterface
public interface PacketTest {
    boolean test(Packet p);
}
