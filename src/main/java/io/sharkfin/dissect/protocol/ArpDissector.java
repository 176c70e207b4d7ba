package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Truncated;
import io.sharkfin.dissect.ValueStrings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Address Resolution Protocol ({@code arp}) for any hardware and protocol address sizes, with
 * Wireshark's gratuitous/probe/announcement flags and its detection of one IPv4 address claimed
 * by two MAC addresses ({@code arp.duplicate-address-detected}).
 */
public final class ArpDissector implements Dissector {

    public static final FieldSpec ARP = FieldSpec.protocol("arp", "Address Resolution Protocol");
    public static final FieldSpec HW_TYPE = Fields.u16("arp.hw.type", "Hardware type", "BASE_DEC");
    public static final FieldSpec PROTO_TYPE = Fields.u16("arp.proto.type", "Protocol type", "BASE_HEX");
    public static final FieldSpec HW_SIZE = Fields.u8("arp.hw.size", "Hardware size", "BASE_DEC");
    public static final FieldSpec PROTO_SIZE = Fields.u8("arp.proto.size", "Protocol size", "BASE_DEC");
    public static final FieldSpec OPCODE = Fields.u16("arp.opcode", "Opcode", "BASE_DEC");
    public static final FieldSpec IS_GRATUITOUS = Fields.bool("arp.isgratuitous", "Is gratuitous", 0, 0);
    public static final FieldSpec IS_PROBE = Fields.bool("arp.isprobe", "Is probe", 0, 0);
    public static final FieldSpec IS_ANNOUNCEMENT =
            Fields.bool("arp.isannouncement", "Is announcement", 0, 0);
    public static final FieldSpec SRC_HW = Fields.bytes("arp.src.hw", "Sender hardware address");
    public static final FieldSpec SRC_HW_MAC = Fields.ether("arp.src.hw_mac", "Sender MAC address");
    public static final FieldSpec SRC_PROTO = Fields.bytes("arp.src.proto", "Sender protocol address");
    public static final FieldSpec SRC_PROTO_IPV4 = Fields.ipv4("arp.src.proto_ipv4", "Sender IP address");
    public static final FieldSpec DST_HW = Fields.bytes("arp.dst.hw", "Target hardware address");
    public static final FieldSpec DST_HW_MAC = Fields.ether("arp.dst.hw_mac", "Target MAC address");
    public static final FieldSpec DST_PROTO = Fields.bytes("arp.dst.proto", "Target protocol address");
    public static final FieldSpec DST_PROTO_IPV4 = Fields.ipv4("arp.dst.proto_ipv4", "Target IP address");
    public static final FieldSpec DRARP_ERROR_STATUS =
            Fields.u16("arp.dst.drarp_error_status", "DRARP error status", "BASE_DEC");
    public static final FieldSpec DUPLICATE_FRAME =
            Fields.frame("arp.duplicate-address-frame", "Frame showing earlier use of IP address");
    public static final FieldSpec DUPLICATE_SECONDS = Fields.u32(
            "arp.seconds-since-duplicate-address-frame", "Seconds since earlier frame seen", "BASE_DEC");
    static final Expert.Info DUPLICATE_DETECTED = Expert.Info.of("arp.duplicate-address-detected",
            Expert.Group.SEQUENCE, Expert.Severity.WARN, "Duplicate IP address configured");

    private static final List<FieldSpec> FIELDS = List.of(HW_TYPE, PROTO_TYPE, HW_SIZE, PROTO_SIZE,
            OPCODE, IS_GRATUITOUS, IS_PROBE, IS_ANNOUNCEMENT, SRC_HW, SRC_HW_MAC, SRC_PROTO,
            SRC_PROTO_IPV4, DST_HW, DST_HW_MAC, DST_PROTO, DST_PROTO_IPV4, DRARP_ERROR_STATUS,
            DUPLICATE_FRAME, DUPLICATE_SECONDS, DUPLICATE_DETECTED.field());

    private static final int MIN_HEADER = 8;
    private static final int OP_REQUEST = 1;
    private static final int OP_REPLY = 2;
    private static final int OP_DRARP_ERROR = 10;
    private static final int HRD_ETHER = 1;
    private static final int HRD_IEEE802 = 6;
    private static final int ETHERTYPE_IP = 0x0800;
    private static final int AX25_P_IP = 0xcc;

    /** Which MAC address each IPv4 address was last seen with, for duplicate detection. */
    private static final class Bindings {
        final Map<Long, long[]> byIp = new HashMap<>();
    }

    @Override
    public FieldSpec protocol() {
        return ARP;
    }

