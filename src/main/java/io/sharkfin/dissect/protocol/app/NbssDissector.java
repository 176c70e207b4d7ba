package io.sharkfin.dissect.protocol.app;

import io.sharkfin.dissect.FieldSpec;

/** The NetBIOS Session Service on TCP 139, and on TCP 445 where SMB runs over TCP directly. Identified by port, not dissected. */
public final class NbssDissector extends LayerOnlyDissector {
    public static final FieldSpec PROTOCOL = FieldSpec.protocol("nbss", "NetBIOS Session Service");

    public NbssDissector() {
        super(PROTOCOL, "NBSS");
    }
}
