package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.ValueStrings;

import java.util.ArrayList;
import java.util.List;

/**
 * Generic Routing Encapsulation ({@code gre}, IP protocol 47): flags and version, protocol type,
 * optional checksum (verified), offset, key, sequence number and routing entries; the payload
 * goes on by protocol type (IPv4, IPv6, transparent Ethernet bridging, or any ethertype).
 * PPTP's enhanced GRE, WCCP and 3GPP2 variants are not decoded beyond the common header.
 */
public final class GreDissector implements Dissector {

    public static final FieldSpec GRE = FieldSpec.protocol("gre", "Generic Routing Encapsulation");
    public static final FieldSpec FLAGS_AND_VERSION =
            Fields.u16("gre.flags_and_version", "Flags and Version", "BASE_HEX");
    public static final FieldSpec FLAG_CHECKSUM = Fields.bool("gre.flags.checksum", "Checksum Bit", 16, 0x8000);
    public static final FieldSpec FLAG_ROUTING = Fields.bool("gre.flags.routing", "Routing Bit", 16, 0x4000);
    public static final FieldSpec FLAG_KEY = Fields.bool("gre.flags.key", "Key Bit", 16, 0x2000);
    public static final FieldSpec FLAG_SEQUENCE =
            Fields.bool("gre.flags.sequence_number", "Sequence Number Bit", 16, 0x1000);
    public static final FieldSpec FLAG_STRICT =
            Fields.bool("gre.flags.strict_source_route", "Strict Source Route Bit", 16, 0x0800);
    public static final FieldSpec FLAG_RECURSION = Fields.uint("gre.flags.recursion_control",
            "Recursion control", FieldType.UINT16, "BASE_DEC", 0x0700);
    public static final FieldSpec FLAG_RESERVED =
            Fields.uint("gre.flags.reserved", "Flags (Reserved)", FieldType.UINT16, "BASE_DEC", 0x00f8);
    public static final FieldSpec FLAG_VERSION =
            Fields.uint("gre.flags.version", "Version", FieldType.UINT16, "BASE_DEC", 0x0007);
    public static final FieldSpec PROTO = Fields.u16("gre.proto", "Protocol Type", "BASE_HEX");
    public static final FieldSpec CHECKSUM = Fields.u16("gre.checksum", "Checksum", "BASE_HEX");
    public static final FieldSpec CHECKSUM_STATUS = Fields.u8("gre.checksum.status", "Checksum Status", "BASE_NONE");
    public static final FieldSpec OFFSET = Fields.u16("gre.offset", "Offset", "BASE_DEC");
    public static final FieldSpec KEY = Fields.u32("gre.key", "Key", "BASE_HEX");
    public static final FieldSpec SEQUENCE = Fields.u32("gre.sequence_number", "Sequence Number", "BASE_DEC");
    public static final FieldSpec ROUTING = Fields.none("gre.routing", "Routing");
    public static final FieldSpec ROUTING_AF = Fields.u16("gre.routing.address_family", "Address Family", "BASE_DEC");
    public static final FieldSpec ROUTING_SRE_OFFSET = Fields.u8("gre.routing.sre_offset", "SRE Offset", "BASE_DEC");
    public static final FieldSpec ROUTING_SRE_LENGTH = Fields.u8("gre.routing.src_length", "SRE Length", "BASE_DEC");
    public static final FieldSpec ROUTING_INFORMATION = Fields.bytes("gre.routing.information", "Routing Information");
    static final Expert.Info CHECKSUM_INCORRECT = Expert.Info.of("gre.checksum.incorrect",
            Expert.Group.PROTOCOL, Expert.Severity.WARN, "Incorrect GRE Checksum");

    private static final List<FieldSpec> FIELDS = List.of(FLAGS_AND_VERSION, FLAG_CHECKSUM,
            FLAG_ROUTING, FLAG_KEY, FLAG_SEQUENCE, FLAG_STRICT, FLAG_RECURSION, FLAG_RESERVED,
            FLAG_VERSION, PROTO, CHECKSUM, CHECKSUM_STATUS, OFFSET, KEY, SEQUENCE, ROUTING, ROUTING_AF,
            ROUTING_SRE_OFFSET, ROUTING_SRE_LENGTH, ROUTING_INFORMATION, CHECKSUM_INCORRECT.field());

    private static final int C = 0x8000;
    private static final int R = 0x4000;
    private static final int K = 0x2000;
    private static final int S = 0x1000;
    private static final int ETHERTYPE_IP = 0x0800;
    private static final int ETHERTYPE_ETHBRIDGE = 0x6558;

