package io.sharkfin.dissect.protocol.app;

import io.sharkfin.dissect.FieldSpec;

/** The X Window System protocol on TCP 6000 to 6063, the range Wireshark 4.0 registers. Identified by port, not dissected. */
public final class X11Dissector extends LayerOnlyDissector {
    public static final FieldSpec PROTOCOL = FieldSpec.protocol("x11", "X11");

    public X11Dissector() {
        super(PROTOCOL, "X11");
    }
}
