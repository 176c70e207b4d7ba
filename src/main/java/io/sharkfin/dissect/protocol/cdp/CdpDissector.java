package io.sharkfin.dissect.protocol.cdp;

import static io.sharkfin.dissect.protocol.cdp.CdpFields.*;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.Truncated;
import io.sharkfin.dissect.ValueStrings;
import io.sharkfin.dissect.protocol.Addresses;
import io.sharkfin.dissect.protocol.Checksums;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Cisco Discovery Protocol as packet-cdp.c 4.0 dissects it: the header with its checksum
 * (CDP's odd-length quirk included), then the TLVs, each an item worded by its type (device and
 * port IDs, platform, software version lines, addresses, capabilities, VLANs, power, EnergyWise,
 * the HP access-point TLVs), and what follows the last TLV as data. Lengths are 16-bit counters
 * as in the C code, so a TLV shorter than its parts wraps around exactly as it does there.
 */
public final class CdpDissector implements Dissector {
    private static final int DEVICE_ID = 0x0001;
    private static final int ADDRESS = 0x0002;
    private static final int PORT_ID = 0x0003;
    private static final int CAPABILITIES_TLV = 0x0004;
    private static final int IOS_VERSION = 0x0005;
    private static final int PLATFORM_TLV = 0x0006;
    private static final int IP_PREFIX_TLV = 0x0007;
    private static final int PROTOCOL_HELLO = 0x0008;
    private static final int VTP_MGMT_DOMAIN = 0x0009;
    private static final int NATIVE_VLAN_TLV = 0x000a;
    private static final int DUPLEX_TLV = 0x000b;
    private static final int VOIP_VLAN_REPLY = 0x000e;
    private static final int VOIP_VLAN_QUERY = 0x000f;
    private static final int POWER = 0x0010;
    private static final int MTU_TLV = 0x0011;
    private static final int TRUST_BITMAP_TLV = 0x0012;
    private static final int UNTRUSTED_COS = 0x0013;
    private static final int SYSTEM_NAME_TLV = 0x0014;
    private static final int SYSTEM_OID = 0x0015;
    private static final int MANAGEMENT_ADDR = 0x0016;
    private static final int LOCATION_TLV = 0x0017;
    private static final int POWER_REQUESTED_TLV = 0x0019;
    private static final int POWER_AVAILABLE_TLV = 0x001a;
    private static final int NRGYZ = 0x001d;
    private static final int SPARE_POE = 0x001f;
    private static final int HP_SSID = 0x1002;
    private static final int HELLO_CLUSTER_MGMT = 0x0112;

    /** HP's access-point TLVs: one line of text each, all shown in packet-cdp.c's platform field. */
    private static final Map<Integer, String> HP_TEXT = Map.ofEntries(
            Map.entry(0x1000, "BSSID"), Map.entry(0x1001, "Serial"), Map.entry(0x1003, "Radio 1 channel"),
            Map.entry(0x1006, "SNMP port"), Map.entry(0x1007, "Web mgmt port"), Map.entry(0x1008, "Source MAC"),
            Map.entry(0x1009, "Radio 2 channel"), Map.entry(0x100a, "Radio 1 operating mode"),
            Map.entry(0x100b, "Radio 2 operating mode"), Map.entry(0x100c, "Radio 1 radio mode"),
            Map.entry(0x100d, "Radio 2 radio mode"));

    /** What the TLV loop does after a TLV: go on at an offset, or stop with nothing left to show. */
    private static final int STOP = Integer.MIN_VALUE;

    private final Dissectors ds;

    public CdpDissector(Dissectors ds) {
        this.ds = ds;
    }

    @Override
    public FieldSpec protocol() {
        return CDP;
    }

    @Override
    public List<FieldSpec> fields() {
        return ALL;
    }

    @Override
    public List<String> calls() {
        return List.of("data");
    }

