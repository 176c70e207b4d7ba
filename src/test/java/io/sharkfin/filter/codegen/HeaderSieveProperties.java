package io.sharkfin.filter.codegen;

import io.sharkfin.capture.CaptureFiles;
import io.sharkfin.capture.CaptureReader;
import io.sharkfin.capture.Frame;
import io.sharkfin.capture.LinkType;
import io.sharkfin.capture.TestFiles;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.Sieve;
import io.sharkfin.filter.Filter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random filters made of relations the view reads, relations on fields a header-only frame cannot
 * hold and relations only dissection decides, joined by "and", "or" and "not": run over corpus
 * frames and damaged copies of them, a session with the filter's sieve must select exactly the
 * frames a session without it selects.
 */
class HeaderSieveProperties {

    private static final List<String> RELATIONS = List.of(
            "ip.addr == 127.0.0.10", "ip.src == 127.0.0.0/8", "ip.dst != 127.0.0.53", "ip.addr ~= 127.0.0.2",
            "tcp.port == 443", "tcp.port in {80, 443, 1024..65535}", "all tcp.port in {443, 1024..65535}",
            "udp.port == 53", "udp.length > 100", "tcp.flags.syn == 1", "tcp.flags.ack", "tcp.flags & 0x12",
            "tcp.len > 0", "tcp.hdr_len > 20", "ip.ttl < 64", "ip.proto == 17", "ip.len < 60", "ip.id == 0",
            "frame.len > 200", "frame.number < 100", "eth.type == 0x86dd", "vlan.id == 10",
            "ipv6.addr == ::1", "ipv6.src == fe80::/10", "ipv6.hlim == 255", "eth.addr == ff:ff:ff:ff:ff:ff",
            "eth.src > 00:00:00:00:00:00", "dns", "dns.flags.rcode == 3", "http.request", "tls.handshake.type == 1",
            "quic", "count(ip.addr) == 2", "tcp.srcport + 1 == tcp.dstport", "ip.checksum > 1000", "tcp");

    /** Corpus frames in capture order, then damaged copies (headers changed, frames cut). */
    private static final List<Frame> FRAMES = frames();
    /**
     * The same frames in one buffer, as a capture reader hands them out: the session's
     * {@link io.sharkfin.dissect.FrameScreen} reads such frames straight from the buffer.
     */
    private static final List<Frame> BUFFERED = inOneBuffer(FRAMES);
    // frames the screen rejected over all tries: it must have taken part
    private static long screened;

    @Property(tries = 150)
    void sievedSessionSelectsWhatADissectingOneSelects(@ForAll("filters") String text) throws Exception {
        Filter f = Filter.compile(text);
        Sieve sieve = f.sieve();
        for (List<Frame> frames : List.of(FRAMES, BUFFERED)) {
            Session plain = Session.needing(f.fields());
            Session sieved = Session.needing(f.fields());
            for (Frame frame : frames) {
                boolean expected = f.test(plain.dissect(frame));
                Packet p = sieved.dissect(frame, sieve);
                assertEquals(expected, p != null && f.test(p), text + " on frame " + frame.number()
                        + (frames == BUFFERED ? " (buffered)" : ""));
            }
            screened += sieved.framesScreened();
        }
    }

    @AfterContainer
    static void theScreenTookPart() {
        assertTrue(screened > 0, "no frame was rejected from its bytes");
    }

    private static List<Frame> inOneBuffer(List<Frame> frames) {
        int size = frames.stream().mapToInt(f -> (int) f.bytes().byteSize()).sum();
        byte[] all = new byte[size];
        MemorySegment buffer = MemorySegment.ofArray(all);
        List<Frame> out = new ArrayList<>();
        int at = 0;
        for (Frame f : frames) {
            MemorySegment bytes = f.bytes();
            MemorySegment.copy(bytes, 0, buffer, at, bytes.byteSize());
            out.add(new Frame().set(f.number(), f.timestampNanos(), f.capturedLength(), f.originalLength(),
                    f.linkType(), f.interfaceId(), buffer, at));
            at += (int) bytes.byteSize();
        }
        return out;
    }

    @Provide
    Arbitrary<String> filters() {
        return Arbitraries.recursive(() -> Arbitraries.of(RELATIONS), inner -> Arbitraries.oneOf(
                inner.map(x -> "!(" + x + ")"),
                inner.list().ofSize(2).map(l -> "(" + l.get(0) + ") && (" + l.get(1) + ")"),
                inner.list().ofSize(2).map(l -> "(" + l.get(0) + ") || (" + l.get(1) + ")")), 0, 4);
    }

    private static List<Frame> frames() {
        List<Frame> out = new ArrayList<>();
        List<byte[]> bytes = new ArrayList<>();
        long number = 0;
        try {
            for (String capture : List.of("lab-web-mixed.pcap", "ja4-tls3.pcapng", "lab-c2-a.pcap")) {
                try (CaptureReader r = CaptureFiles.open(TestFiles.CORPUS.resolve(capture))) {
                    Frame frame = new Frame();
                    for (int i = 0; i < 400 && r.next(frame); i++) {
                        Frame copy = frame.copy();
                        out.add(new Frame().set(++number, copy.timestampNanos(), copy.capturedLength(),
                                copy.originalLength(), copy.linkType(), copy.interfaceId(), copy.segment(), copy.offset()));
                        bytes.add(frame.bytes().toArray(ValueLayout.JAVA_BYTE));
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Random random = new Random(7);
        for (int i = 0; i < 400; i++) {
            byte[] data = bytes.get(random.nextInt(bytes.size())).clone();
            for (int c = random.nextInt(3); c > 0 && data.length > 0; c--) {
                data[random.nextInt(Math.min(data.length, 60))] = (byte) random.nextInt(256);
            }
            int captured = random.nextInt(6) == 0 ? random.nextInt(data.length + 1) : data.length;
            out.add(new Frame().set(++number, number * 1_000_000L, captured, data.length, LinkType.ETHERNET, 0,
                    MemorySegment.ofArray(data), 0));
        }
        return out;
    }
}
