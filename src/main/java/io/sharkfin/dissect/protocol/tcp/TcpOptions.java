package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

import static io.sharkfin.dissect.protocol.tcp.TcpOptionFields.*;

/**
 * TCP options ({@code tcp_dissect_options} and the option dissectors of packet-tcp.c). Besides
 * adding fields, options feed the conversation: window scale, SACK blocks (bytes in flight), TCP
 * Fast Open data and Accurate ECN. The conversation may be null when no state is tracked.
 *
 * <p>Options Wireshark decodes in depth that are rare on the wire (MPTCP, SCPS, SNACK, Riverbed)
 * get their option entry, kind and length only.
 */
final class TcpOptions {
    /** Wireshark's {@code MAX_TCP_SACK_RANGES}. */
    static final int MAX_SACK_RANGES = 4;

    private static final int EOL = 0;
    private static final int NOP = 1;
    private static final int MSS = 2;
    private static final int WINDOW = 3;
    private static final int SACK_PERM = 4;
    private static final int SACK = 5;
    private static final int ECHO = 6;
    private static final int ECHOREPLY = 7;
    private static final int TIMESTAMP = 8;
    private static final int CC = 11;
    private static final int CCNEW = 12;
    private static final int CCECHO = 13;
    private static final int MD5 = 19;
    private static final int SCPS = 20;
    private static final int SNACK = 21;
    private static final int RECBOUND = 22;
    private static final int CORREXP = 23;
    private static final int QS = 27;
    private static final int USER_TO = 28;
    private static final int AO = 29;
    private static final int MPTCP = 30;
    private static final int TFO = 34;
    private static final int RVBD_PROBE = 76;
    private static final int RVBD_TRPY = 78;
    private static final int ACC_ECN_0 = 0xac;
    private static final int ACC_ECN_1 = 0xae;
    private static final int EXP_FD = 0xfd;
    private static final int EXP_FE = 0xfe;

    private static final int EXID_TARR = 0x00ac;
    private static final int EXID_FO = 0xf989;

    // the segment being dissected: set by each dissect call (one instance serves every segment
    // of a session, so that options cost no allocation)
    private Packet p;
    private int buf;
    private int tcpStart;
    /** The segment's bytes, bounded by its end as IP reports it. */
    private SegmentBytes in;
    private TcpHeader h;
    private TcpConversation conv;
    // whether the items of the common options are wanted (TcpNeeds.commonOptionItems)
    private boolean commonItems;


    /**
     * Dissects {@code length} bytes of options at {@code offset}; {@code optionsEntry} is the
     * {@code tcp.options} entry the findings about the whole option list hang from;
     * {@code commonItems} whether the items of the common options are wanted (without, those
     * options are only checked: see {@link #stepsOver}).
     */
    void dissect(SegmentBytes in, Packet p, int buf, int tcpStart, int offset, int length, TcpHeader h,
                 TcpConversation conv, int optionsEntry, boolean commonItems) {
        this.in = in;
        this.commonItems = commonItems;
        this.p = p;
        this.buf = buf;
        this.tcpStart = tcpStart;
        this.h = h;
        this.conv = conv;
        try {
            dissectAll(offset, length, optionsEntry);
        } finally {
            this.p = null; // the packet is the session's; the conversation may be evicted
            this.conv = null;
        }
    }

    /** Checks that an option's bytes lie within the segment before its entry is added. */
    private int bytes(FieldSpec f, int off, int len) {
        in.need(off, len);
        return p.addBytes(f, buf, off, len);
    }

