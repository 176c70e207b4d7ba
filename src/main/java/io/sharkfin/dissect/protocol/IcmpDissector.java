package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Truncated;

import java.util.List;

/**
 * ICMP ({@code icmp}): type, code, checksum (verified unless the datagram is fragmented,
 * truncated or quoted in an error), the second word per type, and the body: the quoted IP
 * datagram of error messages (dissected as an error packet, so its fields occur a second time),
 * echo request/reply pairing ({@code icmp.resp_to}, {@code icmp.resptime}) and timestamps in echo
 * data, router advertisements, timestamp and mask messages, and RFC 4884 extension headers.
 */
public final class IcmpDissector implements Dissector {

    public static final FieldSpec ICMP = FieldSpec.protocol("icmp", "Internet Control Message Protocol");
    public static final FieldSpec TYPE = Fields.u8("icmp.type", "Type", "BASE_DEC");
    public static final FieldSpec CODE = Fields.u8("icmp.code", "Code", "BASE_DEC");
    public static final FieldSpec CHECKSUM = Fields.u16("icmp.checksum", "Checksum", "BASE_HEX");
    public static final FieldSpec CHECKSUM_STATUS = Fields.u8("icmp.checksum.status", "Checksum Status", "BASE_NONE");
    public static final FieldSpec UNUSED = Fields.bytes("icmp.unused", "Unused");
    public static final FieldSpec IDENT = Fields.u16("icmp.ident", "Identifier (BE)", "BASE_DEC_HEX");
    public static final FieldSpec IDENT_LE = Fields.u16("icmp.ident_le", "Identifier (LE)", "BASE_DEC_HEX");
    public static final FieldSpec SEQ = Fields.u16("icmp.seq", "Sequence Number (BE)", "BASE_DEC_HEX");
    public static final FieldSpec SEQ_LE = Fields.u16("icmp.seq_le", "Sequence Number (LE)", "BASE_DEC_HEX");
    public static final FieldSpec MTU = Fields.u16("icmp.mtu", "MTU of next hop", "BASE_DEC");
    public static final FieldSpec NUM_ADDRS = Fields.u8("icmp.num_addrs", "Number of addresses", "BASE_DEC");
    public static final FieldSpec ADDR_ENTRY_SIZE = Fields.u8("icmp.addr_entry_size", "Address entry size", "BASE_DEC");
    public static final FieldSpec LIFETIME = Fields.u16("icmp.lifetime", "Lifetime", "BASE_DEC");
    public static final FieldSpec POINTER = Fields.u32("icmp.pointer", "Pointer", "BASE_DEC");
    public static final FieldSpec ROUTER_ADDRESS = Fields.ipv4("icmp.router_address", "Router address");
    public static final FieldSpec PREF_LEVEL =
            Fields.uint("icmp.pref_level", "Preference level", FieldType.INT32, "BASE_DEC");
    public static final FieldSpec ORIGINATE_TIMESTAMP =
            Fields.u32("icmp.originate_timestamp", "Originate Timestamp", "BASE_DEC");
    public static final FieldSpec RECEIVE_TIMESTAMP =
            Fields.u32("icmp.receive_timestamp", "Receive Timestamp", "BASE_DEC");
    public static final FieldSpec TRANSMIT_TIMESTAMP =
            Fields.u32("icmp.transmit_timestamp", "Transmit Timestamp", "BASE_DEC");
    public static final FieldSpec ADDRESS_MASK = Fields.ipv4("icmp.address_mask", "Address Mask");
    public static final FieldSpec REDIR_GW = Fields.ipv4("icmp.redir_gw", "Gateway Address");
    public static final FieldSpec LENGTH = Fields.u8("icmp.length", "Length", "BASE_DEC");
    public static final FieldSpec LENGTH_ORIGINAL =
            Fields.u8("icmp.length.original_datagram", "Length of original datagram", "BASE_DEC");
    public static final FieldSpec RESP_TO = Fields.frame("icmp.resp_to", "Request frame");
    public static final FieldSpec RESPTIME = FieldSpec.of("icmp.resptime", "Response time", FieldType.DOUBLE);
    public static final FieldSpec DATA_TIME = FieldSpec.of("icmp.data_time", "Timestamp from icmp data",
            FieldType.ABSOLUTE_TIME).base("ABSOLUTE_TIME_LOCAL");
    public static final FieldSpec DATA_TIME_RELATIVE =
            Fields.relTime("icmp.data_time_relative", "Timestamp from icmp data (relative)");
    public static final FieldSpec EXT = Fields.none("icmp.ext", "ICMP Extensions");
    public static final FieldSpec EXT_VERSION = Fields.u8("icmp.ext.version", "Version", "BASE_DEC");
    public static final FieldSpec EXT_RES = Fields.uint("icmp.ext.res", "Reserved", FieldType.UINT16, "BASE_HEX", 0x0fff);
    public static final FieldSpec EXT_CHECKSUM = Fields.u16("icmp.ext.checksum", "Checksum", "BASE_HEX");
    public static final FieldSpec EXT_CHECKSUM_STATUS =
            Fields.u8("icmp.ext.checksum.status", "Checksum Status", "BASE_NONE");
    public static final FieldSpec EXT_LENGTH = Fields.u16("icmp.ext.length", "Length", "BASE_DEC");
    public static final FieldSpec EXT_CLASS = Fields.u8("icmp.ext.class", "Class", "BASE_DEC");
    public static final FieldSpec EXT_CTYPE = Fields.u8("icmp.ext.ctype", "C-Type", "BASE_DEC");
    public static final FieldSpec EXT_DATA = Fields.bytes("icmp.ext.data", "Data");
    public static final FieldSpec MPLS_LABEL =
            Fields.uint("icmp.mpls.label", "Label", FieldType.UINT24, "BASE_DEC", 0xfffff0);
    public static final FieldSpec MPLS_EXP =
            Fields.uint("icmp.mpls.exp", "Experimental", FieldType.UINT24, "BASE_DEC", 0x0e);
    public static final FieldSpec MPLS_S = Fields.bool("icmp.mpls.s", "Stack bit", 24, 0x01);
    public static final FieldSpec MPLS_TTL = Fields.u8("icmp.mpls.ttl", "Time to live", "BASE_DEC");
    public static final FieldSpec MPLS_DATA = Fields.bytes("icmp.mpls.data", "Data");

