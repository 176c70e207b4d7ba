package io.sharkfin.dissect.protocol.tls;

import io.sharkfin.capture.Frame;
import io.sharkfin.capture.TestFiles;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import io.sharkfin.filter.Filter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Random filters over handshake content, addresses and ports select, as {@code -Y} does (sieve,
 * {@code Session.select}, the compiled test), the same frames of the TLS captures whether the
 * encrypted rest of a connection goes quiet or not (a session that also records
 * {@code tls.record.content_type} dissects every segment).
 */
class TlsQuietProperties {

    private static final List<String> CAPTURES = List.of("ppp-tls.pcap", "ja4-tls3.pcapng", "ja4-tls-sni.pcapng",
            "ja4-browsers-x509.pcapng", "ja3-ssl-chrome.pcap", "lab-web-mixed.pcapng");
    private static final Map<String, List<Frame>> FRAMES = new TreeMap<>();

    private static final List<String> RELATIONS = List.of("tls.handshake.extensions_server_name",
            "tls.handshake.extensions_server_name contains \"goog\"", "tls.handshake.extensions_server_name matches \"\\\\.(com|net)$\"",
            "tls.handshake.type == 1", "tls.handshake.type == 2", "tls.handshake.type in {11, 14}",
            "tls.handshake.ciphersuite == 0x1301", "tls.handshake.version == 0x0303", "tls.handshake.ja3",
            "tls.handshake.ja4 contains \"t13d\"", "x509sat.printableString", "x509ce.dNSName contains \".com\"",
            "tls.handshake.certificate_length > 1000", "tcp.port == 443", "ip.addr == 10.0.0.1",
            "tcp.flags.syn == 1", "frame.len > 200", "tcp.len > 0", "udp");

    @Property(tries = 30)
    void quietConnectionsSelectTheSameFrames(@ForAll("filters") String text) throws Exception {
        Filter filter = Filter.compile(text);
        for (String name : CAPTURES) {
            List<Frame> frames = frames(name);
            assertEquals(selected(filter, frames, false), selected(filter, frames, true), name + ": " + text);
        }
    }

    @Provide
    Arbitrary<String> filters() {
        return filter(3);
    }

    private static Arbitrary<String> filter(int depth) {
        Arbitrary<String> leaf = Arbitraries.of(RELATIONS);
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> sub = Arbitraries.lazy(() -> filter(depth - 1));
        return Arbitraries.oneOf(leaf, leaf,
                sub.map(f -> "!(" + f + ")"),
                Arbitraries.of("&&", "||").flatMap(op -> sub.flatMap(a -> sub.map(b -> "(" + a + ") " + op + " (" + b + ")"))));
    }

    /** The frames {@code -Y} selects: sieved, then tested; {@code everySegment} records a record-layer field too. */
    private static BitSet selected(Filter filter, List<Frame> frames, boolean everySegment) {
        FieldRegistry registry = FieldRegistry.standard();
        BitSet shown = new BitSet();
        shown.set(registry.lookup("frame.number").id());
        BitSet needed = filter.fields();
        needed.or(shown);
        if (everySegment) {
            needed.set(registry.lookup("tls.record.content_type").id());
        }
        Session session = Session.needing(needed);
        BitSet out = new BitSet();
        for (Frame f : frames) {
            Packet p = session.select(f, filter.sieve(), shown);
            if (p != null && filter.test(p)) {
                out.set((int) f.number());
            }
        }
        return out;
    }

    private static synchronized List<Frame> frames(String name) {
        return FRAMES.computeIfAbsent(name, n -> TestCaptures.read(TestFiles.CORPUS.resolve(n)));
    }
}