    private void dissectAll(int offset, int length, int optionsEntry) {
        int nopCount = 0;
        boolean mssSeen = false;
        boolean eolSeen = false;
        int saved = p.openSubtree(optionsEntry);
        try {
            while (length > 0) {
                int opt = in.u8(offset);
                if (eolSeen && opt != EOL) {
                    Expert.add(p, TcpExperts.NON_ZERO_BYTES_AFTER_EOL, "Non-zero header padding", buf,
                            offset);
                    return;
                }
                length--;
                if (opt == EOL || opt == NOP) {
                    if (opt == NOP) {
                        // four NOPs within one 32-bit word suggest a router blanked an option
                        if (optionsEntry >= 0 && (nopCount == 0 || (offset - tcpStart) % 4 != 0)) {
                            nopCount++;
                            if (nopCount == 4) {
                                expertOn(optionsEntry, TcpExperts.NOP, TcpExperts.NOP.message(), offset);
                            }
                        } else {
                            nopCount = 0;
                        }
                    }
                    if (commonItems) {
                        int e = p.addBytes(opt == EOL ? OPT_EOL : OPT_NOP, buf, offset, 1);
                        int inner = p.openSubtree(e);
                        p.addUInt(OPTION_KIND, buf, offset, 1, opt);
                        p.closeSubtree(inner);
                    }
                    offset += 1;
                } else {
                    String name = optionName(opt);
                    if (length == 0) {
                        Expert.add(p, TcpExperts.OPT_LEN_INVALID,
                                name + " (length byte past end of options)", buf, offset);
                        return;
                    }
                    int optlen = in.u8(offset + 1);
                    length--;
                    if (optlen < 2) {
                        Expert.add(p, TcpExperts.OPT_LEN_INVALID, name + " (with too-short option length = "
                                + optlen + " byte" + (optlen == 1 ? "" : "s") + ")", buf, offset);
                        return;
                    } else if (optlen - 2 > length) {
                        Expert.add(p, TcpExperts.OPT_LEN_INVALID, name + " (option length = " + optlen
                                + " byte" + (optlen == 1 ? "" : "s")
                                + " says option goes past end of options)", buf, offset);
                        return;
                    }
                    if (opt == MSS) {
                        mssSeen = true;
                    }
                    option(opt, offset, optlen);
                    offset += optlen;
                    length -= optlen - 2;
                }
                if (opt == EOL) {
                    eolSeen = true;
                }
            }
            if (h.has(TcpHeader.SYN) && !mssSeen) {
                expertOn(optionsEntry, TcpExperts.MSS_ABSENT, TcpExperts.MSS_ABSENT.message(), offset);
            }
        } finally {
            p.closeSubtree(saved);
        }
    }

    private void expertOn(int entry, Expert.Info info, String message, int offset) {
        int saved = p.openSubtree(entry);
        Expert.add(p, info, message, buf, offset);
        p.closeSubtree(saved);
    }

    private static String optionName(int opt) {
        return switch (opt) {
            case MSS -> "Maximum segment size";
            case WINDOW -> "Window scale";
            case SACK_PERM -> "SACK permitted";
            case SACK -> "SACK";
            case ECHO -> "Echo";
            case ECHOREPLY -> "Echo reply";
            case TIMESTAMP -> "Timestamps";
            case CC -> "CC";
            case CCNEW -> "CC.NEW";
            case CCECHO -> "CC.ECHO";
            case MD5 -> "TCP MD5 signature";
            case SCPS -> "SCPS capabilities";
            case SNACK -> "Selective Negative Acknowledgment";
            case RECBOUND -> "SCPS record boundary";
            case CORREXP -> "SCPS corruption experienced";
            case QS -> "Quick-Start";
            case USER_TO -> "User Timeout";
            case AO -> "TCP AO";
            case MPTCP -> "MPTCP";
            case TFO -> "TCP Fast Open";
            case RVBD_PROBE -> "Riverbed Probe";
            case RVBD_TRPY -> "Riverbed Transparency";
            case ACC_ECN_0, ACC_ECN_1 -> "Accurate ECN";
            case EXP_FD, EXP_FE -> "Experimental";
            default -> String.format("Unknown (0x%02x)", opt);
        };
    }

    /** One option with a length byte, {@code optlen} bytes at {@code off}. */
    private void option(int opt, int off, int optlen) {
        if (!commonItems && stepsOver(opt, off, optlen)) {
            return;
        }
        switch (opt) {
            case MSS -> mss(off, optlen);
            case WINDOW -> windowScale(off, optlen);
            case SACK_PERM -> fixed(OPT_SACK_PERM, off, optlen, 2);
            case SACK -> sack(off, optlen);
            case ECHO -> uint32Option(OPT_ECHO, ECHO_VALUE, off, optlen);
            case ECHOREPLY -> uint32Option(OPT_ECHOREPLY, ECHO_VALUE, off, optlen);
            case TIMESTAMP -> timestamp(off, optlen);
            case CC -> uint32Option(OPT_CC, CC_VALUE, off, optlen);
            case CCNEW -> uint32Option(OPT_CCNEW, CC_VALUE, off, optlen);
            case CCECHO -> uint32Option(OPT_CCECHO, CC_VALUE, off, optlen);
            case MD5 -> md5(off, optlen);
            case RECBOUND -> fixed(OPT_SCPSREC, off, optlen, 2);
            case CORREXP -> fixed(OPT_SCPSCOR, off, optlen, 2);
            case QS -> quickStart(off, optlen);
            case USER_TO -> userTimeout(off, optlen);
            case AO -> authentication(off, optlen);
            case TFO -> fastOpen(off, optlen);
            case ACC_ECN_0, ACC_ECN_1 -> accurateEcn(off, optlen);
            case EXP_FD, EXP_FE -> experimental(off, optlen);
            case SCPS -> kindAndLength(OPT_SCPS, off, optlen);
            case SNACK -> kindAndLength(OPT_SNACK, off, optlen);
            case RVBD_PROBE -> kindAndLength(OPT_RVBD_PROBE, off, optlen);
            case RVBD_TRPY -> kindAndLength(OPT_RVBD_TRPY, off, optlen);
            case MPTCP -> {
                // the MPTCP option is a protocol layer of its own in Wireshark; not decoded here
            }
            default -> unknown(off, optlen);
        }
    }