    @Override
    public int dissect(Packet p, int buf, int off, int len) {
        CdpPdu d = new CdpPdu(p, buf, off, len);
        int end = d.end;
        p.addUInt(VERSION, buf, off, 1, d.u8(off));
        p.addUInt(TTL, buf, off + 1, 1, d.u8(off + 1));
        int value = d.u16(off + 2);
        d.need(off, len); // in_cksum's vector takes the whole PDU, tree or not
        if (Checksums.wanted(p, CHECKSUM, CHECKSUM_STATUS, BAD_CHECKSUM)) {
            Checksums.verifyInCksum(p, CHECKSUM, CHECKSUM_STATUS, BAD_CHECKSUM, buf, off + 2, value,
                    checksum(p, buf, off, len));
        }
        int at = off + 4;
        while (at < end) {
            int type = d.u16(at);
            int length = d.u16(at + 2);
            if (length < 4) {
                int item = CdpText.item(d, at, 4, "TLV with invalid length " + length + " (< 4)");
                int saved = p.openSubtree(item);
                typeAndLength(d, at);
                p.closeSubtree(saved);
                at += 4;
                break;
            }
            at = tlv(d, at, type, length);
            if (at == STOP) {
                return len;
            }
        }
        if (at > end) {
            throw Truncated.MALFORMED; // tvb_new_subset_remaining past the PDU
        }
        if (at < end) {
            p.callIfActive(ds.data(), buf, at, end - at);
        }
        return len;
    }

    /** One TLV of {@code length} bytes at {@code at}; returns where the next starts, or {@link #STOP}. */
    private static int tlv(CdpPdu d, int at, int type, int length) {
        return switch (type) {
            case DEVICE_ID -> {
                String id = CdpText.stringzpad(d, at + 4, length - 4);
                int saved = open(d, at, length, id == null ? null : "Device ID: " + id);
                CdpText.string(d, DEVICEID, at + 4, length - 4);
                d.p.closeSubtree(saved);
                yield at + length;
            }
            case PORT_ID -> portId(d, at, length);
            case ADDRESS -> CdpAddresses.list(d, at, length, "Addresses");
            case MANAGEMENT_ADDR -> CdpAddresses.list(d, at, length, "Management Addresses");
            case CAPABILITIES_TLV -> {
                int saved = open(d, at, length, "Capabilities");
                if (length - 4 >= 4) {
                    flags(d, CAPABILITIES, CAPABILITY_BITS, at + 4, 4);
                }
                d.p.closeSubtree(saved);
                yield at + length;
            }
            case IOS_VERSION -> {
                int saved = open(d, at, length, "Software Version");
                softwareVersion(d, at + 4, length - 4);
                d.p.closeSubtree(saved);
                yield at + length;
            }
            case PLATFORM_TLV -> textTlv(d, at, length, "Platform", PLATFORM);
            case IP_PREFIX_TLV -> ipPrefix(d, at, length);
            case PROTOCOL_HELLO -> protocolHello(d, at, length);
            case VTP_MGMT_DOMAIN -> textTlv(d, at, length, "VTP Management Domain", VTP_MANAGEMENT_DOMAIN);
            case NATIVE_VLAN_TLV -> numberTlv(d, at, length, "Native VLAN: %d", NATIVE_VLAN, 2);
            case DUPLEX_TLV -> {
                int duplex = d.u8(at + 4);
                int saved = open(d, at, length, duplex != 0 ? "Duplex: Full" : "Duplex: Half");
                d.p.addBoolean(DUPLEX, d.buf, at + 4, 1, duplex != 0);
                d.p.closeSubtree(saved);
                yield at + length;
            }
            case VOIP_VLAN_REPLY -> voipVlan(d, at, length, "VoIP VLAN Reply");
            case VOIP_VLAN_QUERY -> voipVlan(d, at, length, "VoIP VLAN Query");
            case POWER -> numberTlv(d, at, length, "Power Consumption: %d mW", POWER_CONSUMPTION, 2);
            case MTU_TLV -> numberTlv(d, at, length, "MTU: %d", MTU, 4);
            case TRUST_BITMAP_TLV -> numberTlv(d, at, length, "Trust Bitmap: 0x%02X", TRUST_BITMAP, 1);
            case UNTRUSTED_COS -> numberTlv(d, at, length, "Untrusted port CoS: 0x%02X", UNTRUSTED_PORT_COS, 1);
            case SYSTEM_NAME_TLV -> textTlv(d, at, length, "System Name", SYSTEM_NAME);
            case SYSTEM_OID -> {
                int saved = open(d, at, length, "System Object Identifier");
                CdpText.bytes(d, SYSTEM_OBJECT_IDENTIFIER, at + 4, length - 4);
                d.p.closeSubtree(saved);
                yield at + length;
            }
            case LOCATION_TLV -> {
                String where = CdpText.text(d, at + 5, length - 5);
                int saved = open(d, at, length, where == null ? null : "Location: " + where);
                d.p.addUInt(LOCATION_UNKNOWN, d.buf, at + 4, 1, d.u8(at + 4));
                CdpText.string(d, LOCATION, at + 5, length - 5);
                d.p.closeSubtree(saved);
                yield at + length;
            }
            case POWER_REQUESTED_TLV -> power(d, at, length, "Power Request", POWER_REQUESTED);
            case POWER_AVAILABLE_TLV -> power(d, at, length, "Power Available", POWER_AVAILABLE);
            case NRGYZ -> {
                int saved = open(d, at, length, "EnergyWise");
                CdpEnergyWise.dissect(d, at);
                d.p.closeSubtree(saved);
                yield at + length;
            }
            case SPARE_POE -> {
                int saved = open(d, at, length, "Spare Pair PoE");
                if (length - 4 != 0) {
                    flags(d, SPARE_POE_TLV, SPARE_POE_BITS, at + 4, 1);
                }
                d.p.closeSubtree(saved);
                yield at + length;
            }
            case HP_SSID -> length == 4 ? emptyTlv(d, at, "SSID: [Empty]") : textTlv(d, at, length, "SSID", PLATFORM);
            default -> {
                String title = HP_TEXT.get(type);
                yield title != null ? textTlv(d, at, length, title, PLATFORM) : unknown(d, at, type, length);
            }
        };
    }

