package io.sharkfin.filter.codegen;

import io.sharkfin.capture.TestFiles;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import io.sharkfin.dissect.Sieve;
import io.sharkfin.filter.CompileOptions;
import io.sharkfin.filter.Filter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A filter's {@link HeaderSieve} must never reject a frame the filter would select, and should
 * reject the frames whose headers decide. Every corpus capture is read with every frame dissected
 * and again with the sieve, for filters on the fields the view reads (addresses, ports, with
 * "any", "all", negation, sets and netmasks), on fields a header-only frame cannot hold, and on
 * values only dissection gives.
 */
class HeaderSieveTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // filter ; whether the sieve must reject some frames of the corpus
            "ip.addr == 127.0.0.10 && tcp.port == 443 ; true",
            "ip.src == 10.0.0.0/8 || udp.port == 53 ; true",
            "!(ip.addr == 192.168.1.1) ; true",
            "ip.addr != 10.0.0.5 ; true",
            "ip.dst ~= 127.0.0.1 && tcp.dstport > 1024 ; true",
            "tcp.port in {80, 443, 8000..8080} ; true",
            "all tcp.port in {80, 443} ; true",
            "all tcp.port in {443, 1024..65535} ; true",
            "frame.len > 100 || ip.addr == 1.2.3.4 ; true",
            "ip.len > 100 || ip.addr == 1.2.3.4 ; true",
            "ip.checksum > 100 || ip.addr == 1.2.3.4 ; false",
            "!(frame.len > 100 && tcp.port == 443) ; true",
            "!(ip.len > 100 && tcp.port == 443) ; true",
            "!(ip.checksum > 100 && tcp.port == 443) ; false",
            "!(all tcp.port in {443, 1024..65535}) ; true",
            "not tcp.port in {80, 443} and ip.proto == 6 ; true",
            "ip.proto == 17 && ip.ttl < 64 ; true",
            "udp.srcport >= 1024 && !(udp.dstport == 53) ; true",
            "dns.flags.rcode == 3 ; true",
            "http.user_agent contains \"MSIE\" ; true",
            "tls.handshake.extensions_server_name matches \"\\\\.top$\" ; true",
            "tls.handshake.extensions_server_name ; true",
            "!dns ; false",
            "dns || ip.ttl > 0 ; true",
            "dns || tcp ; false",
            "ipv6.addr == ::1 && tcp.port == 80 ; true",
            "ipv6.src == fe80::/10 || ipv6.hlim == 255 ; true",
            "!(ipv6.addr == ::1) && ipv6.nxt == 17 ; true",
            "eth.addr == ff:ff:ff:ff:ff:ff ; true",
            "!(eth.dst == 00:00:00:00:00:00) && udp ; true",
            "eth.src > 00:00:00:00:00:00 && !(eth.type == 0x0800) ; true",
            "vlan.id == 10 || tcp.len > 1000 ; true",
            "ip.len < 100 && udp.length > 20 ; true",
            "tcp.hdr_len > 20 && ip.id != 0 ; true",
            "ipv6.plen > 1000 || eth.type == 0x0806 ; true",
            "frame.len > 100 && tcp.dstport == 443 ; true",
            "eth.type == 0x0800 && ip.addr == 1.2.3.4 ; true",
            "count(ip.addr) == 2 && udp ; false",
            "tcp.flags.syn == 1 && tcp.flags.ack == 0 ; true",
            "tcp.flags.reset || tcp.flags.fin == 1 ; true",
            "!(tcp.flags.push) && tcp.flags & 0x10 ; true",
            "tcp.flags == 0x018 && frame.len > 100 ; true",
            "(frame.number <= 10 || frame.cap_len < 60) && ip.proto == 6 ; true",
            "!(frame.len > 1000) && udp ; true",
            "!(ip.len > 1000) && udp ; true",
            "!(ip.checksum > 1000) && udp ; false",
            "count(ip.addr) == 2 && udp.port == 53 ; true",
    })
    void selectsWhatEveryPacketDissectedSelects(String text, boolean rejects) throws Exception {
        Filter f = Filter.compile(text.strip());
        Sieve sieve = f.sieve();
        assertNotNull(sieve, text);
        long[] rejected = {0};
        Sieve counting = v -> {
            boolean r = sieve.rejects(v);
            rejected[0] += r ? 1 : 0;
            return r;
        };
        long selected = 0;
        for (Path capture : TestFiles.corpusCaptures()) {
            List<Long> all = select(capture, f, null);
            List<Long> sieved = select(capture, f, counting);
            assertEquals(all, sieved, capture + " :: " + text);
            selected += all.size();
        }
        assertEquals(rejects, rejected[0] > 0, rejected[0] + " frames rejected by the sieve of " + text
                + " (" + selected + " selected)");
    }

    @Test
    void noSieveWhereHeadersNeverDecide() throws Exception {
        assertNull(Filter.compile("tcp.srcport + 1 == tcp.dstport").sieve());
        assertNull(Filter.compile("").sieve());
        // "or" with a side that is never false, "not" of a test that is never true
        assertNull(Filter.compile("dns || tcp.srcport + 1 == tcp.dstport").sieve());
        assertNull(Filter.compile("!(http.user_agent contains \"MSIE\")").sieve());
        // the reference evaluation dissects every packet, as it always has
        assertNull(Filter.compile("ip.addr == 10.0.0.5",
                CompileOptions.defaults().with(CompileOptions.Execution.REFERENCE)).sieve());
    }

    private static List<Long> select(Path capture, Filter f, Sieve sieve) throws Exception {
        List<Long> out = new ArrayList<>();
        try (PacketStream packets = PacketStream.open(capture, f.fields(), sieve)) {
            for (Packet p : packets) {
                if (f.test(p)) {
                    out.add(p.number());
                }
            }
        }
        return out;
    }
}
