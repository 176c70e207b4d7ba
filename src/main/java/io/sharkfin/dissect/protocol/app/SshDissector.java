package io.sharkfin.dissect.protocol.app;

import io.sharkfin.dissect.FieldSpec;

/** SSH on TCP 22 and 29418 (Wireshark's default {@code tcp.port} range for SSH). Identified by port, not dissected. */
public final class SshDissector extends LayerOnlyDissector {
    public static final FieldSpec PROTOCOL = FieldSpec.protocol("ssh", "SSH Protocol");

    public SshDissector() {
        super(PROTOCOL, "SSH");
    }
}
