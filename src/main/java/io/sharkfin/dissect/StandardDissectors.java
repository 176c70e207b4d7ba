package io.sharkfin.dissect;

import io.sharkfin.dissect.protocol.FrameDissector;
import io.sharkfin.dissect.protocol.tcp.TcpDissector;

/**
 * Which dissectors the standard set has and how they are wired: the one place to look when adding
 * a protocol.
 */
final class StandardDissectors {
    private StandardDissectors() {
    }

    static void install(Dissectors ds) {
        ds.add(new FrameDissector(ds));
        ds.addFields(Expert.FIELDS.toArray(FieldSpec[]::new));
        ds.ipProto.register(6, ds.add(new TcpDissector(ds)));
    }
}
