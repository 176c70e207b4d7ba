package io.sharkfin.dissect.protocol;

import java.util.Arrays;

/**
 * glib's {@code g_base64_decode}, which Wireshark's {@code base64_to_tvb} and
 * {@code g_base64_decode_inplace} callers use: characters outside the alphabet are skipped and
 * '=' is a zero digit; of each four digits' three bytes the second is dropped when the third
 * digit is '=', the third when the fourth is (g_base64_decode_step); a last incomplete quantum
 * gives nothing.
 */
public final class GlibBase64 {
    private GlibBase64() {
    }

    private static final int[] VALUE = new int[256];

    static {
        Arrays.fill(VALUE, -1);
        String a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < a.length(); i++) {
            VALUE[a.charAt(i)] = i;
        }
        VALUE['='] = 0;
    }

    /** Decodes text given as bytes (Latin-1 characters). */
    public static byte[] decode(byte[] text) {
        byte[] out = new byte[text.length / 4 * 3 + 3];
        int n = 0;
        int v = 0;
        int digits = 0;
        int last = 0;
        int beforeLast = 0;
        for (byte b : text) {
            int c = b & 0xff;
            int d = VALUE[c];
            if (d < 0) {
                continue;
            }
            beforeLast = last;
            last = c;
            v = v << 6 | d;
            if (++digits == 4) {
                out[n++] = (byte) (v >> 16);
                if (beforeLast != '=') {
                    out[n++] = (byte) (v >> 8);
                }
                if (last != '=') {
                    out[n++] = (byte) v;
                }
                digits = 0;
                v = 0;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Decodes a string (characters above U+00FF are outside the alphabet). */
    public static byte[] decode(CharSequence text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            char ch = text.charAt(i);
            bytes[i] = ch <= 0xff ? (byte) ch : (byte) '!';
        }
        return decode(bytes);
    }
}
