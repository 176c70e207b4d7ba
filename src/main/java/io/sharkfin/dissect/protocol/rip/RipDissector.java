package io.sharkfin.dissect.protocol.rip;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.ValueStrings;
import io.sharkfin.dissect.protocol.Addresses;
import io.sharkfin.dissect.protocol.DeclaredFields;

import java.util.List;

/**
 * The Routing Information Protocol on UDP 520, versions 1 and 2, as packet-rip.c 4.0 dissects
 * it: command and version, then entries of 20 bytes (IP routes, the "whole table" request of an
 * unspecified family, RIPv2 authentication by password or keyed MD5 with its trailer), and a
 * finding for any other address family. The routing domain is left out, as Wireshark's default
 * preference leaves it.
 */
public final class RipDissector implements Dissector {
    private static FieldSpec f(String name, String title, FieldType type, String base) {
        return FieldSpec.of(name, title, type).base(base);
    }

    /** The constants below as they are made, in declaration order. */
    private static final DeclaredFields SPECS = new DeclaredFields();

    public static final FieldSpec RIP = SPECS.add(FieldSpec.protocol("rip", "Routing Information Protocol"));
    public static final FieldSpec COMMAND = SPECS.add(f("rip.command", "Command", FieldType.UINT8, "BASE_DEC"));
    public static final FieldSpec VERSION = SPECS.add(f("rip.version", "Version", FieldType.UINT8, "BASE_DEC"));
    public static final FieldSpec FAMILY = SPECS.add(f("rip.family", "Address Family", FieldType.UINT16, "BASE_DEC"));
    public static final FieldSpec ROUTE_TAG = SPECS.add(f("rip.route_tag", "Route Tag", FieldType.UINT16, "BASE_DEC"));
    public static final FieldSpec IP = SPECS.add(f("rip.ip", "IP Address", FieldType.IPv4, ""));
    public static final FieldSpec NETMASK = SPECS.add(f("rip.netmask", "Netmask", FieldType.IPv4, ""));
    public static final FieldSpec NEXT_HOP = SPECS.add(f("rip.next_hop", "Next Hop", FieldType.IPv4, ""));
    public static final FieldSpec METRIC = SPECS.add(f("rip.metric", "Metric", FieldType.UINT16, "BASE_DEC"));
    public static final FieldSpec AUTH_TYPE = SPECS.add(f("rip.auth.type", "Authentication type", FieldType.UINT16, "BASE_DEC"));
    public static final FieldSpec AUTH_PASSWD = SPECS.add(f("rip.auth.passwd", "Password", FieldType.STRING, ""));
    public static final FieldSpec DIGEST_OFFSET = SPECS.add(f("rip.digest_offset", "Digest Offset", FieldType.UINT16, "BASE_DEC"));
    public static final FieldSpec KEY_ID = SPECS.add(f("rip.key_id", "Key ID", FieldType.UINT8, "BASE_DEC"));
    public static final FieldSpec AUTH_DATA_LEN = SPECS.add(f("rip.auth_data_len", "Auth Data Len", FieldType.UINT8, "BASE_DEC"));
    public static final FieldSpec SEQ_NUM = SPECS.add(f("rip.seq_num", "Seq num", FieldType.UINT32, "BASE_DEC"));
    public static final FieldSpec ZERO_PADDING = SPECS.add(f("rip.zero_padding", "Zero adding", FieldType.STRING, ""));
    public static final FieldSpec AUTHENTICATION_DATA = SPECS.add(f("rip.authentication_data", "Authentication Data",
            FieldType.BYTES, ""));
    public static final Expert.Info UNKNOWN_ADDRESS_FAMILY = SPECS.add(Expert.Info.of("rip.unknown_address_family",
            Expert.Group.PROTOCOL, Expert.Severity.WARN, "Unknown address family"));

    private static final List<FieldSpec> FIELDS = SPECS.list();

    private static final int HEADER = 4;
    private static final int ENTRY = 20;
    private static final int RIPV2 = 2;
    private static final int UNSPECIFIED = 0;
    private static final int FAMILY_IP = 2;
    private static final int AUTHENTICATION = 0xffff;
    private static final int AUTH_PASSWORD = 2;
    private static final int AUTH_KEYED_DIGEST = 3;
    private static final int DIGEST_LENGTH = 16;

