package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.dissect.FieldSpec;

/**
 * The three protocols Wireshark dissects with its DNS code: plain DNS, multicast DNS (whose class
 * fields carry the QU and cache-flush bits) and LLMNR (whose flags are conflict/tentative). All
 * three use the {@code dns.*} fields; they differ in protocol item and layer name.
 */
public enum DnsVariant {
    DNS(DnsFields.DNS, "Domain Name System", "DNS"),
    MDNS(DnsFields.MDNS, "Multicast Domain Name System", "mDNS"),
    LLMNR(DnsFields.LLMNR, "Link-local Multicast Name Resolution", "LLMNR");

    private final FieldSpec protocol;
    private final String title;
    private final String shortName;

    DnsVariant(FieldSpec protocol, String title, String shortName) {
        this.shortName = shortName;
        this.protocol = protocol;
        this.title = title;
    }

    /** The protocol's name in its tree item ("Domain Name System (query)"). */
    /** The short name Wireshark registers the protocol under. */
    public String shortName() {
        return shortName;
    }

    public String title() {
        return title;
    }

    /** The protocol item and layer: {@code dns}, {@code mdns} or {@code llmnr}. */
    public FieldSpec protocol() {
        return protocol;
    }
}