    /** packet-*.c registers it under this short name, which error indications and expert taps quote. */
    @Override
    public String shortName() {
        return "ARP/RARP";
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public int dissect(Packet p, int buf, int off, int len) {
        Calls.needBeforeItem(p, buf, off, len, 2);
        int hrd = p.u16(buf, off);
        p.addUInt(HW_TYPE, buf, off, 2, hrd);
        int pro = p.u16(buf, off + 2);
        p.addUInt(PROTO_TYPE, buf, off + 2, 2, pro);
        int hln = p.u8(buf, off + 4);
        p.addUInt(HW_SIZE, buf, off + 4, 1, hln);
        int pln = p.u8(buf, off + 5);
        p.addUInt(PROTO_SIZE, buf, off + 5, 1, pln);
        int op = p.u16(buf, off + 6);
        p.addUInt(OPCODE, buf, off + 6, 2, op);
        int total = MIN_HEADER + 2 * hln + 2 * pln;
        p.setProtocolLength(total);
        if (total > len) {
            // Wireshark shrinks the data to the ARP message and fails when it is longer
            throw Truncated.MALFORMED;
        }
        int sha = off + MIN_HEADER;
        int spa = sha + hln;
        int tha = spa + pln;
        int tpa = tha + hln;
        boolean ether = isEther(hrd, hln);
        boolean ipv4 = isIPv4(pro, pln);
        List<Duplicate> duplicates = (op == OP_REQUEST || op == OP_REPLY) && ether && ipv4 && trackingWanted(p)
                ? checkBindings(p, buf, sha, spa, tha, tpa, op) : List.of();
        boolean gratuitous = false;
        boolean probe = false;
        boolean announcement = false;
        if ((op == OP_REQUEST || op == OP_REPLY) && equal(p, buf, spa, tpa, pln)) {
            gratuitous = true;
            announcement = op == OP_REQUEST && isZero(p, buf, tha, 6);
        } else {
            probe = op == OP_REQUEST && isZero(p, buf, tha, 6) && p.available(buf, spa, 4)
                    && p.u32(buf, spa) == 0;
        }
        if (gratuitous) {
            p.addBoolean(IS_GRATUITOUS, buf, off, 0, true);
        }
        if (probe) {
            p.addBoolean(IS_PROBE, buf, off, 0, true);
        }
        if (announcement) {
            p.addBoolean(IS_ANNOUNCEMENT, buf, off, 0, true);
        }
        if (hln != 0) {
            addAddress(p, ether ? SRC_HW_MAC : SRC_HW, buf, sha, hln);
        }
        if (pln != 0) {
            addProto(p, ipv4 ? SRC_PROTO_IPV4 : SRC_PROTO, buf, spa, pln);
        }
        if (hln != 0) {
            addAddress(p, ether ? DST_HW_MAC : DST_HW, buf, tha, hln);
        }
        if (pln != 0 && op != OP_DRARP_ERROR) {
            addProto(p, ipv4 ? DST_PROTO_IPV4 : DST_PROTO, buf, tpa, pln);
        } else if (pln != 0) {
            p.addUInt(DRARP_ERROR_STATUS, buf, tpa, 1, p.u8(buf, tpa));
        }
        for (Duplicate d : duplicates) {
            addDuplicate(p, buf, d);
        }
        return total;
    }

    private static boolean isEther(int hrd, int hln) {
        return (hrd == HRD_ETHER || hrd == HRD_IEEE802) && hln == 6;
    }

    private static boolean isIPv4(int pro, int pln) {
        return (pro == ETHERTYPE_IP || pro == AX25_P_IP) && pln == 4;
    }

    private static void addAddress(Packet p, FieldSpec f, int buf, int at, int n) {
        p.addBytes(f, buf, at, n);
    }

    private static void addProto(Packet p, FieldSpec f, int buf, int at, int n) {
        if (f == SRC_PROTO_IPV4 || f == DST_PROTO_IPV4) {
            p.addIPv4(f, buf, at);
        } else {
            p.addBytes(f, buf, at, n);
        }
    }

    /** Compares two spans like {@code tvb_memeql}: unequal when either is not captured. */
    private static boolean equal(Packet p, int buf, int a, int b, int n) {
        if (!p.available(buf, a, n) || !p.available(buf, b, n)) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (p.u8(buf, a + i) != p.u8(buf, b + i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isZero(Packet p, int buf, int at, int n) {
        if (!p.available(buf, at, n)) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (p.u8(buf, at + i) != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean trackingWanted(Packet p) {
        return p.wants(DUPLICATE_FRAME) || p.wants(DUPLICATE_SECONDS) || Expert.wanted(p, DUPLICATE_DETECTED);
    }

    /** An IPv4 address seen with another MAC address than before ({@code check_for_duplicate_addresses}). */
    private record Duplicate(long ip, long mac, long earlierMac, long earlierFrame, long seconds) {
    }

    /** The sender's, then the target's binding checked; the duplicates they reveal, in that order. */
    private static List<Duplicate> checkBindings(Packet p, int buf, int sha, int spa, int tha, int tpa, int op) {
        Bindings state = p.session().state(Bindings.class, Bindings::new);
        Duplicate sender = null;
        Duplicate target = null;
        long mac = macOf(p, buf, sha);
        long ip = p.u32(buf, spa);
        if ((mac >>> 40 & 0x01) == 0 && mac != 0 && ip != 0) {
            sender = check(p, state, mac, ip);
        }
        mac = macOf(p, buf, tha);
        ip = p.u32(buf, tpa);
        if ((mac >>> 40 & 0x01) == 0 && mac != 0 && ip != 0 && op != OP_REQUEST
                && (sender == null || sender.ip() != ip)) {
            target = check(p, state, mac, ip);
        }
        return sender == null ? (target == null ? List.of() : List.of(target))
                : target == null ? List.of(sender) : List.of(sender, target);
    }

    private static long macOf(Packet p, int buf, int at) {
        return ((long) p.u16(buf, at) << 32) | p.u32(buf, at + 2);
    }

    /** Records the binding; returns the duplicate when the address had another MAC before, else null. */
    private static Duplicate check(Packet p, Bindings state, long mac, long ip) {
        long now = p.frame().epochSeconds();
        long[] seen = state.byIp.get(ip);
        if (seen == null) {
            state.byIp.put(ip, new long[] {mac, p.number(), now});
            return null;
        }
        if (p.number() <= seen[1]) {
            return null;
        }
        if (seen[0] == mac) {
            seen[1] = p.number();
            seen[2] = now;
            return null;
        }
        return new Duplicate(ip, mac, seen[0], seen[1], (now - seen[2]) & 0xffffffffL);
    }

    /**
     * A duplicate as packet-arp.c shows it: a generated text item in the tree ARP was given (the
     * root, after ARP's own item) naming both addresses, holding the earlier frame with the
     * finding and the seconds since.
     */
    private static void addDuplicate(Packet p, int buf, Duplicate d) {
        int saved = p.openRoot();
        int item = p.addText(buf, 0, 0, "Duplicate IP address detected for " + Addresses.ipv4(d.ip()) + " ("
                + Addresses.mac(d.mac()) + ") - also in use by " + Addresses.mac(d.earlierMac())
                + " (frame " + d.earlierFrame() + ")", true);
        p.openSubtree(item);
        try {
            int frameItem = p.addUInt(DUPLICATE_FRAME, buf, 0, 0, d.earlierFrame());
            if (Expert.wanted(p, DUPLICATE_DETECTED)) {
                Expert.add(p, frameItem, DUPLICATE_DETECTED, buf, 0,
                        "Duplicate IP address configured (" + Addresses.ipv4(d.ip()) + ")");
            }
            p.addUInt(DUPLICATE_SECONDS, buf, 0, 0, d.seconds());
        } finally {
            p.closeSubtree(saved);
        }
    }

    @Override
    public String label(Packet p, int entry) {
        if (!Addresses.has(p, entry, MIN_HEADER)) {
            return null;
        }
        int op = Addresses.u16At(p, entry, 6);
        FieldSpec opField = OPCODE;
        ValueStrings names = p.registry().byId(opField.id()).strings();
        String opName = names == null ? null : names.nameOf(op);
        if (opName == null) {
            return String.format("Address Resolution Protocol (opcode 0x%04x)", op);
        }
        int hln = Addresses.u8At(p, entry, 4);
        int pln = Addresses.u8At(p, entry, 5);
        int total = MIN_HEADER + 2 * hln + 2 * pln;
        if ((op == OP_REQUEST || op == OP_REPLY) && Addresses.has(p, entry, total)) {
            int spa = MIN_HEADER + hln;
            int tha = spa + pln;
            int tpa = tha + hln;
            boolean same = true;
            for (int i = 0; i < pln; i++) {
                same &= Addresses.u8At(p, entry, spa + i) == Addresses.u8At(p, entry, tpa + i);
            }
            boolean thaZero = hln >= 6;
            for (int i = 0; i < 6 && thaZero; i++) {
                thaZero = Addresses.u8At(p, entry, tha + i) == 0;
            }
            if (same && op == OP_REQUEST) {
                opName = thaZero ? "ARP Announcement" : "request/gratuitous ARP";
            } else if (same) {
                opName = "reply/gratuitous ARP";
            } else if (op == OP_REQUEST && thaZero && pln >= 4 && Addresses.u32At(p, entry, spa) == 0) {
                opName = "ARP Probe";
            }
        }
        return "Address Resolution Protocol (" + opName + ")";
    }
}
