package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.dissect.Packet;

/** SVCB and HTTPS records: priority, target name and service parameters (RFC 9460 draft 01). */
final class RdataSvcb {
    private static final int MANDATORY = 0;
    private static final int ALPN = 1;
    private static final int NO_DEFAULT_ALPN = 2;
    private static final int PORT = 3;
    private static final int IPV4HINT = 4;
    private static final int ECHCONFIG = 5;
    private static final int IPV6HINT = 6;
    private static final int ODOHCONFIG = 32769;

    private RdataSvcb() {
    }

    static void svcb(DnsRecord r) {
        Packet p = r.packet();
        int cur = r.start;
        r.tree.item(DnsRdataFields.SVCB_SVCPRIORITY, cur, 2);
        cur += 2;
        cur += r.nameField(DnsRdataFields.SVCB_TARGETNAME, cur);
        while (r.length > cur - r.start) {
            int param = r.tree.item(DnsRdataFields.SVCB_SVCPARAM, cur, -1);
            int saved = p.openSubtree(param);
            int key = (int) r.tree.itemValue(DnsRdataFields.SVCB_SVCPARAM_KEY, cur, 2);
            cur += 2;
            int length = (int) r.tree.itemValue(DnsRdataFields.SVCB_SVCPARAM_VALUE_LENGTH, cur, 2);
            cur += 2;
            p.setLength(param, length + 4);
            cur = value(r, key, cur, length);
            p.closeSubtree(saved);
        }
    }

    /** Adds one parameter's value; returns the offset after what Wireshark consumed of it. */
    private static int value(DnsRecord r, int key, int cur, int length) {
        switch (key) {
            case MANDATORY -> {
                for (int o = 0; o < length; o += 2) {
                    r.tree.item(DnsRdataFields.SVCB_SVCPARAM_MANDATORY_KEY, cur, 2);
                    cur += 2;
                }
            }
            case ALPN -> {
                for (int o = 0; o < length; ) {
                    int n = (int) r.tree.itemValue(DnsRdataFields.SVCB_SVCPARAM_ALPN_LENGTH, cur, 1);
                    cur++;
                    r.tree.item(DnsRdataFields.SVCB_SVCPARAM_ALPN, cur, n);
                    cur += n;
                    o += 1 + n;
                }
            }
            case NO_DEFAULT_ALPN -> {
                // no value
            }
            case PORT -> {
                r.tree.item(DnsRdataFields.SVCB_SVCPARAM_PORT, cur, 2);
                cur += 2;
            }
            case IPV4HINT -> {
                for (int o = 0; o < length; o += 4) {
                    r.tree.item(DnsRdataFields.SVCB_SVCPARAM_IPV4HINT_IP, cur, 4);
                    cur += 4;
                }
            }
            case ECHCONFIG -> {
                r.tree.item(DnsRdataFields.SVCB_SVCPARAM_ECHCONFIG, cur, length);
                cur += length;
            }
            case IPV6HINT -> {
                for (int o = 0; o < length; o += 16) {
                    r.tree.item(DnsRdataFields.SVCB_SVCPARAM_IPV6HINT_IP, cur, 16);
                    cur += 16;
                }
            }
            case ODOHCONFIG -> {
                r.tree.item(DnsRdataFields.SVCB_SVCPARAM_ODOHCONFIG, cur, length);
                cur += length;
            }
            default -> {
                if (length > 0) {
                    r.tree.item(DnsRdataFields.SVCB_SVCPARAM_VALUE, cur, length);
                    cur += length;
                }
            }
        }
        return cur;
    }
}