    static final Expert.Info CHECKSUM_BAD = Expert.Info.of("icmp.checksum_bad", Expert.Group.CHECKSUM,
            Expert.Severity.WARN, "Bad checksum");
    static final Expert.Info EXT_CHECKSUM_BAD = Expert.Info.of("icmp.ext.checksum_bad",
            Expert.Group.CHECKSUM, Expert.Severity.WARN, "Bad checksum");

    private static final List<FieldSpec> FIELDS = List.of(TYPE, CODE, CHECKSUM, CHECKSUM_STATUS,
            UNUSED, IDENT, IDENT_LE, SEQ, SEQ_LE, MTU, NUM_ADDRS, ADDR_ENTRY_SIZE, LIFETIME, POINTER,
            ROUTER_ADDRESS, PREF_LEVEL, ORIGINATE_TIMESTAMP, RECEIVE_TIMESTAMP, TRANSMIT_TIMESTAMP,
            ADDRESS_MASK, REDIR_GW, LENGTH, LENGTH_ORIGINAL, RESP_TO, RESPTIME, DATA_TIME,
            DATA_TIME_RELATIVE, EXT, EXT_VERSION, EXT_RES, EXT_CHECKSUM, EXT_CHECKSUM_STATUS,
            EXT_LENGTH, EXT_CLASS, EXT_CTYPE, EXT_DATA, MPLS_LABEL, MPLS_EXP, MPLS_S, MPLS_TTL,
            MPLS_DATA, CHECKSUM_BAD.field(), EXT_CHECKSUM_BAD.field());

    private static final int ECHOREPLY = 0;
    private static final int UNREACH = 3;
    private static final int SOURCEQUENCH = 4;
    private static final int REDIRECT = 5;
    private static final int ALTHOST = 6;
    private static final int ECHO = 8;
    private static final int RTRADVERT = 9;
    private static final int TIMXCEED = 11;
    private static final int PARAMPROB = 12;
    private static final int TSTAMP = 13;
    private static final int TSTAMPREPLY = 14;
    private static final int IREQ = 15;
    private static final int IREQREPLY = 16;
    private static final int MASKREQ = 17;
    private static final int MASKREPLY = 18;
    private static final int EXTECHO = 42;
    private static final int FRAG_NEEDED = 4;

    /** Per-capture echo pairing. */
    private static final class Echoes {
        final EchoTracker tracker = new EchoTracker();
    }

    private final Dissectors ds;

