package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.dissect.FieldSpec;

/**
 * The three protocols Wireshark dissects with its DNS code: plain DNS, multicast DNS (whose class
 * fields carry the QU and cache-flush bits) and LLMNR (whose flags are conflict/tentative). All
 * three use the {@code dns.*} fields; they differ in protocol item and layer name.
 */
public enum DnsVariant {
    DNS(DnsFields.DNS),
    MDNS(DnsFields.MDNS),
    LLMNR(DnsFields.LLMNR);

    private final FieldSpec protocol;

    DnsVariant(FieldSpec protocol) {
        this.protocol = protocol;
    }

    /** The protocol item and layer: {@code dns}, {@code mdns} or {@code llmnr}. */
    public FieldSpec protocol() {
        return protocol;
    }
}
