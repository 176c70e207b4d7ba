package io.sharkfin.dissect.protocol.imf;

import java.io.ByteArrayOutputStream;

/**
 * glib's {@code g_base64_decode} as Wireshark's {@code base64_to_tvb} uses it: characters outside
 * the alphabet are skipped, '=' ends nothing but counts as a zero digit whose byte is dropped.
 */
final class Base64Text {
    private Base64Text() {
    }

    private static final int[] VALUE = new int[256];

    static {
        java.util.Arrays.fill(VALUE, -1);
        String a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < a.length(); i++) {
            VALUE[a.charAt(i)] = i;
        }
        VALUE['='] = 0;
    }

    static byte[] decode(byte[] text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length * 3 / 4 + 3);
        int v = 0;
        int digits = 0;
        int pads = 0;
        for (byte b : text) {
            int c = b & 0xff;
            int d = VALUE[c];
            if (d < 0) {
                continue;
            }
            pads = c == '=' ? pads + 1 : 0;
            v = v << 6 | d;
            if (++digits == 4) {
                int n = 3 - Math.min(pads, 2);
                out.write(v >> 16);
                if (n > 1) {
                    out.write(v >> 8);
                }
                if (n > 2) {
                    out.write(v);
                }
                digits = 0;
                v = 0;
            }
        }
        return out.toByteArray();
    }
}
