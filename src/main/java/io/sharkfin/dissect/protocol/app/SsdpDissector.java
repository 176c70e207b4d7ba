package io.sharkfin.dissect.protocol.app;

import io.sharkfin.dissect.FieldSpec;

/** SSDP (HTTP-formatted discovery messages) on UDP 1900: its own layer, without an {@code http} one. Identified by port, not dissected. */
public final class SsdpDissector extends LayerOnlyDissector {
    public static final FieldSpec PROTOCOL = FieldSpec.protocol("ssdp", "Simple Service Discovery Protocol");

    public SsdpDissector() {
        super(PROTOCOL, "SSDP");
    }
}
