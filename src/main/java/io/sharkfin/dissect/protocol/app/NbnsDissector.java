package io.sharkfin.dissect.protocol.app;

import io.sharkfin.dissect.FieldSpec;

/** The NetBIOS Name Service on UDP 137. Identified by port, not dissected. */
public final class NbnsDissector extends LayerOnlyDissector {
    public static final FieldSpec PROTOCOL = FieldSpec.protocol("nbns", "NetBIOS Name Service");

    public NbnsDissector() {
        super(PROTOCOL, "NBNS");
    }
}
