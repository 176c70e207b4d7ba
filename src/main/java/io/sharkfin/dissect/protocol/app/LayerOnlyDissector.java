package io.sharkfin.dissect.protocol.app;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.FieldlessDissector;

/**
 * A protocol identified by its port: it takes the whole payload as one layer with its protocol
 * item, and adds no field (see the package description).
 */
abstract class LayerOnlyDissector extends FieldlessDissector {

    LayerOnlyDissector(FieldSpec protocol, String shortName) {
        super(protocol, shortName);
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        return length;
    }
}
