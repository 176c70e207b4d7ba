package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

/**
 * The resource record whose data is being dissected: where its data starts, how long the record
 * says it is, and the tools to add its fields. One instance is reused for every record.
 *
 * <p>Like Wireshark, record-data dissectors read past {@link #length} into the next record when
 * the record lies about its length; only the message's end stops them.
 */
final class DnsRecord {
    DnsTree tree;
    DnsSpan span;
    DnsNameReader names;
    /** Where compression pointers count from (2 over TCP). */
    int dataOffset;
    /** Offset of the record data in the message. */
    int start;
    /** The record's data length (RDLENGTH). */
    int length;
    int type;
    boolean mdns;

    /** Reads a name at {@code off}; the result is in {@link #names}. Returns the bytes it takes. */
    int name(int off) {
        return names.read(span, off, dataOffset);
    }

    /** Reads a name at {@code off} and adds it as string field {@code f}; returns its length. */
    int nameField(FieldSpec f, int off) {
        int used = name(off);
        tree.name(f, off, used, names);
        return used;
    }

    Packet packet() {
        return tree.packet();
    }

    /** Adds an expert info of the dns protocol under entry {@code parent}. */
    void expert(int parent, FieldSpec info, Expert.Severity severity, Expert.Group group, CharSequence message) {
        Expert.add(tree.packet(), parent, info, severity, group, message);
    }
}
