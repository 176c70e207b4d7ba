package io.sharkfin.dissect.protocol.kerberos;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.RecordedInfo;
import io.sharkfin.dissect.protocol.tcp.TcpPayload;
import io.sharkfin.dissect.protocol.tcp.TcpPayloadDissector;
import io.sharkfin.dissect.protocol.tcp.TcpPdus;

import java.util.List;

/**
 * Kerberos on TCP port 88 ({@code dissect_kerberos_tcp}): each message behind a 4-byte record
 * mark (RFC 4120 7.2.2: a reserved top bit and a 31-bit length), cut and reassembled across
 * segments by {@link TcpPdus} as {@code tcp_dissect_pdus} does, every message with its own
 * {@code kerberos} item under the one layer. No first-byte check here: Wireshark makes none on
 * TCP. Not a protocol of its own: TCP finds it by port, sessions by {@link KerberosDissector}.
 */
public final class KerberosTcpDissector implements TcpPayloadDissector {
    private static final int MARK = 4;
    private static final long RECORD_LENGTH = 0x7fffffffL;
    /** Above this ({@code dissect_kerberos_common}'s "reasonable size limit") a record is not dissected. */
    private static final long MAX_RECORD = 10 * 1024 * 1024;

    private final KerberosDissector kerberos;

    public KerberosTcpDissector(KerberosDissector kerberos) {
        this.kerberos = kerberos;
    }

    @Override
    public FieldSpec protocol() {
        return KerberosFields.KERBEROS;
    }

    @Override
    public List<FieldSpec> fields() {
        return KerberosDissector.FIELDS;
    }

    @Override
    public String shortName() {
        return "KRB5";
    }

    @Override
    public int dissectTcp(Packet p, int buf, int offset, int length, TcpPayload tcp) {
        // dissect_kerberos_tcp clears the Info column before it looks for records: a segment it
        // only keeps for reassembly shows TCP's "[TCP segment of a reassembled PDU]" alone
        RecordedInfo.add(p, KerberosFields.KERBEROS.name(), "");
        boolean active = p.session().active(kerberos);
        if (!active && !tcp.pdusWanted()) {
            return length;
        }
        int[] item = {p.protocolItem()};
        return TcpPdus.dissect(p, buf, offset, length, tcp, true, MARK,
                (q, b, off, available) -> (int) Math.min(Integer.MAX_VALUE, (q.u32(b, off) & RECORD_LENGTH) + MARK),
                (q, b, off, len) -> {
                    if (active) {
                        record(q, b, off, len, item[0]);
                    }
                    item[0] = -1; // later records get items of their own
                });
    }

    /** One record: its own item (the layer's for the first), the record mark, the message. */
    private static void record(Packet p, int buf, int off, int len, int layerItem) {
        long mark = p.u32(buf, off);
        long recordLength = mark & RECORD_LENGTH;
        if (recordLength > MAX_RECORD) {
            return;
        }
        int entry = layerItem;
        if (entry < 0 && p.wants(KerberosFields.KERBEROS)) {
            entry = p.addNone(KerberosFields.KERBEROS, buf, off, len);
        }
        int saved = p.openSubtree(entry);
        try {
            recordMark(p, buf, off, mark);
        } finally {
            p.closeSubtree(saved);
        }
        int read = KerberosDissector.message(p, buf, off, off + len, entry, MARK);
        if (entry == layerItem) {
            p.setProtocolLength(entry, read);
        } else {
            p.setLength(entry, read); // an item of its own, not the layer's
        }
    }

    /** {@code show_krb_recordmark}: a text item "Record Mark: N bytes" over the reserved bit and the length. */
    private static void recordMark(Packet p, int buf, int off, long mark) {
        long recordLength = mark & RECORD_LENGTH;
        int text = p.wantsText()
                ? p.addText(buf, off, MARK, "Record Mark: " + recordLength + (recordLength == 1 ? " byte" : " bytes"), false)
                : -1;
        int saved = p.openSubtree(text);
        try {
            p.addBoolean(KerberosFields.RM_RESERVED, buf, off, MARK, (mark & ~RECORD_LENGTH) != 0);
            p.addUInt(KerberosFields.RM_LENGTH, buf, off, MARK, recordLength);
        } finally {
            p.closeSubtree(saved);
        }
    }
}