    /**
     * The TLV's subtree item over {@code length} bytes, worded {@code label} (null when no tree is
     * drawn), with the type and length beneath it; returns the parent to restore.
     */
    static int open(CdpPdu d, int at, int length, String label) {
        int item = CdpText.item(d, at, length, label);
        int saved = d.p.openSubtree(item);
        typeAndLength(d, at);
        return saved;
    }

    private static void typeAndLength(CdpPdu d, int at) {
        d.p.addUInt(TLV_TYPE, d.buf, at, 2, d.u16(at));
        d.p.addUInt(TLV_LEN, d.buf, at + 2, 2, d.u16(at + 2));
    }

    /** A TLV of one string, its item worded "Title: text". */
    private static int textTlv(CdpPdu d, int at, int length, String title, FieldSpec field) {
        String text = CdpText.text(d, at + 4, length - 4);
        int saved = open(d, at, length, text == null ? null : title + ": " + text);
        CdpText.string(d, field, at + 4, length - 4);
        d.p.closeSubtree(saved);
        return at + length;
    }

    /** A TLV of one number of {@code size} bytes, its item worded by {@code format}. */
    private static int numberTlv(CdpPdu d, int at, int length, String format, FieldSpec field, int size) {
        long n = switch (size) {
            case 1 -> d.u8(at + 4);
            case 2 -> d.u16(at + 4);
            default -> d.u32(at + 4);
        };
        int saved = open(d, at, length, d.p.wantsText() ? String.format(Locale.ROOT, format, n) : null);
        d.p.addUInt(field, d.buf, at + 4, size, n);
        d.p.closeSubtree(saved);
        return at + length;
    }

    private static int emptyTlv(CdpPdu d, int at, String label) {
        int saved = open(d, at, 4, label);
        d.p.closeSubtree(saved);
        return at + 4;
    }

    /**
     * The port ID, whose length some senders give 3 bytes short: when the byte after it cannot
     * start a TLV type, the TLV is taken to run 3 bytes further ("what makes one capture work").
     * The Info column keeps the stated length.
     */
    private static int portId(CdpPdu d, int at, int length) {
        int real = length;
        if (d.end - at >= length + 3) {
            int next = d.u8(at + real);
            if (next != 0x00 && next != 0x10) {
                real = length + 3;
            }
        }
        CdpText.stringzpad(d, at + 4, length - 4); // the Info column's read
        String port = CdpText.text(d, at + 4, real - 4);
        int saved = open(d, at, real, port == null ? null : "Port ID: " + port);
        CdpText.string(d, PORTID, at + 4, real - 4);
        d.p.closeSubtree(saved);
        return at + real;
    }

