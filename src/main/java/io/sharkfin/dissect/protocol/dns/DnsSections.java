package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.Packet;

/**
 * The question and resource-record sections of a DNS message, and the DSO TLVs of a stateful
 * operation: names, types, classes, TTLs and the framing around each record's data, as Wireshark
 * 4.0 adds them. Owned by one {@link DnsMessageDissector}; reset for every message.
 */
final class DnsSections {
    private static final int QU_OR_FLUSH = 0x8000;

    private final DnsRecord record = new DnsRecord();
    private DnsSpan span;
    private DnsTree tree;
    private final DnsNameReader names;
    private int dataOffset;
    private boolean mdns;
    private boolean multipleResponses;

    DnsSections(DnsNameReader names) {
        this.names = names;
    }

    void reset(DnsTree t, int pointerBase, boolean isMdns) {
        this.tree = t;
        this.span = t.span();
        this.dataOffset = pointerBase;
        this.mdns = isMdns;
        this.multipleResponses = false;
        record.tree = t;
        record.span = span;
        record.names = names;
        record.dataOffset = pointerBase;
        record.mdns = isMdns;
    }

    /** Whether a question asked for a zone transfer (AXFR/IXFR), which has several responses. */
    boolean multipleResponses() {
        return multipleResponses;
    }

    /**
     * The question (or, for an update, zone) section, under a text item named {@code title};
     * returns the bytes it takes.
     */
    int questions(int cur, int count, String title) {
        tree.text(cur, -1);
        int start = cur;
        Packet p = tree.packet();
        int item = p.addText(span.buffer(), span.base() + cur, 0, title, false);
        int saved = p.openSubtree(item);
        for (int i = 0; i < count; i++) {
            cur += question(cur);
        }
        p.setLength(item, cur - start);
        p.closeSubtree(saved);
        return cur - start;
    }

    private int question(int off) {
        int used = names.read(span, off, dataOffset);
        int type = span.u16(off + used);
        int cls = span.u16(off + used + 2);
        used += 4;
        int qu = 0;
        if (mdns) {
            qu = cls & QU_OR_FLUSH;
            cls &= ~QU_OR_FLUSH;
        }
        if (type == DnsTypes.AXFR || type == DnsTypes.IXFR) {
            multipleResponses = true;
        }
        int nameLength = used - 4;
        tree.text(off, used);
        Packet p = tree.packet();
        int item = p.wantsText() ? p.addText(span.buffer(), span.base() + off, used, questionText(type, cls, qu), false)
                : -1;
        int saved = p.openSubtree(item);
        tree.name(DnsFields.QRY_NAME, off, nameLength, names);
        tree.uint(DnsFields.QRY_NAME_LEN, off, nameLength, names.nameLength() > 1 ? names.nameLength() : 0);
        tree.uint(DnsFields.COUNT_LABELS, off, nameLength, names.labelCount());
        int o = off + nameLength;
        tree.item(DnsFields.QRY_TYPE, o, 2);
        o += 2;
        int classItem = tree.uint(DnsFields.QRY_CLASS, o, 2, cls);
        if (mdns) {
            p.showMask(classItem, 0x7fff); // hf_dns_qry_class_mdns: the class beside the QU bit
            tree.bool(DnsFields.QRY_QU, o, 2, qu);
        }
        p.closeSubtree(saved);
        return used;
    }

    /** {@code example.com: type A, class IN} (and mDNS's kind of question), for the question's item. */
    private String questionText(int type, int cls, int qu) {
        String text = names.formatted() + ": type " + DnsNames.TYPES.format(type, "Unknown (%d)") + ", class "
                + DnsNames.CLASSES.get(cls, "Unknown");
        return !mdns ? text : text + (qu != 0 ? ", \"QU\" question" : ", \"QM\" question");
    }

    /**
     * An answer, authority or additional section, under a text item named {@code title}; returns
     * the bytes it takes.
     */
    int records(int cur, int count, String title) {
        tree.text(cur, -1);
        int start = cur;
        Packet p = tree.packet();
        int item = p.addText(span.buffer(), span.base() + cur, 0, title, false);
        int saved = p.openSubtree(item);
        for (int i = 0; i < count; i++) {
            cur += record(cur);
        }
        p.setLength(item, cur - start);
        p.closeSubtree(saved);
        return cur - start;
    }

    private int record(int off) {
        int used = names.read(span, off, dataOffset);
        int type = span.u16(off + used);
        span.u16(off + used + 2); // the class, taken from the packet again below
        used += 4;
        int data = off + used + 4;
        int dataLength = span.u16(data);
        data += 2;
        tree.text(off, (data - off) + dataLength);
        int nameLength = used - 4;
        Packet p = tree.packet();
        int item = -1;
        if (p.wantsText()) {
            // the name as read, before the record's data reads other names
            int cls = span.u16(off + nameLength + 2);
            String text = names.formatted() + ": type " + DnsNames.TYPES.format(type, "Unknown (%d)");
            if (type != DnsTypes.OPT) {
                text += ", class " + DnsNames.CLASSES.get(mdns ? cls & 0x7fff : cls, "Unknown");
            }
            item = p.addText(span.buffer(), span.base() + off, (data - off) + dataLength,
                    mdns && (cls & QU_OR_FLUSH) != 0 ? text + ", cache flush" : text, false);
        }
        int saved = p.openSubtree(item);
        if (type != DnsTypes.OPT) {
            framing(off, nameLength, type);
        } else {
            optFraming(off, nameLength);
        }
        if (dataLength > 0) {
            record.start = data;
            record.length = dataLength;
            record.type = type;
            DnsRdata.dissect(record);
            if (item >= 0) {
                p.setLabel(item, p.label(item) + RecordSummary.of(p, item));
            }
        }
        p.closeSubtree(saved);
        return dataLength > 0 ? data + dataLength - off : data - off;
    }

