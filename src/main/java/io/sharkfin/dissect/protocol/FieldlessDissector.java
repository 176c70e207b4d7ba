package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldSpec;

import java.util.List;

/**
 * A dissector that adds its protocol item and no fields of its own: a protocol sharkfin shows as
 * a layer ({@code frame.protocols}, a filter on the protocol's name) without dissecting its
 * structure, as the port-identified application protocols and the text bodies HTTP hands on. A
 * subclass says how many bytes it takes ({@link #dissect}).
 */
public abstract class FieldlessDissector implements Dissector {
    private final FieldSpec protocol;
    private final String shortName;

    /**
     * @param protocol  the protocol item's spec
     * @param shortName Wireshark's short name of the protocol (quoted by error indications)
     */
    protected FieldlessDissector(FieldSpec protocol, String shortName) {
        this.protocol = protocol;
        this.shortName = shortName;
    }

    @Override
    public final FieldSpec protocol() {
        return protocol;
    }

    @Override
    public final List<FieldSpec> fields() {
        return List.of();
    }

    @Override
    public final String shortName() {
        return shortName;
    }
}