    private static final FieldSpec[] CAPABILITY_BITS = {CAPABILITIES_ROUTER, CAPABILITIES_TRANS_BRIDGE,
        CAPABILITIES_SRC_BRIDGE, CAPABILITIES_SWITCH, CAPABILITIES_HOST, CAPABILITIES_IGMP_CAPABLE,
        CAPABILITIES_REPEATER, CAPABILITIES_VOIP_PHONE, CAPABILITIES_REMOTE, CAPABILITIES_CVTA,
        CAPABILITIES_MAC_RELAY};
    private static final FieldSpec[] SPARE_POE_BITS = {SPARE_POE_TLV_POE, SPARE_POE_TLV_SPARE_PAIR_ARCH,
        SPARE_POE_TLV_REQ_SPARE_PAIR_POE, SPARE_POE_TLV_PSE_SPARE_PAIR_POE};

    /** A bit field of {@code size} bytes and its flags beneath it (capabilities, spare-pair PoE). */
    private static void flags(CdpPdu d, FieldSpec field, FieldSpec[] bits, int at, int size) {
        long value = size == 1 ? d.u8(at) : d.u32(at);
        int saved = d.p.openSubtree(d.p.addUInt(field, d.buf, at, size, value));
        for (FieldSpec bit : bits) {
            d.p.addBoolean(bit, d.buf, at, size, (value & bit.bitmask()) != 0);
        }
        d.p.closeSubtree(saved);
    }

    /**
     * The software version, one item per line (add_multi_line_string_to_tree): each value is the
     * line as {@code tvb_format_stringzpad} shows it, each item covers the line and its end.
     */
    private static void softwareVersion(CdpPdu d, int at, int len) {
        int captured = at + d.capturedFrom(at);
        while (len > 0) {
            int lineLen = len;
            int next = at + len;
            for (int i = at; i < Math.min(at + len, captured); i++) {
                int c = d.u8(i);
                if (c == '\n' || c == '\r') {
                    lineLen = i - at;
                    next = c == '\r' && i + 1 < Math.min(at + len, captured) && d.u8(i + 1) == '\n' ? i + 2 : i + 1;
                    break;
                }
            }
            d.need(at, lineLen);
            if (d.p.wants(SOFTWARE_VERSION)) {
                d.p.addComputedString(SOFTWARE_VERSION, d.buf, at, next - at,
                        Strings.formatText(d.p.copy(d.buf, at, d.p.lengthToNul(d.buf, at, lineLen))));
            }
            len -= next - at;
            at = next;
        }
    }

    /** ODR's default gateway (a TLV of 8 bytes) or the IP prefixes, address and prefix length each. */
    private static int ipPrefix(CdpPdu d, int at, int length) {
        if (length == 8) {
            long gateway = d.u32(at + 4);
            int saved = open(d, at, length, d.p.wantsText() ? "ODR Default gateway: " + Addresses.ipv4(gateway) : null);
            CdpText.ipv4(d, ODR_DEFAULT_GATEWAY, at + 4);
            d.p.closeSubtree(saved);
            return at + 8;
        }
        int saved = open(d, at, length, "IP Prefixes: " + length / 5);
        at += 4;
        int left = length - 4;
        while (left > 0) {
            long prefix = d.u32(at);
            int bits = d.u8(at + 4);
            int e = CdpText.ipv4(d, IP_PREFIX, at);
            if (e >= 0) {
                d.p.setSpanKeepingValue(e, 5);
                if (d.p.wantsText()) {
                    d.p.setLabel(e, "IP Prefix: " + Addresses.ipv4(prefix) + "/" + bits);
                }
            }
            at += 5;
            left = (left - 5) & 0xffff; // a guint16: a last short prefix wraps and reads on to the end
        }
        d.p.closeSubtree(saved);
        return at;
    }

