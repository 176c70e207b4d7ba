package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.StatelessHeuristic;

import java.util.List;

/**
 * Wireshark's "DNS over UDP" heuristic ({@code dns_udp}, enabled by default): DNS tried on UDP
 * payloads no port dissector took, when they look like a DNS message
 * ({@link DnsDissector#looksLikeDns}). The layer it adds is {@code dns}.
 */
public final class DnsHeuristic implements Dissector, StatelessHeuristic {
    private final DnsDissector dns;

    /** A heuristic in front of {@code dns}, the DNS (not mDNS or LLMNR) dissector. */
    public DnsHeuristic(DnsDissector dns) {
        this.dns = dns;
    }

    @Override
    public FieldSpec protocol() {
        return dns.protocol();
    }

    @Override
    public List<FieldSpec> fields() {
        return dns.fields();
    }

    @Override
    public String shortName() {
        return dns.shortName();
    }

    @Override
    public String label(Packet p, int entry) {
        return dns.label(p, entry);
    }

    @Override
    public List<FieldSpec> labelFields() {
        return dns.labelFields();
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        return mightTake(p, buf, offset, length) ? dns.dissect(p, buf, offset, length) : 0;
    }

    @Override
    public boolean mightTake(Packet p, int buf, int off, int len) {
        return DnsDissector.looksLikeDns(p, buf, off, len);
    }
}