    @Override
    public FieldSpec protocol() {
        return RIP;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public int dissect(Packet p, int buf, int off, int len) {
        int command = p.u8(buf, off);
        int version = p.u8(buf, off + 1);
        p.addUInt(COMMAND, buf, off, 1, command);
        p.addUInt(VERSION, buf, off + 1, 1, version);
        int end = off + len;
        int trailer = 0;
        boolean md5 = false;
        for (int at = off + HEADER; end - at > trailer; at += ENTRY) {
            int family = p.u16(buf, at);
            if (family == UNSPECIFIED || family == FAMILY_IP) {
                route(p, buf, at, version, family == FAMILY_IP);
            } else if (family == AUTHENTICATION && at == off + HEADER) {
                trailer = authentication(p, buf, at);
                md5 = true;
            } else if (!(family == AUTHENTICATION && md5 && end - at == ENTRY)) {
                // the MD5 trailer's entry is passed over; any other family is not known
                p.need(buf, at, ENTRY);
                int item = p.addText(buf, at, ENTRY, "Unknown address family " + family, false);
                if (Expert.wanted(p, UNKNOWN_ADDRESS_FAMILY)) {
                    Expert.add(p, item, UNKNOWN_ADDRESS_FAMILY, buf, at, "Unknown address family " + family);
                }
            }
        }
        return Math.min(len, p.bufferLength(buf) - off);
    }

    /** An IP route ("IP Address: 10.0.0.0, Metric: 1"), or the unspecified family's whole-table request. */
    private static void route(Packet p, int buf, int at, int version, boolean ip) {
        long metric = p.u32(buf, at + 16);
        int item = p.wantsText() ? p.addText(buf, at, ENTRY, ip
                ? "IP Address: " + Addresses.ipv4(p.u32(buf, at + 4)) + ", Metric: " + metric
                : "Address not specified, Metric: " + metric, false) : -1;
        int saved = p.openSubtree(item);
        p.addUInt(FAMILY, buf, at, 2, p.u16(buf, at));
        if (version == RIPV2) {
            p.addUInt(ROUTE_TAG, buf, at + 2, 2, p.u16(buf, at + 2));
        }
        if (ip) {
            p.addIPv4(IP, buf, at + 4);
        }
        if (version == RIPV2) {
            p.addIPv4(NETMASK, buf, at + 8);
            p.addIPv4(NEXT_HOP, buf, at + 12);
        }
        p.addUInt(METRIC, buf, at + 16, 4, metric);
        p.closeSubtree(saved);
    }

    /** RIPv2's first entry when its family is 0xffff; returns the keyed digest's trailer length (0 for others). */
    private static int authentication(Packet p, int buf, int at) {
        int type = p.u16(buf, at + 2);
        p.need(buf, at, ENTRY);
        ValueStrings names = p.registry().byId(AUTH_TYPE.id()).strings();
        String name = names == null ? null : names.nameOf(type);
        int item = p.wantsText() ? p.addText(buf, at, ENTRY, "Authentication: "
                + (name != null ? name : "Unknown (" + type + ")"), false) : -1;
        int saved = p.openSubtree(item);
        p.addUInt(AUTH_TYPE, buf, at + 2, 2, type);
        int trailer = 0;
        if (type == AUTH_PASSWORD) {
            p.addString(AUTH_PASSWD, buf, at + 4, p.lengthToNul(buf, at + 4, 16), true);
        } else if (type == AUTH_KEYED_DIGEST) {
            int digestOffset = p.u16(buf, at + 4);
            p.addUInt(DIGEST_OFFSET, buf, at + 4, 2, digestOffset);
            p.addUInt(KEY_ID, buf, at + 6, 1, p.u8(buf, at + 6));
            trailer = p.u8(buf, at + 7);
            p.addUInt(AUTH_DATA_LEN, buf, at + 7, 1, trailer);
            p.addUInt(SEQ_NUM, buf, at + 8, 4, p.u32(buf, at + 8));
            p.addString(ZERO_PADDING, buf, at + 12, p.lengthToNul(buf, at + 12, 8), true);
            int data = at - 4 + digestOffset;
            p.need(buf, data, DIGEST_LENGTH + 4);
            int trailerItem = p.addText(buf, data, DIGEST_LENGTH + 4, "Authentication Data Trailer", false);
            int inner = p.openSubtree(trailerItem);
            p.addBytes(AUTHENTICATION_DATA, buf, data + 4, DIGEST_LENGTH);
            p.closeSubtree(inner);
        }
        p.closeSubtree(saved);
        return trailer;
    }

    @Override
    public String shortName() {
        return "RIP";
    }
}
