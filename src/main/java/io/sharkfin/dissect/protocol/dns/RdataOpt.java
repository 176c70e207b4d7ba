package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

/** The options of an EDNS(0) OPT record (RFC 6891), as Wireshark 4.0 decodes them. */
final class RdataOpt {
    private static final int DAU = 5;
    private static final int DHU = 6;
    private static final int N3U = 7;
    private static final int CLIENT_SUBNET = 8;
    private static final int CLIENT_SUBNET_EXPERIMENTAL = 0x50fa;
    private static final int COOKIE = 10;
    private static final int TCP_KEEPALIVE = 11;
    private static final int PADDING = 12;
    private static final int CHAIN = 13;
    private static final int EXTENDED_ERROR = 15;

    private RdataOpt() {
    }

    static void options(DnsRecord r) {
        Packet p = r.packet();
        int rest = r.length;
        int cur = r.start;
        while (rest > 0) {
            int code = r.span.u16(cur);
            int length = r.span.u16(cur + 2);
            rest -= 4;
            int option = r.tree.item(DnsRdataFields.OPT, cur, 4 + length);
            int saved = p.openSubtree(option);
            int codeItem = r.tree.item(DnsRdataFields.OPT_CODE, cur, 2);
            cur += 2;
            int lengthItem = r.tree.item(DnsRdataFields.OPT_LEN, cur, 2);
            cur += 2;
            r.tree.item(DnsRdataFields.OPT_DATA, cur, length);
            switch (code) {
                case DAU -> {
                    repeat(r, DnsRdataFields.OPT_DAU, cur, length);
                    cur += length;
                    rest -= length;
                }
                case DHU -> {
                    repeat(r, DnsRdataFields.OPT_DHU, cur, length);
                    cur += length;
                    rest -= length;
                }
                case N3U -> {
                    repeat(r, DnsRdataFields.OPT_N3U, cur, length);
                    cur += length;
                    rest -= length;
                }
                case CLIENT_SUBNET_EXPERIMENTAL, CLIENT_SUBNET -> {
                    if (code == CLIENT_SUBNET_EXPERIMENTAL && Expert.wanted(p, DnsFields.DEPR_OPC)) {
                        r.expert(codeItem, DnsFields.DEPR_OPC, Expert.Severity.WARN, Expert.Group.PROTOCOL,
                                "Deprecated opcode. Client subnet OPT assigned as " + CLIENT_SUBNET + ".");
                    }
                    clientSubnet(r, cur, length, lengthItem);
                    cur += length; // the 4 bytes of family and masks, then length - 4
                    rest -= length;
                }
                case COOKIE -> {
                    r.tree.item(DnsRdataFields.OPT_COOKIE_CLIENT, cur, 8);
                    cur += 8;
                    rest -= 8;
                    int server = (length - 8) & 0xffff;
                    r.tree.item(DnsRdataFields.OPT_COOKIE_SERVER, cur, server);
                    cur += server;
                    rest -= server;
                }
                case TCP_KEEPALIVE -> {
                    if (length == 2) {
                        r.tree.item(DnsRdataFields.OPT_EDNS_TCP_KEEPALIVE_TIMEOUT, cur, 2);
                    }
                    cur += length;
                    rest -= length;
                }
                case PADDING -> {
                    r.tree.item(DnsRdataFields.OPT_PADDING, cur, length);
                    cur += length;
                    rest -= length;
                }
                case CHAIN -> {
                    if (length != 0) {
                        r.tree.item(DnsRdataFields.OPT_CHAIN_FQDN, cur, length);
                    }
                    cur += length;
                    rest -= length;
                }
                case EXTENDED_ERROR -> {
                    // Wireshark skips nothing of an option shorter than its info code
                    if (length >= 2) {
                        r.tree.item(DnsRdataFields.OPT_EXT_ERROR_INFO_CODE, cur, 2);
                        cur += 2;
                        rest -= 2;
                        if (length > 2) {
                            r.tree.itemUtf8(DnsRdataFields.OPT_EXT_ERROR_EXTRA_TEXT, cur, length - 2);
                            cur += length - 2;
                            rest -= length - 2;
                        }
                    }
                }
                default -> {
                    cur += length;
                    rest -= length;
                }
            }
            p.closeSubtree(saved);
        }
    }

    /** One 8-bit item per byte of the option (DAU, DHU, N3U). */
    private static void repeat(DnsRecord r, FieldSpec f, int cur, int length) {
        for (int i = 0; i < length; i++) {
            r.tree.item(f, cur + i, 1);
        }
    }

    /**
     * EDNS client subnet: family, source and scope netmasks, then the address, zero-padded to
     * its family's size. Wireshark computes the address length in 16 bits, so an option shorter
     * than 4 bytes claims a huge one (capped at 16, with a "malformed" expert info).
     */
    private static void clientSubnet(DnsRecord r, int cur, int length, int lengthItem) {
        int addressLength = (length - 4) & 0xffff;
        int family = r.span.u16(cur);
        r.tree.item(DnsRdataFields.OPT_CLIENT_FAMILY, cur, 2);
        cur += 2;
        r.tree.item(DnsRdataFields.OPT_CLIENT_NETMASK, cur, 1);
        cur++;
        r.tree.item(DnsRdataFields.OPT_CLIENT_SCOPE, cur, 1);
        cur++;
        if (addressLength > 16) {
            r.expert(lengthItem, DnsFields.RR_OPT_BAD_LENGTH, Expert.Severity.ERROR, Expert.Group.MALFORMED,
                    "Length too long for any type of IP address.");
            addressLength = 16;
        }
        r.span.check(cur, addressLength);
        byte[] address = new byte[16];
        for (int i = 0; i < addressLength; i++) {
            address[i] = (byte) r.span.u8(cur + i);
        }
        switch (family) {
            case 1 -> r.tree.ipv4(DnsRdataFields.OPT_CLIENT_ADDR4, cur, addressLength,
                    ((address[0] & 0xffL) << 24) | ((address[1] & 0xff) << 16)
                            | ((address[2] & 0xff) << 8) | (address[3] & 0xff));
            case 2 -> r.tree.bytesValue(DnsRdataFields.OPT_CLIENT_ADDR6, cur, addressLength, address);
            default -> r.tree.item(DnsRdataFields.OPT_CLIENT_ADDR, cur, length - 4);
        }
    }
}