    /**
     * Whether an option may be stepped over when nobody wants the items of the common options:
     * timestamps, MSS on a SYN and SACK permitted, of the right length and with every byte in
     * the segment and captured. Their handlers would then only add those items: no finding, no
     * state, no exception. Any other case goes to its handler, which decides as before.
     */
    private boolean stepsOver(int opt, int off, int optlen) {
        boolean plain = switch (opt) {
            case TIMESTAMP -> optlen == 10;
            case MSS -> optlen == 4 && h.has(TcpHeader.SYN);
            case SACK_PERM -> optlen == 2;
            default -> false;
        };
        return plain && in.has(off, optlen) && p.available(buf, off, optlen);
    }

    /** The option's entry with kind and length; returns the saved tree position to close. */
    private int open(FieldSpec proto, int off, int optlen) {
        int e = bytes(proto, off, optlen);
        int saved = p.openSubtree(e);
        p.addUInt(OPTION_KIND, buf, off, 1, in.u8(off));
        lengthEntry = p.addUInt(OPTION_LEN, buf, off + 1, 1, in.u8(off + 1));
        return saved;
    }

    private int lengthEntry;

    /** Wireshark's {@code tcp_option_len_check}: a finding when the length is not the expected one. */
    private boolean lengthIs(int optlen, int expected, int off) {
        if (optlen != expected) {
            expertOn(lengthEntry, TcpExperts.OPT_LEN_INVALID, "option length should be " + expected, off);
            return false;
        }
        return true;
    }

    private void kindAndLength(FieldSpec proto, int off, int optlen) {
        p.closeSubtree(open(proto, off, optlen));
    }

    private void fixed(FieldSpec proto, int off, int optlen, int expected) {
        int saved = open(proto, off, optlen);
        lengthIs(optlen, expected, off + 1);
        p.closeSubtree(saved);
    }

    private void mss(int off, int optlen) {
        int e = bytes(OPT_MSS, off, optlen);
        int saved = p.openSubtree(e);
        if (!h.has(TcpHeader.SYN)) {
            Expert.add(p, TcpExperts.MSS_PRESENT, buf, off);
        }
        p.addUInt(OPTION_KIND, buf, off, 1, in.u8(off));
        lengthEntry = p.addUInt(OPTION_LEN, buf, off + 1, 1, in.u8(off + 1));
        if (lengthIs(optlen, 4, off + 1)) {
            p.addUInt(MSS_VAL, buf, off + 2, 2, in.u16(off + 2));
        }
        p.closeSubtree(saved);
    }

    private void windowScale(int off, int optlen) {
        int saved = open(OPT_WSCALE, off, optlen);
        if (lengthIs(optlen, 3, off + 1)) {
            int shift = in.u8(off + 2);
            int shiftEntry = p.addUInt(WSCALE_SHIFT, buf, off + 2, 1, shift);
            if (shift > 14) {
                // RFC 1323: log it and use 14
                shift = 14;
                expertOn(shiftEntry, TcpExperts.WSCALE_SHIFT_INVALID,
                        TcpExperts.WSCALE_SHIFT_INVALID.message(), off + 2);
            }
            p.addUInt(WSCALE_MULTIPLIER, buf, off + 2, 1, 1L << shift);
            if (conv != null) {
                conv.fwd.winScale = shift;
            }
        }
        p.closeSubtree(saved);
    }