    private static int protocolHello(CdpPdu d, int at, int length) {
        int id = d.u16(at + 7);
        String name = id == HELLO_CLUSTER_MGMT ? "Cluster Management" : String.format(Locale.ROOT, "Unknown (0x%04x)", id);
        int saved = open(d, at, length, "Protocol Hello: " + name);
        d.p.addUInt(OUI, d.buf, at + 4, 3, d.u24(at + 4));
        d.p.addUInt(PROTOCOL_ID, d.buf, at + 7, 2, id);
        if (id == HELLO_CLUSTER_MGMT) {
            CdpText.ipv4(d, CLUSTER_MASTER_IP, at + 9);
            CdpText.ipv4(d, CLUSTER_IP, at + 13);
            d.p.addUInt(CLUSTER_VERSION, d.buf, at + 17, 1, d.u8(at + 17));
            d.p.addUInt(CLUSTER_SUB_VERSION, d.buf, at + 18, 1, d.u8(at + 18));
            d.p.addUInt(CLUSTER_STATUS, d.buf, at + 19, 1, d.u8(at + 19));
            d.p.addUInt(CLUSTER_UNKNOWN, d.buf, at + 20, 1, d.u8(at + 20));
            d.need(at + 21, 12);
            d.p.addBytes(CLUSTER_COMMANDER_MAC, d.buf, at + 21, 6);
            d.p.addBytes(CLUSTER_SWITCH_MAC, d.buf, at + 27, 6);
            d.p.addUInt(CLUSTER_UNKNOWN, d.buf, at + 33, 1, d.u8(at + 33));
            d.p.addUInt(CLUSTER_MANAGEMENT_VLAN, d.buf, at + 34, 2, d.u16(at + 34));
        } else {
            CdpText.bytes(d, HELLO_UNKNOWN, at + 9, length - 9);
        }
        d.p.closeSubtree(saved);
        return at + length;
    }

    private static int voipVlan(CdpPdu d, int at, int length, String title) {
        int item = CdpText.item(d, at, length, title);
        int saved = d.p.openSubtree(item);
        typeAndLength(d, at);
        if (length == 6) {
            d.need(at + 4, 2);
            d.p.addBytes(DATA, d.buf, at + 4, 2);
        } else {
            d.need(at + 4, 1);
            d.p.addBytes(DATA, d.buf, at + 4, 1);
            int vlan = d.u16(at + 5);
            d.p.addUInt(VOICE_VLAN, d.buf, at + 5, 2, vlan);
            if (item >= 0) {
                d.p.setLabel(item, title + ": VLAN " + vlan);
            }
        }
        d.p.closeSubtree(saved);
        return at + length;
    }

    /** Power requested or available: IDs, then the values in mW, which the item lists. */
    private static int power(CdpPdu d, int at, int length, String title, FieldSpec value) {
        int item = CdpText.item(d, at, length, title);
        int saved = d.p.openSubtree(item);
        typeAndLength(d, at);
        d.p.addUInt(REQUEST_ID, d.buf, at + 4, 2, d.u16(at + 4));
        d.p.addUInt(MANAGEMENT_ID, d.buf, at + 6, 2, d.u16(at + 6));
        if (length < 8) {
            d.p.closeSubtree(saved);
            return at + length;
        }
        StringBuilder label = new StringBuilder(title);
        int left = length - 8;
        at += 8;
        while (left >= 4) {
            long mw = d.u32(at);
            d.p.addUInt(value, d.buf, at, 4, mw);
            label.append(label.length() == title.length() ? ": " : ", ").append(mw).append(" mW");
            left -= 4;
            at += 4;
        }
        if (item >= 0) {
            d.p.setLabel(item, label.toString());
        }
        d.p.closeSubtree(saved);
        return at + left;
    }

    /** A TLV of a type packet-cdp.c does not know: its type's name and length, its bytes as data. */
    private static int unknown(CdpPdu d, int at, int type, int length) {
        String label = null;
        if (d.p.wantsText()) {
            ValueStrings names = d.p.registry().byId(TLV_TYPE.id()).strings();
            String name = names == null ? null : names.nameOf(type);
            label = "Type: " + (name != null ? name : String.format(Locale.ROOT, "Unknown (0x%04x)", type))
                    + ", length: " + length;
        }
        int saved = open(d, at, length, label);
        try {
            if (length > 4) {
                CdpText.bytes(d, DATA, at + 4, length - 4);
                return at + length;
            }
            return STOP;
        } finally {
            d.p.closeSubtree(saved);
        }
    }

    /**
     * CDP pads an odd-length PDU by putting the last byte in the low half of the last word and
     * carries an off-by-one from adding that word as a signed number.
     */
    private static int checksum(Packet p, int buf, int off, int len) {
        if ((len & 1) == 0) {
            return Checksums.of(p, buf, off, len);
        }
        long acc = Checksums.sum(p, buf, off, len - 1, 0);
        int last = p.u8(buf, off + len - 1);
        int word = (last & 0x80) != 0 ? (0xff << 8) | (last - 1) : last;
        return Checksums.finish(acc + word);
    }
}
