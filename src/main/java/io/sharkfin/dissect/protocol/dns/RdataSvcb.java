package io.sharkfin.dissect.protocol.dns;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Strings;
import io.sharkfin.dissect.ValueStrings;
import io.sharkfin.dissect.protocol.Addresses;

import java.util.Base64;

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
            // the item reads "SvcParam: alpn=h3,h2", each value appended as it is read
            StringBuilder words = param >= 0 && p.wantsText()
                    ? new StringBuilder(DnsRdataFields.SVCB_SVCPARAM.title()).append(": ").append(keyName(p, key))
                    : null;
            try {
                cur = value(r, key, cur, length, words);
            } finally {
                if (words != null) {
                    p.setLabel(param, words);
                }
                p.closeSubtree(saved);
            }
        }
    }

    /** A parameter key's name ("alpn"), "key65000" for one without. */
    private static String keyName(Packet p, int key) {
        ValueStrings names = p.registry().byId(DnsRdataFields.SVCB_SVCPARAM_KEY.id()).strings();
        String name = names == null ? null : names.nameOf(key);
        return name != null ? name : "key" + key;
    }

    /** Appends one value to the parameter's words: '=' before the first, ',' before the others. */
    private static void word(StringBuilder words, boolean first, String value) {
        if (words != null) {
            words.append(first ? '=' : ',').append(value);
        }
    }

    /** Adds one parameter's value; returns the offset after what Wireshark consumed of it. */
    private static int value(DnsRecord r, int key, int cur, int length, StringBuilder words) {
        Packet p = r.packet();
        DnsSpan span = r.tree.span();
        switch (key) {
            case MANDATORY -> {
                for (int o = 0; o < length; o += 2) {
                    int k = (int) r.tree.itemValue(DnsRdataFields.SVCB_SVCPARAM_MANDATORY_KEY, cur, 2);
                    word(words, o == 0, keyName(p, k));
                    cur += 2;
                }
            }
            case ALPN -> {
                for (int o = 0; o < length; ) {
                    int n = (int) r.tree.itemValue(DnsRdataFields.SVCB_SVCPARAM_ALPN_LENGTH, cur, 1);
                    cur++;
                    r.tree.item(DnsRdataFields.SVCB_SVCPARAM_ALPN, cur, n);
                    if (words != null) {
                        word(words, o == 0, Strings.asciiWithReplacement(p.copy(span.buffer(), span.base() + cur, n)));
                    }
                    cur += n;
                    o += 1 + n;
                }
            }
            case NO_DEFAULT_ALPN -> {
                // no value
            }
            case PORT -> {
                word(words, true, Long.toString(r.tree.itemValue(DnsRdataFields.SVCB_SVCPARAM_PORT, cur, 2)));
                cur += 2;
            }
            case IPV4HINT -> {
                for (int o = 0; o < length; o += 4) {
                    r.tree.item(DnsRdataFields.SVCB_SVCPARAM_IPV4HINT_IP, cur, 4);
                    word(words, o == 0, Addresses.ipv4(span.uint(cur, 4)));
                    cur += 4;
                }
            }
            case ECHCONFIG -> cur = base64(r, DnsRdataFields.SVCB_SVCPARAM_ECHCONFIG, cur, length, words);
            case IPV6HINT -> {
                for (int o = 0; o < length; o += 16) {
                    r.tree.item(DnsRdataFields.SVCB_SVCPARAM_IPV6HINT_IP, cur, 16);
                    if (words != null) {
                        word(words, o == 0, Addresses.ipv6(p, span.buffer(), span.base() + cur));
                    }
                    cur += 16;
                }
            }
            case ODOHCONFIG -> cur = base64(r, DnsRdataFields.SVCB_SVCPARAM_ODOHCONFIG, cur, length, words);
            default -> {
                if (length > 0) {
                    r.tree.item(DnsRdataFields.SVCB_SVCPARAM_VALUE, cur, length);
                    if (words != null) {
                        word(words, true, Strings.formatText(
                                p.copy(span.buffer(), span.base() + cur, length)));
                    }
                    cur += length;
                }
            }
        }
        return cur;
    }

    /** dissect_dns_svcparam_base64: a value shown, and appended, in base64. */
    private static int base64(DnsRecord r, FieldSpec f, int cur, int length, StringBuilder words) {
        Packet p = r.packet();
        int e = r.tree.item(f, cur, length);
        if (words != null) {
            DnsSpan span = r.tree.span();
            String text = Base64.getEncoder().encodeToString(p.copy(span.buffer(), span.base() + cur, length));
            p.setLabel(e, f.title() + ": " + text);
            word(words, true, text);
        }
        return cur + length;
    }
}
