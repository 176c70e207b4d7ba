package io.sharkfin.repl.view;

import java.util.ArrayList;
import java.util.List;

/**
 * A frame's bytes as {@code tshark -x} prints them: a four-digit hex offset, sixteen bytes in hex,
 * and the same bytes as ASCII with a dot for anything not printable.
 */
public final class HexDump {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final int HEX_COLUMNS = 16 * 3 - 1;

    private HexDump() {
    }

    public static List<String> lines(byte[] data) {
        List<String> out = new ArrayList<>((data.length + 15) / 16);
        for (int at = 0; at < data.length; at += 16) {
            int n = Math.min(16, data.length - at);
            StringBuilder sb = new StringBuilder(80);
            sb.append(String.format("%04x", at)).append("  ");
            int start = sb.length();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                int b = data[at + i] & 0xff;
                sb.append(HEX[b >> 4]).append(HEX[b & 0xf]);
            }
            sb.append(" ".repeat(HEX_COLUMNS - (sb.length() - start))).append("   ");
            for (int i = 0; i < n; i++) {
                int b = data[at + i] & 0xff;
                sb.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
            }
            out.add(sb.toString());
        }
        return out;
    }
}
