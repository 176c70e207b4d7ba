package io.sharkfin.dissect;

import io.sharkfin.dissect.protocol.FrameDissector;
import io.sharkfin.dissect.protocol.dns.DnsDissector;
import io.sharkfin.dissect.protocol.dns.DnsTcpDissector;
import io.sharkfin.dissect.protocol.dns.DnsVariant;
import io.sharkfin.dissect.protocol.tcp.TcpDissector;

/**
 * Which dissectors the standard set has and how they are wired: the one place to look when adding
 * a protocol.
 */
final class StandardDissectors {
    private StandardDissectors() {
    }

    static void install(Dissectors ds) {
        ds.add(new FrameDissector(ds));
        ds.addFields(Expert.FIELDS.toArray(FieldSpec[]::new));
        ds.ipProto.register(6, ds.add(new TcpDissector(ds)));
        installDns(ds);
    }

    /** DNS on UDP/TCP 53, mDNS on UDP 5353 (and DNS on TCP 5353), LLMNR on UDP 5355. */
    private static void installDns(Dissectors ds) {
        DnsDissector dns = ds.add(new DnsDissector(DnsVariant.DNS));
        DnsDissector mdns = ds.add(new DnsDissector(DnsVariant.MDNS));
        DnsDissector llmnr = ds.add(new DnsDissector(DnsVariant.LLMNR));
        ds.udpPort.register(53, dns).register(5353, mdns).register(5355, llmnr);
        // not a separate protocol: TCP finds it by port, sessions by the "dns" dissector
        DnsTcpDissector dnsOverTcp = new DnsTcpDissector();
        ds.tcpPort.register(53, dnsOverTcp).register(5353, dnsOverTcp);
    }
}
