package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Truncated;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * UDP ({@code udp}): ports, length, checksum (unverified, as Wireshark's default; a zero checksum
 * is "not present" over IPv4 and illegal over IPv6), the stream index and per-stream times, the
 * payload, and the hand-off: the heuristic dissector that owns the conversation
 * ({@link ConversationOwner}), the lower port, then the higher, then the heuristic dissectors
 * ({@link #addHeuristic}), then {@code data}.
 */
public final class UdpDissector implements Dissector {

    public static final FieldSpec UDP = FieldSpec.protocol("udp", "User Datagram Protocol");
    public static final FieldSpec SRCPORT = Fields.u16("udp.srcport", "Source Port", "BASE_PT_UDP");
    public static final FieldSpec DSTPORT = Fields.u16("udp.dstport", "Destination Port", "BASE_PT_UDP");
    public static final FieldSpec PORT = Fields.u16("udp.port", "Source or Destination Port", "BASE_PT_UDP");
    public static final FieldSpec STREAM = Fields.u32("udp.stream", "Stream index", "BASE_DEC");
    public static final FieldSpec LENGTH = Fields.u16("udp.length", "Length", "BASE_DEC");
    public static final FieldSpec CHECKSUM = Fields.u16("udp.checksum", "Checksum", "BASE_HEX");
    public static final FieldSpec CHECKSUM_STATUS = Fields.u8("udp.checksum.status", "Checksum Status", "BASE_NONE");
    public static final FieldSpec TIME_RELATIVE = Fields.relTime("udp.time_relative", "Time since first frame");
    public static final FieldSpec TIME_DELTA = Fields.relTime("udp.time_delta", "Time since previous frame");
    public static final FieldSpec PAYLOAD = Fields.bytes("udp.payload", "Payload");

    static final Expert.Info POSSIBLE_TRACEROUTE = Expert.Info.of("udp.possible_traceroute",
            Expert.Group.SEQUENCE, Expert.Severity.CHAT, "Possible traceroute");
    static final Expert.Info LENGTH_BAD = Expert.Info.of("udp.length.bad", Expert.Group.MALFORMED,
            Expert.Severity.ERROR, "Bad length value");
    static final Expert.Info CHECKSUM_ZERO = Expert.Info.of("udp.checksum.zero", Expert.Group.CHECKSUM,
            Expert.Severity.ERROR, "Illegal checksum value (0)");
    static final Expert.Info LENGTH_BAD_ZERO = Expert.Info.of("udp.length.bad_zero",
            Expert.Group.PROTOCOL, Expert.Severity.WARN, "Length is zero but payload < 65536");

    private static final List<FieldSpec> FIELDS = List.of(SRCPORT, DSTPORT, PORT, STREAM, LENGTH,
            CHECKSUM, CHECKSUM_STATUS, TIME_RELATIVE, TIME_DELTA, PAYLOAD, POSSIBLE_TRACEROUTE.field(),
            LENGTH_BAD.field(), CHECKSUM_ZERO.field(), LENGTH_BAD_ZERO.field());

    private static final int HEADER = 8;
    private static final int TRACEROUTE_BASE = 32768 + 666;

    /** Per-capture stream numbering. */
    private static final class Streams {
        final ConversationTable table = new ConversationTable();
    }

    private final Dissectors ds;
    // replaced, never changed in place: iterating it on the per-frame path allocates nothing
    private volatile Dissector[] heuristics = new Dissector[0];

    public UdpDissector(Dissectors ds) {
        this.ds = ds;
    }

    /**
     * Adds a heuristic dissector, tried (in the order added) for payloads no port dissector took
     * (Wireshark's "udp" heuristic table, with "try heuristic sub-dissectors first" off). It must
     * return 0 for payloads that are not its own.
     */
    public synchronized void addHeuristic(Dissector d) {
        Dissector[] more = Arrays.copyOf(heuristics, heuristics.length + 1);
        more[heuristics.length] = d;
        heuristics = more;
    }

    @Override
    public FieldSpec protocol() {
        return UDP;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public List<String> calls() {
        List<String> out = new ArrayList<>(ds.udpPort.protocolNames());
        for (Dissector h : heuristics) {
            if (!out.contains(h.protocol().name())) {
                out.add(h.protocol().name());
            }
        }
        out.add("data");
        return out;
    }

    @Override
    public int dissect(Packet p, int buf, int off, int len) {
        Calls.needBeforeItem(p, buf, off, len, 4);
        int src = p.u16(buf, off);
        int dst = p.u16(buf, off + 2);
        p.setProtocolLength(HEADER);
        int srcItem = p.addUInt(SRCPORT, buf, off, 2, src);
        int dstItem = p.addUInt(DSTPORT, buf, off + 2, 2, dst);
        p.addUInt(PORT, buf, off, 2, src);
        p.addUInt(PORT, buf, off + 2, 2, dst);
        traceroute(p, buf, off, srcItem, src);
        traceroute(p, buf, off + 2, dstItem, dst);
        int ulen = p.u16(buf, off + 4);
        int lenItem = p.addUInt(LENGTH, buf, off + 4, 2, ulen);
        boolean jumbogram = false;
        if (ulen == 0 && p.netFamily() == 6) {
            ulen = len;
            jumbogram = true;
        }
        // packet-udp.c appends to the item why the length is bogus
        if (ulen < HEADER) {
            if (p.wantsText()) {
                p.setLabel(lenItem, "Length: " + ulen + " (bogus, must be at least 8)");
            }
            if (Expert.wanted(p, LENGTH_BAD)) {
                Expert.add(p, lenItem, LENGTH_BAD, buf, off + 4, "Bad length value " + ulen + " < 8");
            }
            return len;
        }
        if (ulen > len && !p.fragmented() && !p.inErrorPacket()) {
            if (p.wantsText()) {
                p.setLabel(lenItem, "Length: " + ulen + " (bogus, payload length " + len + ")");
            }
            if (Expert.wanted(p, LENGTH_BAD)) {
                Expert.add(p, lenItem, LENGTH_BAD, buf, off + 4,
                        "Bad length value " + ulen + " > IP payload length");
            }
        }
        if (jumbogram && ulen < 65536) {
            Expert.add(p, lenItem, LENGTH_BAD_ZERO, buf, off + 4);
        }
        int checksum = p.u16(buf, off + 6);
        if (checksum == 0) {
            int e = p.addUInt(CHECKSUM, buf, off + 6, 2, 0);
            if (p.netFamily() == 4 || p.inErrorPacket()) {
                addStatus(p, e, buf, off, Checksums.NOT_PRESENT);
            } else {
                Expert.add(p, e, CHECKSUM_ZERO, buf, off + 6);
                addStatus(p, e, buf, off, Checksums.ILLEGAL);
            }
        } else {
            Checksums.unverified(p, CHECKSUM, CHECKSUM_STATUS, buf, off + 6, 2, checksum);
        }
        p.setPorts(src, dst);
        Streams streams = null;
        int conversation = -1;
        long now = p.frame().clockNanos();
        if (p.wants(STREAM) || p.wants(TIME_RELATIVE) || p.wants(TIME_DELTA)) {
            streams = p.session().state(Streams.class, Streams::new);
            conversation = streams.table.lookup(p, src, dst, now);
            p.addUInt(STREAM, buf, off + HEADER, 0, conversation);
        }
        if (ulen == HEADER) {
            return len;
        }
        if (streams != null && !p.inErrorPacket()) {
            long previous = streams.table.swapPreviousTime(conversation, now);
            int saved = p.openSubtree(p.addText(buf, off, 0, "Timestamps", true));
            p.addTime(TIME_RELATIVE, buf, off, 0, now - streams.table.firstTime(conversation));
            p.addTime(TIME_DELTA, buf, off, 0, now - previous);
            p.closeSubtree(saved);
        }
        int captured = Math.max(0, Math.min(len, p.bufferLength(buf) - off));
        if (!p.inErrorPacket() || captured > HEADER) {
            handOff(p, buf, off, len, captured, ulen, src, dst);
        }
        return len;
    }

    /** The fields {@link #addHeaderOnly} adds; a session wanting another UDP field uses this dissector. */
    static final List<FieldSpec> HEADER_ONLY_FIELDS = List.of(UDP, SRCPORT, DSTPORT, PORT, LENGTH);

    /**
     * Adds the {@link #HEADER_ONLY_FIELDS} of a well-formed datagram, in the order and with the
     * values and spans {@link #dissect} gives them. The protocol item is the caller's.
     */
    static void addHeaderOnly(Packet p, int buf, int off) {
        int src = p.u16(buf, off);
        int dst = p.u16(buf, off + 2);
        p.addUInt(SRCPORT, buf, off, 2, src);
        p.addUInt(DSTPORT, buf, off + 2, 2, dst);
        p.addUInt(PORT, buf, off, 2, src);
        p.addUInt(PORT, buf, off + 2, 2, dst);
        p.addUInt(LENGTH, buf, off + 4, 2, p.u16(buf, off + 4));
        p.setPorts(src, dst);
    }

    /**
     * Whether a heuristic dissector that may own conversations runs in this session: it is asked
     * first, whatever the ports (see {@link #tryOwner}).
     */
    boolean ownersRun(Packet p) {
        for (Dissector h : heuristics) {
            if (h instanceof ConversationOwner && Calls.needed(p, h)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The running heuristic dissector that owns the datagram's conversation (it is offered the
     * payload first, see {@link #tryOwner}), or null; the packet's addresses and ports are set.
     */
    ConversationOwner owner(Packet p) {
        for (Dissector h : heuristics) {
            if (h instanceof ConversationOwner o && Calls.needed(p, h) && o.ownsConversation(p)) {
                return o;
            }
        }
        return null;
    }

    /**
     * The heuristic dissectors this session runs on a payload whose ports have no dissector, in
     * the order they are tried, when each can be asked without running it and {@code data} does
     * not run (then a payload they all decline goes to no dissector, see {@link #tryHeuristics});
     * otherwise null.
     */
    List<StatelessHeuristic> askableHeuristics(Packet p) {
        if (Calls.needed(p, ds.byName("data"))) {
            return null;
        }
        List<StatelessHeuristic> out = new ArrayList<>();
        for (Dissector h : heuristics) {
            if (Calls.needed(p, h)) {
                if (!(h instanceof StatelessHeuristic s)) {
                    return null;
                }
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    private static void addStatus(Packet p, int checksumItem, int buf, int off, int status) {
        int saved = p.openSubtree(checksumItem);
        p.addUInt(CHECKSUM_STATUS, buf, off + 6, 2, status);
        p.closeSubtree(saved);
    }

    private static void traceroute(Packet p, int buf, int at, int item, int port) {
        if (port > TRACEROUTE_BASE && port <= TRACEROUTE_BASE + 30) {
            int n = port - TRACEROUTE_BASE - 1;
            if (Expert.wanted(p, POSSIBLE_TRACEROUTE)) {
                Expert.add(p, item, POSSIBLE_TRACEROUTE, buf, at,
                        "Possible traceroute: hop #" + (n / 3 + 1) + ", attempt #" + (n % 3 + 1));
            }
        }
    }

    /**
     * Wireshark's {@code decode_udp_ports}: the payload item, then the conversation's dissector,
     * the port tables, the heuristics, then data.
     */
    private void handOff(Packet p, int buf, int off, int len, int captured, int ulen, int src, int dst) {
        int start = off + HEADER;
        int reported = len - HEADER;
        if (ulen - HEADER < reported) {
            reported = ulen - HEADER;
        }
        if (reported > 0 && captured <= HEADER) {
            // the payload item spans the rest, which must hold a byte when there is one to hold:
            // a capture cut right after the header ends UDP there, before any dissector runs
            throw Truncated.SHORT;
        }
        p.addBytes(PAYLOAD, buf, start, Math.max(0, captured - HEADER));
        int low = Math.min(src, dst);
        int high = Math.max(src, dst);
        if (tryOwner(p, buf, start, reported)
                || tryPort(p, low, buf, start, reported) || tryPort(p, high, buf, start, reported)
                || tryHeuristics(p, buf, start, reported)) {
            return;
        }
        Calls.data(p, ds, buf, start, reported);
    }

    /**
     * Whether the heuristic dissector owning the conversation took the payload. One the session
     * does not run has seen none of the conversation, so it owns nothing. A datagram the owner
     * takes quietly (it would add only the owner's own fields and keep nothing) is taken without
     * dissecting it when the session records none of those fields: a QUIC short header packet
     * of a connection whose keys are unknown, when only the TLS inside QUIC is of interest.
     */
    private boolean tryOwner(Packet p, int buf, int off, int len) {
        ConversationOwner owner = owner(p);
        if (owner == null) {
            return false;
        }
        if (!p.session().runsAllDissectors() && !p.wantsAny(owner.ownFields())
                && owner.takesQuietly(p, buf, off, len)) {
            return true;
        }
        return p.call(owner, buf, off, len) != 0;
    }

    /**
     * Whether a heuristic dissector took the payload. One that nobody needs still runs when
     * {@code data} is needed: only it can tell whether the payload is data.
     */
    private boolean tryHeuristics(Packet p, int buf, int off, int len) {
        Dissector[] all = heuristics;
        if (all.length == 0) {
            return false;
        }
        boolean dataNeeded = Calls.needed(p, ds.byName("data"));
        for (Dissector h : all) {
            int taken = Calls.ifNeededOr(dataNeeded, p, h, buf, off, len);
            if (taken != Calls.NOT_RUN && taken != 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the dissector of {@code port} took the payload (or was not needed). */
    private boolean tryPort(Packet p, int port, int buf, int off, int len) {
        if (port == 0) {
            return false;
        }
        Dissector d = ds.udpPort.get(port);
        return d != null && Calls.ifNeeded(p, d, buf, off, len) != 0;
    }

    @Override
    public String label(Packet p, int entry) {
        if (!Addresses.has(p, entry, 4)) {
            return null;
        }
        return "User Datagram Protocol, Src Port: " + Addresses.u16At(p, entry, 0) + ", Dst Port: "
                + Addresses.u16At(p, entry, 2);
    }
}