    public IcmpDissector(Dissectors ds) {
        this.ds = ds;
    }

    @Override
    public FieldSpec protocol() {
        return ICMP;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public List<String> calls() {
        return List.of("ip", "data");
    }

    @Override
    public int dissect(Packet p, int buf, int off, int len) {
        Calls.needBeforeItem(p, buf, off, len, 6);
        int type = p.u8(buf, off);
        int code = p.u8(buf, off + 1);
        int origLen = p.u8(buf, off + 5);
        if (type == ALTHOST) {
            origLen = 0;
        }
        int captured = Math.max(0, Math.min(len, p.bufferLength(buf) - off));
        p.setProtocolLength(captured);
        p.addUInt(TYPE, buf, off, 1, type);
        p.addUInt(CODE, buf, off + 1, 1, code);
        int checksum = p.u16(buf, off + 2);
        if (!p.fragmented() && captured >= len && !p.inErrorPacket()) {
            if (Checksums.wanted(p, CHECKSUM, CHECKSUM_STATUS, CHECKSUM_BAD)) {
                Checksums.verifyInCksum(p, CHECKSUM, CHECKSUM_STATUS, CHECKSUM_BAD, buf, off + 2,
                        checksum, Checksums.of(p, buf, off, len));
            }
        } else {
            Checksums.unverified(p, CHECKSUM, CHECKSUM_STATUS, buf, off + 2, 2, checksum);
        }
        secondWord(p, buf, off, type, code, origLen);
        switch (type) {
            case UNREACH, TIMXCEED, PARAMPROB, SOURCEQUENCH, REDIRECT -> quoted(p, buf, off, len, type, origLen);
            case ECHOREPLY, ECHO -> echo(p, buf, off, len, captured, type, checksum);
            case RTRADVERT -> {
                int n = p.u8(buf, off + 4);
                int size = p.u8(buf, off + 5);
                if (size == 2) {
                    for (int i = 0; i < n; i++) {
                        p.addIPv4(ROUTER_ADDRESS, buf, off + 8 + i * 8);
                        p.addInt(PREF_LEVEL, buf, off + 12 + i * 8, 4, (int) p.u32(buf, off + 12 + i * 8));
                    }
                } else {
                    Calls.data(p, ds, buf, off + 8, len - 8);
                }
            }
            case TSTAMP, TSTAMPREPLY -> {
                p.addUInt(ORIGINATE_TIMESTAMP, buf, off + 8, 4, p.u32(buf, off + 8));
                p.addUInt(RECEIVE_TIMESTAMP, buf, off + 12, 4, p.u32(buf, off + 12));
                p.addUInt(TRANSMIT_TIMESTAMP, buf, off + 16, 4, p.u32(buf, off + 16));
            }
            case MASKREQ, MASKREPLY -> p.addIPv4(ADDRESS_MASK, buf, off + 8);
            case EXTECHO -> {
                if (len > 8) {
                    extension(p, buf, off + 8, len - 8);
                }
            }
            default -> { }
        }
        return len;
    }

    private static void secondWord(Packet p, int buf, int off, int type, int code, int origLen) {
        switch (type) {
            case ECHOREPLY, ECHO, TSTAMP, TSTAMPREPLY, IREQ, IREQREPLY, MASKREQ, MASKREPLY -> identSeq(p, buf, off);
            case UNREACH -> {
                if (origLen > 0) {
                    p.addBytes(UNUSED, buf, off + 4, 1);
                    lengths(p, buf, off, origLen);
                    if (code == FRAG_NEEDED) {
                        p.addUInt(MTU, buf, off + 6, 2, p.u16(buf, off + 6));
                    } else {
                        p.addBytes(UNUSED, buf, off + 6, 2);
                    }
                } else if (code == FRAG_NEEDED) {
                    p.addBytes(UNUSED, buf, off + 4, 2);
                    p.addUInt(MTU, buf, off + 6, 2, p.u16(buf, off + 6));
                } else {
                    p.addBytes(UNUSED, buf, off + 4, 4);
                }
            }
            case RTRADVERT -> {
                p.addUInt(NUM_ADDRS, buf, off + 4, 1, p.u8(buf, off + 4));
                p.addUInt(ADDR_ENTRY_SIZE, buf, off + 5, 1, p.u8(buf, off + 5));
                p.addUInt(LIFETIME, buf, off + 6, 2, p.u16(buf, off + 6));
            }
            case PARAMPROB -> {
                p.addUInt(POINTER, buf, off + 4, 1, p.u8(buf, off + 4));
                if (origLen > 0) {
                    lengths(p, buf, off, origLen);
                    p.addBytes(UNUSED, buf, off + 6, 2);
                } else {
                    p.addBytes(UNUSED, buf, off + 5, 3);
                }
            }
            case REDIRECT -> p.addIPv4(REDIR_GW, buf, off + 4);
            case TIMXCEED -> {
                if (origLen > 0) {
                    p.addBytes(UNUSED, buf, off + 4, 1);
                    lengths(p, buf, off, origLen);
                    p.addBytes(UNUSED, buf, off + 6, 2);
                } else {
                    p.addBytes(UNUSED, buf, off + 4, 4);
                }
            }
            case EXTECHO, 43 -> identSeq(p, buf, off);
            default -> { }
        }
    }

    private static void identSeq(Packet p, int buf, int off) {
        p.addUInt(IDENT, buf, off + 4, 2, p.u16(buf, off + 4));
        p.addUInt(IDENT_LE, buf, off + 4, 2, p.u16le(buf, off + 4));
        p.addUInt(SEQ, buf, off + 6, 2, p.u16(buf, off + 6));
        p.addUInt(SEQ_LE, buf, off + 6, 2, p.u16le(buf, off + 6));
    }

    private static void lengths(Packet p, int buf, int off, int origLen) {
        p.addUInt(LENGTH, buf, off + 5, 1, origLen);
        p.addUInt(LENGTH_ORIGINAL, buf, off + 5, 1, origLen * 4L);
    }

    /** The datagram an error message quotes, then RFC 4884 extensions after it. */
    private void quoted(Packet p, int buf, int off, int len, int type, int origLen) {
        int quotedLen = Math.max(0, len - 8);
        if (type == REDIRECT) {
            quotedLen = Math.min(quotedLen, (p.u8(buf, off + 8) & 0x0f) * 4 + 8);
        } else if (origLen > 0 && len > 8 + origLen * 4 && p.u16(buf, off + 10) > origLen * 4) {
            quotedLen = Math.min(quotedLen, ((p.u8(buf, off + 8) & 0x0f) + origLen) * 4);
        }
        p.enterErrorPacket();
        try {
            Calls.ifNeeded(p, ds.byName("ip"), buf, off + 8, quotedLen);
        } finally {
            p.leaveErrorPacket();
        }
        if (len > 8 + 128 && p.u16(buf, off + 10) <= 128) {
            int extOffset = (origLen > 0 ? origLen * 4 : 128) + 8;
            if (extOffset > len) {
                // Wireshark fails to make the extension's data here
                throw Truncated.MALFORMED;
            }
            extension(p, buf, off + extOffset, len - extOffset);
        }
    }

    /**
     * RFC 4884 extension structure: MPLS label stack objects (RFC 4950) are decoded, other
     * objects are shown by their generic header and data.
     */
    private static void extension(Packet p, int buf, int off, int len) {
        int ext = Calls.none(p, EXT, buf, off, len);
        if (len < 4) {
            return;
        }
        if (p.wantsText()) {
            p.setLabel(ext, "ICMP Multi-Part Extensions");
        }
        int saved = p.openSubtree(ext);
        int version = p.u8(buf, off) >>> 4;
        p.addUInt(EXT_VERSION, buf, off, 1, version);
        p.addUInt(EXT_RES, buf, off, 2, p.u16(buf, off) & 0x0fff);
        int checksum = p.u16(buf, off + 2);
        if (checksum == 0) {
            p.addUInt(EXT_CHECKSUM, buf, off + 2, 2, 0);
            p.addUInt(EXT_CHECKSUM_STATUS, buf, off + 2, 2, Checksums.NOT_PRESENT);
        } else {
            Checksums.verifyInCksum(p, EXT_CHECKSUM, EXT_CHECKSUM_STATUS, EXT_CHECKSUM_BAD, buf,
                    off + 2, checksum, Checksums.of(p, buf, off, len));
        }
        if (version == 1 || version == 2) {
            int at = off + 4;
            while (off + len - at >= 4) {
                int objLen = p.u16(buf, at);
                int trunc = Math.min(objLen, off + len - at);
                int objClass = p.u8(buf, at + 2);
                int ctype = p.u8(buf, at + 3);
                boolean mpls = objClass == 1 && ctype == 1;
                // each object under a text item naming it, as packet-icmp.c draws it
                int object = p.addText(buf, at, Math.max(0, trunc), mpls ? "MPLS Stack Entry"
                        : "Unknown object (" + objClass + "/" + ctype + ")", false);
                int inObject = p.openSubtree(object);
                try {
                    p.addUInt(EXT_LENGTH, buf, at, 2, objLen);
                    p.addUInt(EXT_CLASS, buf, at + 2, 1, objClass);
                    if (objLen < 4) {
                        break;
                    }
                    p.addUInt(EXT_CTYPE, buf, at + 3, 1, ctype);
                    if (mpls) {
                        mplsStack(p, buf, at + 4, at + trunc);
                    } else if (trunc > 4) {
                        p.addBytes(EXT_DATA, buf, at + 4, trunc - 4);
                    }
                } finally {
                    p.closeSubtree(inObject);
                }
                at += trunc;
            }
        }
        p.closeSubtree(saved);
    }

    /** The label stack entries of an MPLS extension object, then any bytes left over. */
    private static void mplsStack(Packet p, int buf, int at, int end) {
        while (at + 4 <= end) {
            int entry = p.u24(buf, at);
            int ttl = p.u8(buf, at + 3);
            int item = p.addText(buf, at, 4, "Label: " + (entry >>> 4) + ", Exp: " + ((entry & 0x0e) >>> 1)
                    + ", S: " + (entry & 0x01) + ", TTL: " + ttl, false);
            int saved = p.openSubtree(item);
            p.addUInt(MPLS_LABEL, buf, at, 3, entry >>> 4);
            p.addUInt(MPLS_EXP, buf, at + 2, 1, (entry & 0x0e) >>> 1);
            p.addBoolean(MPLS_S, buf, at + 2, 1, (entry & 0x01) != 0);
            p.addUInt(MPLS_TTL, buf, at + 3, 1, ttl);
            p.closeSubtree(saved);
            at += 4;
        }
        if (at < end) {
            p.addBytes(MPLS_DATA, buf, at, end - at);
        }
    }

    private void echo(Packet p, int buf, int off, int len, int captured, int type, int checksum) {
        if (!p.inErrorPacket() && trackingWanted(p)) {
            EchoTracker tracker = p.session().state(Echoes.class, Echoes::new).tracker;
            long k1 = ((long) p.u16(buf, off + 4) << 16) | p.u16(buf, off + 6);
            if (type == ECHOREPLY) {
                EchoTracker.Transaction t = tracker.reply(p, checksum == 0xffff ? 0 : checksum, k1);
                if (t != null) {
                    p.addUInt(RESP_TO, buf, off, 0, t.requestFrame);
                    long delta = p.frame().clockNanos() - t.requestTime;
                    p.addDouble(RESPTIME, buf, off, 0, delta / 1e6);
                }
            } else {
                tracker.request(p, requestKey(checksum), k1);
            }
        }
        int rest = captured - 8;
        if (rest < 8) {
            if (rest > 0) {
                Calls.data(p, ds, buf, off + 8, len - 8);
            }
            return;
        }
        long frameNanos = p.frame().timestampNanos();
        long frameSecs = Math.floorDiv(frameNanos, 1_000_000_000L);
        long secs = p.u32(buf, off + 8);
        long usecs = p.u32(buf, off + 12);
        if (Math.abs((int) (secs - frameSecs)) >= 86400 || usecs >= 1_000_000) {
            secs = p.u32le(buf, off + 8);
            usecs = p.u32le(buf, off + 12);
        }
        if (Math.abs((int) (secs - frameSecs)) < 86400 && usecs < 1_000_000) {
            long ts = secs * 1_000_000_000L + usecs * 1000;
            p.addTime(DATA_TIME, buf, off + 8, 8, ts);
            p.addTime(DATA_TIME_RELATIVE, buf, off + 8, 8, frameNanos - ts);
            Calls.data(p, ds, buf, off + 16, len - 16);
        } else {
            Calls.data(p, ds, buf, off + 8, len - 8);
        }
    }

    /** The checksum the reply to a request with this checksum will carry. */
    private static long requestKey(int checksum) {
        long s = ((~checksum) & 0xffff) + ((~0x0800) & 0xffff);
        s = (s & 0xffff) + (s >>> 16);
        s += s >>> 16;
        return ~s & 0xffff;
    }

    private static boolean trackingWanted(Packet p) {
        return p.wants(RESP_TO) || p.wants(RESPTIME);
    }
}
