package io.sharkfin.dissect.protocol.app;

import io.sharkfin.dissect.FieldSpec;

/** RIP on UDP 520. Identified by port, not dissected. */
public final class RipDissector extends LayerOnlyDissector {
    public static final FieldSpec PROTOCOL = FieldSpec.protocol("rip", "Routing Information Protocol");

    public RipDissector() {
        super(PROTOCOL, "RIP");
    }
}
