package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Packet;

/**
 * A heuristic dissector whose choice to take a payload can be asked without running it: the
 * answer depends on the payload's bytes and on what the session keeps (which only dissection
 * changes), and asking changes nothing. {@link HeaderShortcut} asks the UDP heuristics this way
 * about a payload whose ports have no dissector, with the packet's addresses and ports set as IP
 * and UDP set them.
 */
public interface StatelessHeuristic {

    /**
     * Whether the dissector might take these bytes; false only when, run on them, it would add
     * nothing and return 0. The bytes are captured.
     */
    boolean mightTake(Packet p, int buf, int off, int len);
}
