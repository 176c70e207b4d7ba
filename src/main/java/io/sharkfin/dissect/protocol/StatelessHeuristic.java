package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Packet;

/**
 * A heuristic dissector whose choice to take a payload depends on the payload's bytes alone and
 * changes nothing, so that it can be asked without being run: {@link HeaderShortcut} asks the
 * UDP heuristics this way about a payload whose ports have no dissector.
 */
public interface StatelessHeuristic {

    /**
     * Whether the dissector might take these bytes; false only when, run on them, it would add
     * nothing and return 0. The bytes are captured.
     */
    boolean mightTake(Packet p, int buf, int off, int len);
}