    /** Name, type, class, TTL and data length of an ordinary record. */
    private void framing(int off, int nameLength, int type) {
        if (type == DnsTypes.SRV && names.formatted().length() > 0) {
            srvName(off, nameLength, names.formatted());
        } else {
            tree.name(DnsFields.RESP_NAME, off, nameLength, names);
        }
        int o = off + nameLength;
        tree.item(DnsFields.RESP_TYPE, o, 2);
        o += 2;
        if (mdns) {
            tree.itemMasked(DnsFields.RESP_CLASS, o, 2, 0x7fff);
            tree.item(DnsFields.RESP_CACHE_FLUSH, o, 2);
        } else {
            tree.itemMasked(DnsFields.RESP_CLASS, o, 2, 0);
        }
        o += 2;
        int ttlItem = tree.item(DnsFields.RESP_TTL, o, 4);
        if ((span.u32(o) & 0x80000000L) != 0) {
            Expert.add(tree.packet(), ttlItem, DnsFields.TTL_HIGH_BIT_SET, Expert.Severity.WARN, Expert.Group.PROTOCOL,
                    "The uppermost bit of the TTL is set (RFC 2181, section 8)");
        }
        o += 4;
        tree.item(DnsFields.RESP_LEN, o, 2);
    }

    /** An SRV owner name split, as Wireshark does, into service, protocol and name at its dots. */
    private void srvName(int off, int nameLength, DnsText name) {
        int first = indexOf(name, '.', 0);
        int end = first < 0 ? name.length() : first;
        tree.string(DnsRdataFields.SRV_SERVICE, off, nameLength, name, 0, end);
        if (first < 0) {
            return;
        }
        int second = indexOf(name, '.', first + 1);
        end = second < 0 ? name.length() : second;
        tree.string(DnsRdataFields.SRV_PROTO, off, nameLength, name, first + 1, end);
        if (second >= 0) {
            tree.string(DnsRdataFields.SRV_NAME, off, nameLength, name, second + 1, name.length());
        }
    }

    private static int indexOf(DnsText t, char c, int from) {
        for (int i = from; i < t.length(); i++) {
            if (t.byteAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** The framing of an OPT pseudo-record: payload size, extended RCODE, version, flags. */
    private void optFraming(int off, int nameLength) {
        Packet p = tree.packet();
        tree.name(DnsFields.RESP_NAME, off, nameLength, names);
        int o = off + nameLength;
        tree.item(DnsFields.RESP_TYPE, o, 2);
        o += 2;
        if (mdns) {
            tree.itemMasked(DnsFields.RR_UDP_PAYLOAD_SIZE, o, 2, 0x7fff);
            tree.item(DnsFields.RESP_CACHE_FLUSH, o, 2);
        } else {
            // DNS's registration of the name is decimal and unmasked, mDNS's the field's own
            p.showDecimal(tree.itemMasked(DnsFields.RR_UDP_PAYLOAD_SIZE, o, 2, 0));
        }
        o += 2;
        tree.item(DnsFields.RESP_EXT_RCODE, o, 1);
        o++;
        tree.item(DnsFields.RESP_EDNS0_VERSION, o, 1);
        o++;
        int z = tree.item(DnsFields.RESP_Z, o, 2);
        int saved = p.openSubtree(z);
        tree.item(DnsFields.RESP_Z_DO, o, 2);
        tree.item(DnsFields.RESP_Z_RESERVED, o, 2);
        p.closeSubtree(saved);
        o += 2;
        tree.item(DnsFields.RESP_LEN, o, 2);
    }

    /** The TLVs of a DNS stateful operation (RFC 8490); returns the bytes they take. */
    int dso(int off) {
        Packet p = tree.packet();
        int start = off;
        int item = tree.item(DnsFields.DSO, off, -1);
        int outer = p.openSubtree(item);
        while (span.reportedRemaining(off) >= 4) {
            int length = span.u16(off + 2);
            int tlv = tree.item(DnsFields.DSO_TLV, off, length + 4);
            int inner = p.openSubtree(tlv);
            long type = tree.itemValue(DnsFields.DSO_TLV_TYPE, off, 2);
            off += 2;
            tree.item(DnsFields.DSO_TLV_LENGTH, off, 2);
            off += 2;
            if (type == 1) {
                tree.item(DnsFields.DSO_TLV_KEEPALIVE_INACTIVITY, off, 4);
                tree.item(DnsFields.DSO_TLV_KEEPALIVE_INTERVAL, off + 4, 4);
                off += 8;
            } else if (type == 2) {
                tree.item(DnsFields.DSO_TLV_RETRYDELAY_RETRYDELAY, off, 4);
                off += 4;
            } else if (length > 0) {
                tree.item(type == 3 ? DnsFields.DSO_TLV_ENCPAD_PADDING : DnsFields.DSO_TLV_DATA, off, length);
                off += length;
            }
            p.closeSubtree(inner);
        }
        p.closeSubtree(outer);
        p.setLength(item, off - start);
        return off - start;
    }
}
