package io.sharkfin.dissect.protocol.nbns;

import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.protocol.dns.DnsNameReader;
import io.sharkfin.dissect.protocol.dns.DnsSpan;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * One pass over an NBNS message as packet-nbt.c's {@code dissect_nbns} makes it: the header and
 * its flags, the questions, and the answer, authority and additional records with their NB
 * (flags and addresses), NBSTAT (name table, unit ID, statistics) or other data.
 *
 * <p>Wireshark runs that code in two ways, and tshark's outputs show one or the other: with a tree
 * and no columns for {@code -V}, {@code -T fields} and {@code -Y} ({@link #dissect}), with columns
 * and no tree for the summary lines ({@link #info}). Each reads bytes the other does not: only the
 * tree reads the names of a node-status table, and only the Info column reads the address of an NB
 * answer, at a fixed place whatever the record's data length says, so that a negative response
 * without data is malformed in the summary alone. Both are kept apart here as in the C code,
 * where {@code tree} and {@code cinfo} are tested.
 *
 * <p>Offsets are relative to the message. Reads past its bytes throw
 * {@link io.sharkfin.dissect.Truncated}, where Wireshark's do. One pass object is reused.
 */
final class NbnsPass {
    private static final int HEADER = 12;
    private static final int FLAGS_OFFSET = 2;
    private static final int RESPONSE = 0x8000;
    private static final int OPCODE = 0x7800;
    private static final int RCODE = 0x000f;
    private static final int OPCODE_WACK = 7;
    private static final int TYPE_NB = 32;
    private static final int TYPE_NBSTAT = 33;

    /** The flags of a request, of a response, and of a WACK's record (no reply code). */
    private static final FieldSpec[] REQUEST_FLAGS = {NbnsFields.FLAGS_RESPONSE, NbnsFields.FLAGS_OPCODE,
        NbnsFields.FLAGS_TRUNCATED, NbnsFields.FLAGS_RECDESIRED, NbnsFields.FLAGS_BROADCAST};
    private static final FieldSpec[] RESPONSE_FLAGS = {NbnsFields.FLAGS_RESPONSE, NbnsFields.FLAGS_OPCODE,
        NbnsFields.FLAGS_AUTHORITATIVE, NbnsFields.FLAGS_TRUNCATED, NbnsFields.FLAGS_RECDESIRED,
        NbnsFields.FLAGS_RECAVAIL, NbnsFields.FLAGS_BROADCAST, NbnsFields.FLAGS_RCODE};
    private static final FieldSpec[] WACK_FLAGS = {NbnsFields.FLAGS_RESPONSE, NbnsFields.FLAGS_OPCODE,
        NbnsFields.FLAGS_AUTHORITATIVE, NbnsFields.FLAGS_TRUNCATED, NbnsFields.FLAGS_RECDESIRED,
        NbnsFields.FLAGS_RECAVAIL, NbnsFields.FLAGS_BROADCAST};

    /** The statistics after a node-status table's unit ID, in wire order, each as wide as its type. */
    private static final FieldSpec[] STATISTICS = {NbnsFields.JUMPERS, NbnsFields.TEST_RESULT,
        NbnsFields.VERSION_NUMBER, NbnsFields.PERIOD_OF_STATISTICS, NbnsFields.NUM_CRCS,
        NbnsFields.NUM_ALIGNMENT_ERRORS, NbnsFields.NUM_COLLISIONS, NbnsFields.NUM_SEND_ABORTS,
        NbnsFields.NUM_GOOD_SENDS, NbnsFields.NUM_GOOD_RECEIVES, NbnsFields.NUM_RETRANSMITS,
        NbnsFields.NUM_NO_RESOURCE_CONDITIONS, NbnsFields.NUM_COMMAND_BLOCKS, NbnsFields.NUM_PENDING_SESSIONS,
        NbnsFields.MAX_NUM_PENDING_SESSIONS, NbnsFields.MAX_TOTAL_SESSIONS_POSSIBLE,
        NbnsFields.SESSION_DATA_PACKET_SIZE};
    private static final int UNIT_ID_SIZE = 6;

    private final DnsSpan span = new DnsSpan();
    private final DnsNameReader names = new DnsNameReader();
    private final NbnsItems items = new NbnsItems();
    private Packet p;
    // the Info text being written, or null when the pass writes no column
    private StringBuilder info;

    // the name read last: the bytes it takes where it starts, the name as Wireshark's C string
    // (its bytes), as it reads, and its type (-1: not a valid name)
    private int nameUsed;
    private byte[] nameBytes;
    private String nameText;
    private int nameType;

    /**
     * Dissects the message of {@code length} bytes at {@code offset} of buffer {@code buf} into the
     * tree. {@code protocolEntry} is the message's protocol item (-1: none), which goes again when
     * the message is too short for its ID and flags: Wireshark adds it only after reading them.
     */
    void dissect(Packet packet, int buf, int offset, int length, int protocolEntry) {
        start(packet, buf, offset, length, true, null);
        if (!span.has(0, FLAGS_OFFSET + 2) && protocolEntry >= 0) {
            packet.discardEntriesFrom(protocolEntry);
        }
        message();
    }

    /**
     * Writes what the message adds to the Info column into {@code out}, reading what the summary's
     * pass reads; throws {@link io.sharkfin.dissect.Truncated} where that pass stops.
     */
    void info(Packet packet, int buf, int offset, int length, StringBuilder out) {
        start(packet, buf, offset, length, false, out);
        message();
    }

    private void start(Packet packet, int buf, int offset, int length, boolean tree, StringBuilder out) {
        this.p = packet;
        this.info = out;
        span.reset(packet, buf, offset, length, length);
        items.reset(span, tree);
    }

    private void message() {
        int id = span.u16(0);
        int flags = span.u16(FLAGS_OFFSET);
        int opcode = (flags & OPCODE) >> 11;
        boolean response = (flags & RESPONSE) != 0;
        if (info != null) {
            String name = valueName(NbnsFields.FLAGS_OPCODE, opcode);
            info.append(name != null ? name : "Unknown operation (" + opcode + ")")
                    .append(response ? " response" : "");
        }
        items.uint(NbnsFields.ID, 0, 2, id);
        flags(FLAGS_OFFSET, false);
        int questions = count(NbnsFields.COUNT_QUERIES, 4);
        int answers = count(NbnsFields.COUNT_ANSWERS, 6);
        int authority = count(NbnsFields.COUNT_AUTH_RR, 8);
        int additional = count(NbnsFields.COUNT_ADD_RR, 10);
        int cur = HEADER;
        // a request's Info lists its questions, a response's its answers; nothing else is summarised
        if (questions > 0) {
            cur += questions(cur, questions, !response);
        }
        if (answers > 0) {
            cur += records(cur, answers, response, opcode, "Answers");
        }
        if (authority > 0) {
            cur += records(cur, authority, false, opcode, "Authoritative nameservers");
        }
        if (additional > 0) {
            records(cur, additional, false, opcode, "Additional records");
        }
    }

    /** {@code proto_tree_add_item_ret_uint}: the count is read with or without a tree. */
    private int count(FieldSpec f, int off) {
        items.item(f, off, 2);
        return span.u16(off);
    }

    /**
     * {@code nbns_add_nbns_flags}: the flags word, whose bits depend on whether it is a response
     * (and, in a WACK's record, lack the reply code); the error of a failed response goes into
     * the Info column.
     */
    private void flags(int off, boolean wack) {
        int flags = span.u16(off);
        boolean response = (flags & RESPONSE) != 0;
        if (info != null && response && !wack && (flags & RCODE) != 0) {
            String name = valueName(NbnsFields.FLAGS_RCODE, flags & RCODE);
            info.append(", ").append(name != null ? name : "Unknown error");
        }
        items.bitmask(NbnsFields.FLAGS, off, flags, !response ? REQUEST_FLAGS : wack ? WACK_FLAGS : RESPONSE_FLAGS);
    }

    private int questions(int cur, int count, boolean summarised) {
        int start = cur;
        int section = items.subtree(cur, -1, items.texts() ? "Queries" : null);
        int saved = items.open(section);
        for (int i = 0; i < count; i++) {
            cur += question(cur, summarised);
        }
        items.setLength(section, cur - start);
        items.close(saved);
        return cur - start;
    }

    /** {@code dissect_nbns_query}: name, type and class; returns the bytes they take. */
    private int question(int off, boolean summarised) {
        readName(off);
        int type = span.u16(off + nameUsed);
        int cls = span.u16(off + nameUsed + 2);
        int length = nameUsed + 4;
        String typeName = typeName(type);
        if (summarised && info != null) {
            info.append(' ').append(typeName).append(' ').append(nameText);
        }
        if (!items.tree()) {
            return length;
        }
        int item = items.subtree(off, length, items.texts() ? recordText(typeName, cls) : null);
        int saved = items.open(item);
        int name = items.string(NbnsFields.NAME, off, nameUsed, nameBytes);
        if (nameType != -1 && items.texts()) {
            items.label(name, "Name: " + nameText + " (" + NetbiosNames.typeDescription(nameType) + ")");
        }
        items.uint(NbnsFields.TYPE, off + nameUsed, 2, type);
        items.uint(NbnsFields.CLASS, off + nameUsed + 2, 2, cls);
        items.close(saved);
        return length;
    }

    private int records(int cur, int count, boolean summarised, int opcode, String title) {
        int start = cur;
        int section = items.subtree(cur, -1, items.texts() ? title : null);
        int saved = items.open(section);
        for (int i = 0; i < count; i++) {
            cur += record(cur, summarised, opcode);
        }
        items.setLength(section, cur - start);
        items.close(saved);
        return cur - start;
    }

    /**
     * {@code dissect_nbns_answer}: a record's name, type, class, TTL and data length, then its
     * data by type; returns the bytes it took, which for NB and NBSTAT data is as far as it was
     * read, not what the data length says.
     */
    private int record(int off, boolean summarised, int opcode) {
        readName(off);
        int type = span.u16(off + nameUsed);
        int cls = span.u16(off + nameUsed + 2);
        long ttl = span.u32(off + nameUsed + 4);
        int dataLength = span.u16(off + nameUsed + 8);
        int data = off + nameUsed + 10;
        String typeName = typeName(type);
        if (summarised && info != null && type == TYPE_NB && opcode != OPCODE_WACK) {
            // read where a first address would be, whatever the data length says
            long address = span.u32(data + 2);
            info.append(' ').append(typeName).append(' ');
            FieldFormat.appendIPv4(address, info);
        } else if (summarised && info != null && type != TYPE_NB) {
            info.append(' ').append(typeName);
        }
        int item = items.subtree(off, data - off + dataLength, items.texts() ? recordText(typeName, cls) : null);
        int saved = items.open(item);
        if (items.tree()) {
            // an NB record's name item says what kind of name it is, in its value
            byte[] name = type == TYPE_NB
                    ? concat(nameBytes, " (" + NetbiosNames.typeDescription(nameType) + ")") : nameBytes;
            framing(off, name, type, cls, ttl, dataLength);
        }
        int end = switch (type) {
            case TYPE_NB -> nbData(data, dataLength, opcode);
            case TYPE_NBSTAT -> nodeStatus(data, dataLength);
            default -> {
                if (items.tree()) {
                    items.item(NbnsFields.DATA, data, dataLength);
                }
                yield data + dataLength;
            }
        };
        items.close(saved);
        return end - off;
    }

    /** {@code %s: type %s, class %s}: the text of a question's or record's item. */
    private String recordText(String typeName, int cls) {
        String className = valueName(NbnsFields.CLASS, cls);
        return nameText + ": type " + typeName + ", class " + (className != null ? className : "Unknown");
    }

    /** {@code add_rr_to_tree}: the name (after its length byte), type, class, TTL and data length. */
    private void framing(int off, byte[] name, int type, int cls, long ttl, int dataLength) {
        items.string(NbnsFields.NAME, off + 1, nameUsed - 1, name);
        int o = off + nameUsed;
        items.uint(NbnsFields.TYPE, o, 2, type);
        items.uint(NbnsFields.CLASS, o + 2, 2, cls);
        items.uint(NbnsFields.TTL, o + 4, 4, ttl);
        items.uint(NbnsFields.DATA_LENGTH, o + 8, 2, dataLength);
    }

    /**
     * An NB record's data: flags and address pairs, or, in a WACK, the flags of the request it
     * answers; returns the offset reading stopped at.
     */
    private int nbData(int cur, int left, int opcode) {
        while (left > 0) {
            if (left < 2) {
                items.incomplete(cur, left);
                break;
            }
            if (opcode == OPCODE_WACK) {
                flags(cur, true);
                cur += 2;
                left -= 2;
                continue;
            }
            // nbns_add_nb_flags reads the flags again for its text, tree or not
            items.bitmask(NbnsFields.NB_FLAGS, cur, span.u16(cur), NbnsFields.NB_FLAGS_GROUP, NbnsFields.NB_FLAGS_ONT);
            cur += 2;
            left -= 2;
            if (left < 4) {
                items.incomplete(cur, left);
                break;
            }
            items.item(NbnsFields.ADDR, cur, 4);
            cur += 4;
            left -= 4;
        }
        return cur;
    }

    /**
     * An NBSTAT record's data: the name table, then the unit ID and the statistics as far as the
     * data length goes. The count byte is not taken off the data length (as in Wireshark), so
     * the table ends one byte later than the length allows.
     */
    private int nodeStatus(int cur, int left) {
        if (left < 1) {
            items.incomplete(cur, left);
            return cur;
        }
        int count = span.u8(cur);
        items.item(NbnsFields.NUMBER_OF_NAMES, cur, 1);
        cur += 1;
        for (; count != 0; count--) {
            if (left < NetbiosNames.NAME_LENGTH) {
                items.incomplete(cur, left);
                return cur;
            }
            if (items.tree()) {
                tableName(cur);
            }
            cur += NetbiosNames.NAME_LENGTH;
            left -= NetbiosNames.NAME_LENGTH;
            if (left < 2) {
                items.incomplete(cur, left);
                return cur;
            }
            if (items.tree()) {
                items.bitmask(NbnsFields.NAME_FLAGS, cur, span.u16(cur), NbnsFields.NAME_FLAGS_GROUP,
                        NbnsFields.NAME_FLAGS_ONT, NbnsFields.NAME_FLAGS_DRG, NbnsFields.NAME_FLAGS_CNF,
                        NbnsFields.NAME_FLAGS_ACT, NbnsFields.NAME_FLAGS_PRM);
            }
            cur += 2;
            left -= 2;
        }
        if (left < UNIT_ID_SIZE) {
            items.incomplete(cur, left);
            return cur;
        }
        items.item(NbnsFields.UNIT_ID, cur, UNIT_ID_SIZE);
        cur += UNIT_ID_SIZE;
        left -= UNIT_ID_SIZE;
        for (FieldSpec f : STATISTICS) {
            int size = f.type().width();
            if (left < size) {
                items.incomplete(cur, left);
                break;
            }
            items.item(f, cur, size);
            cur += size;
            left -= size;
        }
        return cur;
    }

    /**
     * One name of a node-status table. Wireshark writes it into a buffer as long as the record's
     * own name took bytes, so a record named by a 2-byte pointer shows one character of each.
     */
    private void tableName(int cur) {
        byte[] raw = span.copy(cur, NetbiosNames.NAME_LENGTH);
        String text = NetbiosNames.printable(raw, nameUsed);
        int type = raw[NetbiosNames.NAME_LENGTH - 1] & 0xff;
        int e = items.string(NbnsFields.NETBIOS_NAME, cur, NetbiosNames.NAME_LENGTH,
                text.getBytes(StandardCharsets.US_ASCII));
        if (items.texts()) {
            items.label(e, String.format(Locale.ROOT, "Name: %s<%02x> (%s)", text, type,
                    NetbiosNames.typeDescription(type)));
        }
    }

    /** {@code get_nbns_name}: the name at {@code off} read as DNS reads it, then decoded. */
    private void readName(int off) {
        nameUsed = names.read(span, off, 0);
        NetbiosNames.Decoded d = NetbiosNames.decode(names.rawString());
        // one char a byte: the bytes of the C string; what they read as, where they are no UTF-8
        // (a scope ID's), with U+FFFD where tshark prints them raw
        nameBytes = d.text().getBytes(StandardCharsets.ISO_8859_1);
        nameText = isAscii(nameBytes) ? d.text() : Strings.utf8WithReplacement(nameBytes);
        nameType = d.type();
    }

    private static boolean isAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] concat(byte[] head, String tail) {
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(head, head.length + t.length);
        System.arraycopy(t, 0, out, head.length, t.length);
        return out;
    }

    private String typeName(int type) {
        String name = valueName(NbnsFields.TYPE, type);
        return name != null ? name : "Unknown";
    }

    /** The name Wireshark's value strings give a value of {@code f}, or null. */
    private String valueName(FieldSpec f, long value) {
        return p.registry().byId(f.id()).valueName(value);
    }
}
