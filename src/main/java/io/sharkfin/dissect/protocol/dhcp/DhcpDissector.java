package io.sharkfin.dissect.protocol.dhcp;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.ValueStrings;

import java.util.HexFormat;
import java.util.List;

import static io.sharkfin.dissect.protocol.dhcp.DhcpFields.*;

/**
 * DHCP and BOOTP on UDP 67 and 68, and proxyDHCP on UDP 4011 (which Wireshark takes only with
 * the DHCP magic cookie), as packet-dhcp.c 4.0 dissects them: the fixed BOOTP header, then the
 * options, each under its {@code dhcp.option.type} item. Options Wireshark reads by their value
 * type ({@link DhcpOptions}) are read the same way; of those with handlers of their own, the
 * ones analysts read hosts from are dissected (message type, parameter request list, vendor
 * class, client identifier, user class, client FQDN, relay agent information, client
 * architecture); the others show their value as {@code dhcp.option.value}.
 */
public final class DhcpDissector implements Dissector {
    static final int PROXY_PORT = 4011;
    private static final int CHADDR = 28;
    private static final int SNAME = 44;
    private static final int SNAME_LENGTH = 64;
    private static final int FILE_NAME = 108;
    private static final int FILE_LENGTH = 128;
    private static final int VENDOR_INFO = 236;
    private static final long MAGIC_COOKIE = 0x63825363L;
    private static final int BOOTREQUEST = 1;
    private static final int BOOTREPLY = 2;
    private static final int OVERLOAD_FILE = 1;
    private static final int OVERLOAD_SNAME = 2;

