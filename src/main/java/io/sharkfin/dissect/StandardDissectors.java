package io.sharkfin.dissect;

import io.sharkfin.dissect.protocol.FrameDissector;

/**
 * Which dissectors the standard set has and how they are wired: the one place to look when adding
 * a protocol.
 */
final class StandardDissectors {
    private StandardDissectors() {
    }

    static void install(Dissectors ds) {
        ds.add(new FrameDissector(ds));
    }
}