    private void sack(int off, int optlen) {
        int baseAck = 0;
        if (conv != null) {
            baseAck = conv.rev.baseSeq;
            conv.fwd.numSackRanges = 0;
        }
        int saved = open(OPT_SACK, off, optlen);
        int o = off + 2;
        int remaining = optlen - 2;
        int ranges = 0;
        // the edges are relative to the other side's first sequence number when it is known
        String relative = conv != null ? " (relative)" : "";
        while (remaining > 0) {
            if (remaining < 4) {
                Expert.addItem(p, TcpExperts.SUBOPTION_MALFORMED, buf, o, remaining);
                break;
            }
            int left = (int) in.u32(o) - baseAck;
            edge(SACK_LE, o, left, "left edge = ", relative);
            remaining -= 4;
            if (remaining < 4) {
                Expert.addItem(p, TcpExperts.SUBOPTION_MALFORMED, buf, o, remaining);
                break;
            }
            int right = (int) in.u32(o + 4) - baseAck;
            remaining -= 4;
            edge(SACK_RE, o + 4, right, "right edge = ", relative);
            ranges++;
            if (conv != null && ranges < MAX_SACK_RANGES) {
                conv.fwd.numSackRanges = ranges;
                conv.fwd.sackLeft[ranges] = left;
                conv.fwd.sackRight[ranges] = right;
            }
            if (h.numSackRanges < MAX_SACK_RANGES) {
                h.sackLeft[h.numSackRanges] = left;
                h.sackRight[h.numSackRanges] = right;
                h.numSackRanges++;
            }
            o += 8;
        }
        p.addUInt(SACK_COUNT, buf, off, 0, ranges);
        // RFC 2883 D-SACK: the first block is already acknowledged, or inside the second one
        if (SeqMath.le(h.sackRight[0], h.ack) || (h.numSackRanges > 1
                && SeqMath.lt(h.sackLeft[1], h.sackRight[0]) && SeqMath.ge(h.sackRight[1], h.sackRight[0]))) {
            int left = (int) in.u32(off + 2) - baseAck;
            edge(DSACK_LE, off + 2, left, "D-SACK Left Edge = ", relative);
            int right = (int) in.u32(off + 6) - baseAck;
            edge(DSACK_RE, off + 6, right, "D-SACK Right Edge = ", relative);
            Expert.addItem(p, TcpExperts.DSACK, buf, off + 2, 8);
        }
        p.closeSubtree(saved);
    }

    /** A SACK block's edge, worded as packet-tcp.c words it ("left edge = 1 (relative)"). */
    private void edge(FieldSpec f, int at, int value, String words, String relative) {
        int e = p.addUInt(f, buf, at, 4, SeqMath.unsigned(value));
        if (e >= 0 && p.wantsText()) {
            p.setLabel(e, words + SeqMath.unsigned(value) + relative);
        }
    }

    private void uint32Option(FieldSpec proto, FieldSpec value, int off, int optlen) {
        int saved = open(proto, off, optlen);
        if (lengthIs(optlen, 6, off + 1)) {
            p.addUInt(value, buf, off + 2, 4, in.u32(off + 2));
        }
        p.closeSubtree(saved);
    }

    private void timestamp(int off, int optlen) {
        int saved = open(OPT_TIMESTAMP, off, optlen);
        if (lengthIs(optlen, 10, off + 1)) {
            p.addUInt(TSVAL, buf, off + 2, 4, in.u32(off + 2));
            p.addUInt(TSECR, buf, off + 6, 4, in.u32(off + 6));
        }
        p.closeSubtree(saved);
    }

    private void md5(int off, int optlen) {
        int saved = open(OPT_MD5, off, optlen);
        if (lengthIs(optlen, 18, off + 1)) {
            bytes(MD5_DIGEST, off + 2, optlen - 2);
        }
        p.closeSubtree(saved);
    }

    private void quickStart(int off, int optlen) {
        int saved = open(OPT_QS, off, optlen);
        if (lengthIs(optlen, 8, off + 1)) {
            p.addUInt(QS_RATE, buf, off + 2, 1, in.u8(off + 2) & 0x0f);
            p.addUInt(QS_TTL_DIFF, buf, off + 3, 1, in.u8(off + 3));
        }
        p.closeSubtree(saved);
    }

    private void userTimeout(int off, int optlen) {
        int saved = open(OPT_USER_TO, off, optlen);
        if (lengthIs(optlen, 4, off + 1)) {
            int v = in.u16(off + 2);
            p.addBoolean(USER_TO_GRANULARITY, buf, off + 2, 2, (v & 0x8000) != 0);
            p.addUInt(USER_TO_VAL, buf, off + 2, 2, v & 0x7fff);
        }
        p.closeSubtree(saved);
    }