    @Override
    public FieldSpec protocol() {
        return DHCP;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public String shortName() {
        return "DHCP/BOOTP";
    }

    @Override
    public int dissect(Packet p, int buf, int off, int len) {
        boolean cookie = hasCookie(p, buf, off);
        if ((p.srcPort() == PROXY_PORT || p.dstPort() == PROXY_PORT) && !cookie) {
            return 0; // proxyDHCP requires the cookie: not a DHCP message at all
        }
        int end = off + len;
        int options = off + VENDOR_INFO + (cookie ? 4 : 64);
        FirstPass first = FirstPass.scan(p, buf, options, end);
        header(p, buf, off, first.overload());
        if (first.messageType() < 0) {
            p.hide(p.addBoolean(BOOTP, buf, off, 0, true));
        }
        if (cookie) {
            int item = p.addIPv4(COOKIE, buf, off + VENDOR_INFO);
            if (p.wantsText()) {
                p.setLabel(item, "Magic cookie: DHCP");
            }
        } else {
            p.addBytes(VENDOR_SPECIFIC_OPTIONS, buf, off + VENDOR_INFO, 64);
        }
        new DhcpOptionReader(p, buf, end).readAll(options);
        return Math.min(len, p.bufferLength(buf) - off);
    }

    /** The magic cookie that starts DHCP's options (RFC 2132 says SHOULD, so BOOTP may lack it). */
    private static boolean hasCookie(Packet p, int buf, int off) {
        return p.available(buf, off + VENDOR_INFO, 4) && p.u32(buf, off + VENDOR_INFO) == MAGIC_COOKIE;
    }

    /**
     * What packet-dhcp.c's first pass over the options finds before anything is added: the
     * overload (option 52, 0 without it) and the message type (the last option 53; -1 for BOOTP).
     */
    private record FirstPass(int overload, int messageType) {
        static FirstPass scan(Packet p, int buf, int at, int end) {
            int[] found = {0, -1};
            eachOption(p, buf, at, end, (code, value, n) -> {
                // an option cut short is passed over, as the first pass checks before it reads
                if (n >= 1 && p.available(buf, value, n)) {
                    if (code == 52) {
                        found[0] = p.u8(buf, value);
                    } else if (code == 53) {
                        found[1] = p.u8(buf, value);
                    }
                }
                return true;
            });
            return new FirstPass(found[0], found[1]);
        }
    }

    /** An option {@link #eachOption} walks by: its code, where its value starts, its length. */
    @FunctionalInterface
    private interface OptionVisitor {
        /** Returns false to stop the walk. */
        boolean visit(int code, int value, int length);
    }

    /**
     * Walks the options from {@code at}, adding nothing and never failing: padding is passed
     * over, the end option or a missing length byte ends the walk.
     */
    private static void eachOption(Packet p, int buf, int at, int end, OptionVisitor v) {
        while (at < end && p.available(buf, at, 1)) {
            int code = p.u8(buf, at);
            if (code == 255) {
                return;
            }
            if (code == 0) {
                at++;
                continue;
            }
            if (!p.available(buf, at + 1, 1)) {
                return;
            }
            int n = p.u8(buf, at + 1);
            if (!v.visit(code, at + 2, n)) {
                return;
            }
            at += 2 + n;
        }
    }

    private static void header(Packet p, int buf, int off, int overload) {
        int htype = p.u8(buf, off + 1);
        int hlen = p.u8(buf, off + 2);
        p.addUInt(TYPE, buf, off, 1, p.u8(buf, off));
        p.addUInt(HW_TYPE, buf, off + 1, 1, htype);
        p.addUInt(HW_LEN, buf, off + 2, 1, hlen);
        p.addUInt(HOPS, buf, off + 3, 1, p.u8(buf, off + 3));
        p.addUInt(ID, buf, off + 4, 4, p.u32(buf, off + 4));
        // Windows (98, XP, Vista) sends the seconds little-endian; a small little-endian value says so
        int secsLe = p.u16le(buf, off + 8);
        if (secsLe > 0 && secsLe <= 0xff) {
            int item = p.addUInt(SECS, buf, off + 8, 2, secsLe);
            if (Expert.wanted(p, SECS_LE)) {
                Expert.add(p, item, SECS_LE, buf, off + 8);
            }
        } else {
            p.addUInt(SECS, buf, off + 8, 2, p.u16(buf, off + 8));
        }
        int flags = p.u16(buf, off + 10);
        int flagsItem = p.addUInt(FLAGS, buf, off + 10, 2, flags);
        if (p.wantsText()) {
            p.setLabel(flagsItem, String.format("Bootp flags: 0x%04x%s (%s)", flags,
                    (flags & 0x8000) != 0 ? ", Broadcast flag" : "", (flags & 0x8000) != 0 ? "Broadcast" : "Unicast"));
        }
        int saved = p.openSubtree(flagsItem);
        p.addBoolean(FLAGS_BC, buf, off + 10, 2, (flags & 0x8000) != 0);
        p.addUInt(FLAGS_RESERVED, buf, off + 10, 2, flags & 0x7fff);
        p.closeSubtree(saved);
        p.addIPv4(IP_CLIENT, buf, off + 12);
        p.addIPv4(IP_YOUR, buf, off + 16);
        p.addIPv4(IP_SERVER, buf, off + 20);
        p.addIPv4(IP_RELAY, buf, off + 24);
        clientAddress(p, buf, off + CHADDR, htype, hlen);
        if ((overload & OVERLOAD_SNAME) != 0) {
            notGiven(p, buf, off + SNAME, SNAME_LENGTH, SERVER_NAME_OVERLOADED);
        } else {
            name(p, SERVER, buf, off + SNAME, SNAME_LENGTH, "Server host name not given");
        }
        if ((overload & OVERLOAD_FILE) != 0) {
            notGiven(p, buf, off + FILE_NAME, FILE_LENGTH, BOOT_FILENAME_OVERLOADED);
        } else {
            name(p, FILE, buf, off + FILE_NAME, FILE_LENGTH, "Boot file name not given");
        }
    }

    /** The client hardware address: a MAC for Ethernet's 6 bytes, else the bytes, then the padding to 16. */
    private static void clientAddress(Packet p, int buf, int at, int htype, int hlen) {
        if (hlen == 0 || hlen > 16) {
            p.need(buf, at, 16);
            int item = p.addText(buf, at, 16, CLIENT_ADDRESS_NOT_GIVEN.message(), false);
            Expert.add(p, item, CLIENT_ADDRESS_NOT_GIVEN, buf, at);
            return;
        }
        if (isEthernet(htype, hlen)) {
            p.addBytes(HW_MAC_ADDR, buf, at, 6);
        } else {
            int item = p.addBytes(HW_ADDR, buf, at, 16);
            if (p.wantsText()) {
                p.setLabel(item, "Client hardware address: " + hardwareAddress(p, buf, at, hlen));
            }
        }
        if (hlen < 16) {
            p.addBytes(HW_ADDR_PADDING, buf, at + hlen, 16 - hlen);
        }
    }

    /** Ethernet's hardware types (ARPHRD_ETHER, ARPHRD_IEEE802) with a MAC's 6 bytes. */
    public static boolean isEthernet(int htype, int hlen) {
        return (htype == 1 || htype == 6) && hlen == 6;
    }

    /**
     * tvb_arphrdaddr_to_str of hardware types other than Ethernet's: the bytes in hex, as
     * bytes_to_str writes them ("<No address>" for none).
     */
    static String hardwareAddress(Packet p, int buf, int at, int n) {
        if (n == 0) {
            return "<No address>";
        }
        return HexFormat.of().formatHex(p.copy(buf, at, n));
    }

    /** A NUL-padded name field: its text up to the first NUL, or a "not given" item when empty. */
    private static void name(Packet p, FieldSpec f, int buf, int at, int length, String notGiven) {
        int n = p.lengthToNul(buf, at, length);
        if (n == 0) {
            int item = p.addComputedString(f, buf, at, length, "");
            if (p.wantsText()) {
                p.setLabel(item, notGiven);
            }
        } else {
            p.addString(f, buf, at, n, true);
        }
    }

    private static void notGiven(Packet p, int buf, int at, int length, Expert.Info info) {
        p.need(buf, at, length);
        int item = p.addText(buf, at, length, info.message(), false);
        Expert.add(p, item, info, buf, at);
    }

    /** Wireshark's name of a message type ({@code opt53_text}), as the tree and the Info column say it. */
    public static String messageTypeName(Packet p, int type) {
        ValueStrings names = p.registry().byId(OPTION_DHCP.id()).strings();
        String name = names == null ? null : names.nameOf(type);
        return name != null ? name : String.format("Unknown Message Type (0x%02x)", type);
    }

    /**
     * "Dynamic Host Configuration Protocol (Request)": packet-dhcp.c appends the message type of
     * each option 53 to its protocol item, as the options are read (so up to where they fail).
     */
    @Override
    public String label(Packet p, int entry) {
        int buf = p.rawBuffer(entry);
        int off = p.rawOffsetInBuffer(entry);
        if (!hasCookie(p, buf, off)) {
            return null;
        }
        StringBuilder text = new StringBuilder(DHCP.title());
        eachOption(p, buf, off + VENDOR_INFO + 4, off + p.len(entry), (code, value, n) -> {
            if (!p.available(buf, value, n)) {
                return false; // the second pass fails here
            }
            if (code == 53 && n >= 1) {
                text.append(" (").append(messageTypeName(p, p.u8(buf, value))).append(')');
            }
            return true;
        });
        return text.length() == DHCP.title().length() ? null : text.toString();
    }
}
