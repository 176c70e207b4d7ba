package io.sharkfin.capture;

/**
 * The pcap/pcapng link-layer header types sharkfin dissects ({@code LINKTYPE_*} of
 * tcpdump.org/linktypes.html). Other values pass through; their frames show only frame fields.
 */
public final class LinkType {
    private LinkType() {
    }

    /** BSD loopback: a 4-byte address family in the capturing host's byte order. */
    public static final int NULL = 0;
    /** Ethernet II / 802.3. */
    public static final int ETHERNET = 1;
    /** Raw IP as some BSDs number it in pcap headers (DLT_RAW 12, 14). */
    public static final int RAW_12 = 12;
    /** Raw IP as OpenBSD numbers it (DLT_RAW 14). */
    public static final int RAW_14 = 14;
    /** OpenBSD loopback: a 4-byte address family in network byte order. */
    public static final int LOOP = 108;
    /** Raw IP, version 4 or 6 (LINKTYPE_RAW). */
    public static final int RAW = 101;
    /** Linux "cooked" capture, version 1 (the {@code any} device). */
    public static final int LINUX_SLL = 113;
    /** Raw IPv4 only. */
    public static final int IPV4 = 228;
    /** Raw IPv6 only. */
    public static final int IPV6 = 229;
    /** Linux "cooked" capture, version 2. */
    public static final int LINUX_SLL2 = 276;

    /** Largest captured length wiretap accepts for most link types (WTAP_MAX_PACKET_SIZE_STANDARD). */
    public static final int MAX_CAPTURED_STANDARD = 262_144;

    /**
     * The largest captured length wiretap accepts for a frame of this link type; a record claiming
     * more is reported as corrupt. USB and D-Bus allow 128 MiB, EBHSCR 8 MiB, the rest 256 KiB.
     */
    public static int maxCapturedLength(int linkType) {
        return switch (linkType) {
            case 186, 189, 220, 231, 249, 266 -> 128 * 1024 * 1024; // USB variants, D-Bus
            case 279 -> 8 * 1024 * 1024; // EBHSCR
            default -> MAX_CAPTURED_STANDARD;
        };
    }

    /** Whether the frames of this link type start directly with an IPv4 or IPv6 header. */
    public static boolean isRawIp(int linkType) {
        return linkType == RAW || linkType == RAW_12 || linkType == RAW_14
                || linkType == IPV4 || linkType == IPV6;
    }

    /** A short name for messages ({@code Ethernet}, {@code Linux cooked v2}). */
    public static String name(int linkType) {
        return switch (linkType) {
            case NULL -> "BSD loopback";
            case ETHERNET -> "Ethernet";
            case RAW, RAW_12, RAW_14 -> "Raw IP";
            case LOOP -> "OpenBSD loopback";
            case LINUX_SLL -> "Linux cooked v1";
            case LINUX_SLL2 -> "Linux cooked v2";
            case IPV4 -> "Raw IPv4";
            case IPV6 -> "Raw IPv6";
            default -> "link type " + linkType;
        };
    }

    /**
     * The link type for a message about frames sharkfin does not dissect: its number and, for
     * the common ones, tcpdump.org's name ({@code link type 105 (IEEE802_11)}).
     */
    public static String describe(int linkType) {
        String name = switch (linkType) {
            case 6 -> "IEEE802_5";
            case 9 -> "PPP";
            case 10 -> "FDDI";
            case 50 -> "PPP_HDLC";
            case 51 -> "PPP_ETHER";
            case 104 -> "C_HDLC";
            case 105 -> "IEEE802_11";
            case 119 -> "IEEE802_11_PRISM";
            case 127 -> "IEEE802_11_RADIOTAP";
            case 143 -> "DOCSIS";
            case 163 -> "IEEE802_11_AVS";
            case 187 -> "BLUETOOTH_HCI_H4";
            case 189, 220 -> "USB_LINUX";
            case 192 -> "PPI";
            case 195, 215, 230, 283 -> "IEEE802_15_4";
            case 201 -> "BLUETOOTH_HCI_H4_WITH_PHDR";
            case 227 -> "CAN_SOCKETCAN";
            case 249 -> "USBPCAP";
            case 253 -> "NETLINK";
            default -> linkType >= 147 && linkType <= 162 ? "USER" + (linkType - 147) : null;
        };
        return "link type " + linkType + (name == null ? "" : " (" + name + ")");
    }
}
