package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.NameTable;

import io.sharkfin.dissect.Packet;

/**
 * QUIC: per packet of the datagram (each one's text replaces the one before, as in Wireshark),
 * the packet type or "Protected Payload (KPn)", the connection ids, the packet number when the
 * packet could be decrypted, then its frames ({@code PADDING, PING, CRYPTO, STREAM(4)}). The TLS
 * handshake the CRYPTO frames carry writes no column.
 */
final class QuicWriter implements ColumnWriter {

    private static final NameTable LONG_TYPES = NameTable.of(0, "Initial", 1, "0-RTT", 2, "Handshake", 3, "Retry");

    private final int headerForm;
    private final int shortHeader;
    private final int longType;
    private final int version;
    private final int keyPhase;
    private final int dcid;
    private final int scid;
    private final int packetNumber;
    private final int frameType;
    private final int[] streamIds;
    private final int resetToken;

    QuicWriter(ColumnFields f) {
        headerForm = f.id("quic.header_form");
        shortHeader = f.id("quic.short");
        longType = f.id("quic.long.packet_type");
        version = f.id("quic.version");
        keyPhase = f.id("quic.key_phase");
        dcid = f.id("quic.dcid");
        scid = f.id("quic.scid");
        packetNumber = f.id("quic.packet_number");
        frameType = f.id("quic.frame_type");
        streamIds = new int[] {f.id("quic.rsts.stream_id"), f.id("quic.ss.stream_id"), f.id("quic.stream.stream_id"),
            f.id("quic.msd.stream_id"), f.id("quic.sdb.stream_id")};
        resetToken = f.id("quic.stateless_reset_token");
    }

    @Override
    public void begin(Layer layer, Columns c) {
        c.setProtocol("QUIC");
        Packet p = layer.packet();
        boolean isShort = false;
        // a short header's text waits for its key phase, known only when the header was decrypted
        boolean pendingShort = false;
        boolean idPending = false;
        for (int e = layer.nextField(layer.entry()); e >= 0; e = layer.nextField(e)) {
            int fid = p.field(e);
            if (pendingShort && fid != headerForm) {
                c.clearInfo();
                c.appendInfo("Protected Payload (KP" + (fid == keyPhase ? p.num(e) : 0) + ")");
                pendingShort = false;
                if (fid == keyPhase) {
                    continue;
                }
            }
            if (fid == shortHeader) {
                isShort = true;
                pendingShort = true;
            } else if (fid == headerForm) {
                isShort = isShort && p.num(e) == 0;
            } else if (fid == longType && !isShort) {
                c.setInfoConstant(LONG_TYPES.get(p.num(e), "Long Header"));
            } else if (fid == version && p.num(e) == 0 && !isShort) {
                c.setInfoConstant("Version Negotiation");
            } else if ((fid == dcid || fid == scid) && p.len(e) > 0) {
                c.appendInfo((fid == dcid ? ", DCID=" : ", SCID=") + layer.textAt(e));
            } else if (fid == packetNumber) {
                c.appendInfo(", PKN: " + p.num(e));
            } else if (fid == frameType) {
                String name = frameName(p.num(e));
                if (name != null) {
                    c.appendInfo(", " + name);
                }
                idPending = takesStreamId(p.num(e));
            } else if (idPending && isStreamId(fid)) {
                c.appendInfo("(" + p.num(e) + ")");
                idPending = false;
            } else if (fid == resetToken) {
                c.setInfoConstant("Stateless Reset");
            }
        }
        if (pendingShort) {
            c.clearInfo();
            c.appendInfo("Protected Payload (KP0)");
        }
        // the TLS handshake in CRYPTO frames writes no column
        c.suspend();
    }

    @Override
    public void end(Layer layer, Columns c) {
        c.resume();
    }

    private boolean isStreamId(int fid) {
        for (int s : streamIds) {
            if (s == fid) {
                return true;
            }
        }
        return false;
    }

    private static boolean takesStreamId(long type) {
        return type == 0x04 || type == 0x05 || (type >= 0x08 && type <= 0x0f) || type == 0x11 || type == 0x15;
    }

    /** The frame's name in the Info column (Wireshark's abbreviations). */
    private static String frameName(long type) {
        if (type >= 0x08 && type <= 0x0f) {
            return "STREAM";
        }
        return switch ((int) type) {
            case 0x00 -> "PADDING";
            case 0x01 -> "PING";
            case 0x02 -> "ACK";
            case 0x03 -> "ACK_ECN";
            case 0x04 -> "RS";
            case 0x05 -> "SS";
            case 0x06 -> "CRYPTO";
            case 0x07 -> "NT";
            case 0x10 -> "MD";
            case 0x11 -> "MSD";
            case 0x12, 0x13 -> "MS";
            case 0x14 -> "DB";
            case 0x15 -> "SDB";
            case 0x16, 0x17 -> "SB";
            case 0x18 -> "NCI";
            case 0x19 -> "RC";
            case 0x1a -> "PC";
            case 0x1b -> "PR";
            case 0x1c, 0x1d -> "CC";
            case 0x1e -> "DONE";
            case 0x30, 0x31 -> "DG";
            case 0x40 -> "MP_NCI";
            case 0x41 -> "MP_RC";
            case 0x42 -> "MP_ACK";
            case 0x43 -> "MP_ACK_ECN";
            case 0x44 -> "ADD_ADDRESS";
            case 0x45 -> "REMOVE_ADDRESS";
            case 0x46 -> "UNIFLOWS";
            case 0xac -> "IA";
            case 0xaf -> "AF";
            case 0x02f5 -> "TS";
            default -> null;
        };
    }
}