    private void authentication(int off, int optlen) {
        int saved = open(OPT_AO, off, optlen);
        if (optlen < 4) {
            expertOn(lengthEntry, TcpExperts.OPT_LEN_INVALID, "option length should be >= than 4", off + 1);
        } else {
            p.addUInt(AO_KEYID, buf, off + 2, 1, in.u8(off + 2));
            p.addUInt(AO_RNEXTKEYID, buf, off + 3, 1, in.u8(off + 3));
            if (optlen > 4) {
                bytes(AO_MAC, off + 4, optlen - 4);
            }
        }
        p.closeSubtree(saved);
    }

    private void fastOpen(int off, int optlen) {
        int saved = open(OPT_TFO, off, optlen);
        fastOpenPayload(off, optlen);
        p.closeSubtree(saved);
    }

    /** The Fast Open cookie (request) of a TFO or experimental option; {@code off} is the kind. */
    private void fastOpenPayload(int off, int optlen) {
        if (optlen == 2) {
            p.addNone(TFO_REQUEST, buf, off, 2);
        } else if (optlen > 2) {
            int e = bytes(TFO_COOKIE, off + 2, optlen - 2);
            if (h.isSynOnly()) {
                expertOn(e, TcpExperts.TFO_SYN, TcpExperts.TFO_SYN.message(), off + 2);
                if (h.haveSeglen && h.seglen != 0 && conv != null) {
                    conv.tfoSynData = true;
                }
            }
        }
    }

    private void accurateEcn(int off, int optlen) {
        int kind = in.u8(off);
        int saved = open(OPT_ACC_ECN, off, optlen);
        if (optlen != 2 && optlen != 5 && optlen != 8 && optlen != 11) {
            expertOn(lengthEntry, TcpExperts.OPT_LEN_INVALID,
                    "option length should be 2, 5, 8, or 11 instead of " + optlen, off + 1);
        } else {
            accurateEcnCounters(off + 2, optlen - 2, kind == ACC_ECN_0);
        }
        p.closeSubtree(saved);
    }

    /** The byte counters of an AccECN option, in the order its kind says. */
    private void accurateEcnCounters(int off, int len, boolean order0) {
        FieldSpec first = order0 ? ACC_ECN_EE0B : ACC_ECN_EE1B;
        FieldSpec third = order0 ? ACC_ECN_EE1B : ACC_ECN_EE0B;
        if (len >= 3) {
            p.addUInt(first, buf, off, 3, in.u24(off));
        }
        if (len >= 6) {
            p.addUInt(ACC_ECN_ECEB, buf, off + 3, 3, in.u24(off + 3));
        }
        if (len >= 9) {
            p.addUInt(third, buf, off + 6, 3, in.u24(off + 6));
        }
        if (conv != null) {
            conv.accEcnOption = true;
        }
    }

    private void experimental(int off, int optlen) {
        int saved = open(OPT_EXP, off, optlen);
        if (optlen >= 4) {
            int exid = in.u16(off + 2);
            p.addUInt(EXP_EXID, buf, off + 2, 2, exid);
            switch (exid) {
                case EXID_TARR -> {
                    if (optlen != 4 && optlen != 5) {
                        expertOn(lengthEntry, TcpExperts.OPT_LEN_INVALID,
                                "option length should be 4 or 5 instead of " + optlen, off + 1);
                    } else if (optlen == 5) {
                        int v = in.u8(off + 4);
                        p.addUInt(TARR_RATE, buf, off + 4, 1, (v & 0xfe) >> 1);
                        p.addUInt(TARR_RESERVED, buf, off + 4, 1, v & 0x01);
                    }
                }
                case 0xACC0, 0xACC1 -> {
                    if (optlen != 4 && optlen != 7 && optlen != 10 && optlen != 13) {
                        expertOn(lengthEntry, TcpExperts.OPT_LEN_INVALID,
                                "option length should be 4, 7, 10, or 13 instead of " + optlen, off + 1);
                    } else {
                        accurateEcnCounters(off + 4, optlen - 4, exid == 0xACC0);
                    }
                }
                case EXID_FO -> fastOpenPayload(off + 2, optlen - 2);
                default -> {
                    if (optlen > 4) {
                        bytes(EXP_DATA, off + 4, optlen - 4);
                    }
                }
            }
        } else {
            expertOn(lengthEntry, TcpExperts.OPT_LEN_INVALID, "option length " + optlen + " smaller than 4",
                    off + 1);
        }
        p.closeSubtree(saved);
    }

    private void unknown(int off, int optlen) {
        int saved = open(OPT_UNKNOWN, off, optlen);
        if (optlen > 2) {
            bytes(UNKNOWN_PAYLOAD, off + 2, optlen - 2);
        }
        p.closeSubtree(saved);
    }
}
