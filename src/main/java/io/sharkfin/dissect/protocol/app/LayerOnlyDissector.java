package io.sharkfin.dissect.protocol.app;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

import java.util.List;

/**
 * A protocol identified by its port: it takes the whole payload as one layer with its protocol
 * item, and adds no field (see the package description).
 */
abstract class LayerOnlyDissector implements Dissector {
    private final FieldSpec protocol;
    private final String shortName;

    LayerOnlyDissector(FieldSpec protocol, String shortName) {
        this.protocol = protocol;
        this.shortName = shortName;
    }

    @Override
    public final FieldSpec protocol() {
        return protocol;
    }

    @Override
    public List<FieldSpec> fields() {
        return List.of();
    }

    @Override
    public final String shortName() {
        return shortName;
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        return length;
    }
}
