package io.sharkfin.filter.codegen;

import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.Frame;
import io.sharkfin.capture.TestFiles;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.PacketStream;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.Sieve;
import io.sharkfin.dissect.protocol.FrameDissector;
import io.sharkfin.filter.CompileOptions;
import io.sharkfin.filter.Filter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.BiPredicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A filter's {@link HeaderSieve} must never reject a frame the filter would select, and should
 * reject the frames whose headers decide. Every corpus capture is read with every frame dissected
 * and again with the sieve, for filters on the fields the view reads (addresses, ports, with
 * "any", "all", negation, sets and netmasks), on fields a header-only frame cannot hold, and on
 * values only dissection gives. Frames whose headers show they pass are left undissected when
 * the reader wants only the capture record's fields ({@link Session#select}), and must give the
 * same values.
 */
class HeaderSieveTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // filter ; whether the sieve must reject some frames of the corpus ; whether it passes some
            "ip.addr == 127.0.0.10 && tcp.port == 443 ; true ; true",
            "ip.src == 10.0.0.0/8 || udp.port == 53 ; true ; true",
            "!(ip.addr == 192.168.1.1) ; true ; true",
            "ip.addr != 10.0.0.5 ; true ; true",
            "ip.dst ~= 127.0.0.1 && tcp.dstport > 1024 ; true ; true",
            "tcp.port in {80, 443, 8000..8080} ; true ; true",
            "all tcp.port in {80, 443} ; true ; false",
            "all tcp.port in {443, 1024..65535} ; true ; true",
            "frame.len > 100 || ip.addr == 1.2.3.4 ; true ; true",
            "ip.len > 100 || ip.addr == 1.2.3.4 ; true ; true",
            "ip.checksum > 100 || ip.addr == 1.2.3.4 ; false ; false",
            "!(frame.len > 100 && tcp.port == 443) ; true ; true",
            "!(ip.len > 100 && tcp.port == 443) ; true ; true",
            "!(ip.checksum > 100 && tcp.port == 443) ; false ; true",
            "!(all tcp.port in {443, 1024..65535}) ; true ; true",
            "not tcp.port in {80, 443} and ip.proto == 6 ; true ; true",
            "ip.proto == 17 && ip.ttl < 64 ; true ; true",
            "udp.srcport >= 1024 && !(udp.dstport == 53) ; true ; true",
            "dns.flags.rcode == 3 ; true ; false",
            "http.user_agent contains \"MSIE\" ; true ; false",
            "tls.handshake.extensions_server_name matches \"\\\\.top$\" ; true ; false",
            "tls.handshake.extensions_server_name ; true ; false",
            "!dns ; false ; true",
            "dns || ip.ttl > 0 ; true ; true",
            "dns || tcp ; true ; true",
            "ipv6.addr == ::1 && tcp.port == 80 ; true ; true",
            "ipv6.src == fe80::/10 || ipv6.hlim == 255 ; true ; true",
            "!(ipv6.addr == ::1) && ipv6.nxt == 17 ; true ; true",
            "eth.addr == ff:ff:ff:ff:ff:ff ; true ; true",
            "!(eth.dst == 00:00:00:00:00:00) && udp ; true ; true",
            "eth.src > 00:00:00:00:00:00 && !(eth.type == 0x0800) ; true ; true",
            "vlan.id == 10 || tcp.len > 1000 ; true ; true",
            "ip.len < 100 && udp.length > 20 ; true ; true",
            "tcp.hdr_len > 20 && ip.id != 0 ; true ; true",
            "ipv6.plen > 1000 || eth.type == 0x0806 ; true ; true",
            "frame.len > 100 && tcp.dstport == 443 ; true ; true",
            "eth.type == 0x0800 && ip.addr == 1.2.3.4 ; true ; false",
            "count(ip.addr) == 2 && udp ; true ; false",
            "tcp.flags.syn == 1 && tcp.flags.ack == 0 ; true ; true",
            "tcp.flags.reset || tcp.flags.fin == 1 ; true ; true",
            "!(tcp.flags.push) && tcp.flags & 0x10 ; true ; false",
            "tcp.flags == 0x018 && frame.len > 100 ; true ; true",
            "(frame.number <= 10 || frame.cap_len < 60) && ip.proto == 6 ; true ; true",
            "!(frame.len > 1000) && udp ; true ; true",
            "!(ip.len > 1000) && udp ; true ; true",
            "!(ip.checksum > 1000) && udp ; true ; false",
            "count(ip.addr) == 2 && udp.port == 53 ; true ; false",
    })
    void selectsWhatEveryPacketDissectedSelects(String text, boolean rejects, boolean passes) throws Exception {
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
        long[] undissected = {0};
        for (Path capture : TestFiles.corpusCaptures()) {
            List<Long> all = select(capture, f, null);
            List<Long> sieved = select(capture, f, counting);
            assertEquals(all, sieved, capture + " :: " + text);
            // as the command line runs `-T fields -e frame.number ...` and `-w`
            assertEquals(recordFields(capture, f, null, undissected),
                    recordFields(capture, f, sieve, undissected), capture + " :: " + text + " (record fields)");
            // as the command line prints them from the record, for frames the screen passes
            assertEquals(printed(capture, f, null, new long[1]), printed(capture, f, sieve, new long[1]),
                    capture + " :: " + text + " (printed from the record)");
            selected += all.size();
        }
        assertEquals(rejects, rejected[0] > 0, rejected[0] + " frames rejected by the sieve of " + text
                + " (" + selected + " selected)");
        assertEquals(passes, undissected[0] > 0, undissected[0] + " frames passed undissected by the sieve of "
                + text + " (" + selected + " selected)");
    }

    @Test
    void passingFramesAreDissectedForAnyFieldBeyondTheRecord() throws Exception {
        Filter f = Filter.compile("ip.addr == 127.0.0.10 && tcp.port == 443");
        assertTrue(undissected(f, fields("frame.number")) > 0);
        assertTrue(undissected(f, new BitSet()) > 0); // -w, -c, -q
        assertEquals(0, undissected(f, fields("frame.number", "tcp.srcport")));
        assertEquals(0, undissected(f, fields("frame.protocols")));
        assertEquals(0, undissected(f, fields("frame")));
    }

    /** How many corpus frames {@code f}'s sieve passes undissected for a reader of {@code shown}. */
    private static long undissected(Filter f, BitSet shown) throws Exception {
        return counted(f, shown, (session, frame) -> {
            Packet p = session.select(frame, f.sieve(), shown);
            return p != null && p.passedBy() != null;
        });
    }

    /** How many corpus frames {@link Session#selectPrinting} passes on their record for {@code shown}. */
    private static long passedOnRecord(Filter f, BitSet shown) throws Exception {
        return counted(f, shown, (session, frame) ->
                session.selectPrinting(frame, f.sieve(), shown) == Session.Selection.PASSED_ON_RECORD);
    }

    /** How many corpus frames {@code selects} counts, each given to it in a session primed for {@code f} and {@code shown}. */
    private static long counted(Filter f, BitSet shown, BiPredicate<Session, Frame> selects) throws Exception {
        long n = 0;
        for (Path capture : TestFiles.corpusCaptures()) {
            Session session = primed(f, shown);
            try (CaptureReader reader = CaptureFiles.stream(capture)) {
                Frame frame = new Frame();
                while (reader.next(frame)) {
                    n += selects.test(session, frame) ? 1 : 0;
                }
            }
        }
        return n;
    }

    /**
     * The record's fields (number, relative time, delta to the previous displayed frame,
     * lengths) of each frame {@code f} selects, read as the command line reads them for
     * {@code -T fields}: frames whose headers show they pass are not dissected when a sieve is
     * given.
     */
    private static List<String> recordFields(Path capture, Filter f, Sieve sieve, long[] undissected)
            throws Exception {
        BitSet shown = fields("frame.number", "frame.time_relative", "frame.time_delta_displayed",
                "frame.len", "frame.cap_len");
        Session session = primed(f, shown);
        List<String> out = new ArrayList<>();
        try (CaptureReader reader = CaptureFiles.stream(capture)) {
            Frame frame = new Frame();
            while (reader.next(frame)) {
                Packet p = session.select(frame, sieve, shown);
                if (p == null || !f.test(p)) {
                    continue;
                }
                session.displayed(p);
                undissected[0] += p.passedBy() != null ? 1 : 0;
                StringJoiner line = new StringJoiner("\t");
                for (int id = shown.nextSetBit(0); id >= 0; id = shown.nextSetBit(id + 1)) {
                    int e = p.first(id);
                    line.add(e < 0 ? "" : FieldFormat.format(p, e));
                }
                out.add(line.toString());
            }
        }
        return out;
    }

    @Test
    void framesTheScreenPassesArePrintedFromTheirRecord() throws Exception {
        Filter f = Filter.compile("ip.addr == 127.0.0.10 && tcp.port == 443");
        long[] onRecord = {0};
        for (Path capture : TestFiles.corpusCaptures()) {
            printed(capture, f, f.sieve(), onRecord);
        }
        assertTrue(onRecord[0] > 0, "no frame printed from its record");
        // a delta needs the time of the frame before, which the session has moved past
        BitSet withDelta = fields("frame.number", "frame.time_delta");
        assertEquals(false, FrameDissector.printedFromRecord(withDelta));
        assertEquals(0, passedOnRecord(f, withDelta));
        assertEquals(0, passedOnRecord(f, fields("frame.number", "tcp.srcport")));
        assertTrue(passedOnRecord(f, fields("frame.number")) > 0);
    }

    /**
     * Every field {@link FrameDissector#appendRecordField} prints, of each frame {@code f}
     * selects: with a sieve as the command line prints {@code -T fields} (the frames the screen
     * passes from their record, counted in {@code onRecord}; the rest from their packets), and
     * without one from every frame's dissected packet.
     */
    private static List<String> printed(Path capture, Filter f, Sieve sieve, long[] onRecord) throws Exception {
        List<String> names = List.of("frame.number", "frame.len", "frame.cap_len", "frame.section_number",
                "frame.interface_id", "frame.encap_type", "frame.time", "frame.offset_shift", "frame.time_epoch",
                "frame.time_relative", "frame.marked", "frame.ignored");
        BitSet shown = fields(names.toArray(String[]::new));
        assertTrue(FrameDissector.printedFromRecord(shown));
        int[] ids = names.stream().mapToInt(name -> FieldRegistry.standard().lookup(name).id()).toArray();
        FrameDissector.RecordField[] record = Arrays.stream(ids).mapToObj(FrameDissector.RecordField::of)
                .toArray(FrameDissector.RecordField[]::new);
        Session session = primed(f, shown);
        List<String> out = new ArrayList<>();
        try (CaptureReader reader = CaptureFiles.stream(capture)) {
            Frame frame = new Frame();
            while (reader.next(frame)) {
                Session.Selection selection = sieve == null
                        ? (session.select(frame, null, shown) != null ? Session.Selection.DISSECTED : Session.Selection.REJECTED)
                        : session.selectPrinting(frame, sieve, shown);
                Packet p = session.packet();
                if (selection == Session.Selection.REJECTED
                        || selection == Session.Selection.DISSECTED && !f.test(p)) {
                    continue;
                }
                StringJoiner line = new StringJoiner("\t");
                for (int i = 0; i < ids.length; i++) {
                    StringBuilder value = new StringBuilder();
                    if (selection == Session.Selection.PASSED_ON_RECORD) {
                        FrameDissector.appendRecordField(record[i], frame, session, value);
                    } else if (p.first(ids[i]) >= 0) {
                        FieldFormat.append(p, p.first(ids[i]), value);
                    }
                    line.add(value);
                }
                onRecord[0] += selection == Session.Selection.PASSED_ON_RECORD ? 1 : 0;
                out.add(line.toString());
            }
        }
        return out;
    }

    /** A session recording what {@code f} reads and the output shows, as the command line primes it. */
    private static Session primed(Filter f, BitSet shown) {
        BitSet needed = f.fields();
        needed.or(shown);
        return Session.needing(needed);
    }

    private static BitSet fields(String... names) {
        BitSet ids = new BitSet();
        for (String name : names) {
            ids.set(FieldRegistry.standard().lookup(name).id());
        }
        return ids;
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