    private final Dissectors ds;
    private final Dissector ethWithoutFcs;

    public GreDissector(Dissectors ds, EthDissector eth) {
        this.ds = ds;
        this.ethWithoutFcs = eth.withoutFcs();
    }

    @Override
    public FieldSpec protocol() {
        return GRE;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public List<String> calls() {
        List<String> out = new ArrayList<>(ds.ethertype.protocolNames());
        out.add("eth");
        out.add("data");
        return out;
    }

    @Override
    public int dissect(Packet p, int buf, int off, int len) {
        Calls.needBeforeItem(p, buf, off, len, 4);
        int flags = p.u16(buf, off);
        int type = p.u16(buf, off + 2);
        int e = p.addUInt(FLAGS_AND_VERSION, buf, off, 2, flags);
        int saved = p.openSubtree(e);
        p.addBoolean(FLAG_CHECKSUM, buf, off, 2, (flags & C) != 0);
        p.addBoolean(FLAG_ROUTING, buf, off, 2, (flags & R) != 0);
        p.addBoolean(FLAG_KEY, buf, off, 2, (flags & K) != 0);
        p.addBoolean(FLAG_SEQUENCE, buf, off, 2, (flags & S) != 0);
        p.addBoolean(FLAG_STRICT, buf, off, 2, (flags & 0x0800) != 0);
        p.addUInt(FLAG_RECURSION, buf, off, 2, (flags & 0x0700) >>> 8);
        p.addUInt(FLAG_RESERVED, buf, off, 2, (flags & 0x00f8) >>> 3);
        p.addUInt(FLAG_VERSION, buf, off, 2, flags & 0x0007);
        p.closeSubtree(saved);
        p.addUInt(PROTO, buf, off + 2, 2, type);
        int at = off + 4;
        if ((flags & (C | R)) != 0) {
            int checksum = p.u16(buf, at);
            int captured = Math.max(0, Math.min(len, p.bufferLength(buf) - off));
            if ((flags & C) != 0 && !p.fragmented() && captured >= len) {
                Checksums.verifyInCksum(p, CHECKSUM, CHECKSUM_STATUS, CHECKSUM_INCORRECT, buf, at,
                        checksum, Checksums.of(p, buf, off, len));
            } else {
                Checksums.unverified(p, CHECKSUM, CHECKSUM_STATUS, buf, at, 2, checksum);
            }
            p.addUInt(OFFSET, buf, at + 2, 2, p.u16(buf, at + 2));
            at += 4;
        }
        if ((flags & K) != 0) {
            p.addUInt(KEY, buf, at, 4, p.u32(buf, at));
            at += 4;
        }
        if ((flags & S) != 0) {
            p.addUInt(SEQUENCE, buf, at, 4, p.u32(buf, at));
            at += 4;
        }
        if ((flags & R) != 0) {
            while (true) {
                int af = p.u16(buf, at);
                int sreLength = p.u8(buf, at + 3);
                // packet-gre.c makes a subtree of the Routing item but adds the SRE's fields
                // beside it, in GRE's own tree
                Calls.noneClamped(p, ROUTING, buf, at, 4 + sreLength);
                p.addUInt(ROUTING_AF, buf, at, 2, af);
                p.addUInt(ROUTING_SRE_OFFSET, buf, at + 2, 1, p.u8(buf, at + 2));
                p.addUInt(ROUTING_SRE_LENGTH, buf, at + 3, 1, sreLength);
                at += 4;
                if (af == 0 && sreLength == 0) {
                    break;
                }
                p.addBytes(ROUTING_INFORMATION, buf, at, sreLength);
                at += sreLength;
            }
        }
        int header = at - off;
        p.setProtocolLength(header);
        if ((flags & S) == 0 && len - header <= 0) {
            return len;
        }
        Dissector next = switch (type) {
            case ETHERTYPE_IP -> ds.byName("ip");
            case ETHERTYPE_ETHBRIDGE -> ethWithoutFcs;
            default -> ds.ethertype.get(type);
        };
        if (next == null || Calls.ifNeeded(p, next, buf, at, len - header) == 0) {
            Calls.data(p, ds, buf, at, len - header);
        }
        return len;
    }

    @Override
    public String label(Packet p, int entry) {
        if (!Addresses.has(p, entry, 4)) {
            return null;
        }
        int type = Addresses.u16At(p, entry, 2);
        ValueStrings names = p.registry().byId(PROTO.id()).strings();
        String name = names == null ? null : names.nameOf(type);
        return "Generic Routing Encapsulation (" + (name != null ? name
                : String.format("0x%04X - unknown", type)) + ")";
    }
}
