package io.sharkfin.repl.view;

import io.sharkfin.dissect.Packet;

import java.util.ArrayList;
import java.util.List;

/**
 * Bytes as {@code tshark -x} prints them (epan/print.c, print_hex_data): a hex offset of at least
 * four digits (as many as the last offset needs), sixteen bytes in hex, and the same bytes as
 * ASCII with a dot for anything not printable.
 */
public final class HexDump {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final int BYTES_PER_LINE = 16;
    // from the first hex digit to the first ASCII character: 16 times "xx " and two blanks
    private static final int ASCII_COLUMN = BYTES_PER_LINE * 3 + 2;

    private HexDump() {
    }

    public static List<String> lines(byte[] data) {
        List<String> out = new ArrayList<>((data.length + BYTES_PER_LINE - 1) / BYTES_PER_LINE);
        int digits = offsetDigits(data.length);
        for (int at = 0; at < data.length; at += BYTES_PER_LINE) {
            int n = Math.min(BYTES_PER_LINE, data.length - at);
            StringBuilder sb = new StringBuilder(digits + 2 + ASCII_COLUMN + n);
            for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
                sb.append(HEX[(at >>> shift) & 0xf]);
            }
            sb.append("  ");
            int hexStart = sb.length();
            for (int i = 0; i < n; i++) {
                int b = data[at + i] & 0xff;
                sb.append(HEX[b >> 4]).append(HEX[b & 0xf]).append(' ');
            }
            sb.append(" ".repeat(hexStart + ASCII_COLUMN - sb.length()));
            for (int i = 0; i < n; i++) {
                int b = data[at + i] & 0xff;
                sb.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
            }
            out.add(sb.toString());
        }
        return out;
    }

    /**
     * Every data source of a dissected packet ({@link Packet#dataSources}), as {@code tshark -x}
     * prints a frame: the frame's bytes alone, or, when dissection added reassembled or decoded
     * bytes, each source under a {@code Name (N bytes):} heading. As tshark, an empty source ends
     * the dump after its heading.
     */
    public static List<String> dataSources(Packet p) {
        List<Packet.DataSource> sources = p.dataSources();
        List<String> out = new ArrayList<>();
        for (Packet.DataSource s : sources) {
            int length = p.bufferLength(s.buffer());
            if (sources.size() > 1) {
                out.add(s.name() + " (" + length + " bytes):");
            }
            if (length == 0) {
                break;
            }
            out.addAll(lines(p.copy(s.buffer(), 0, length)));
        }
        return out;
    }

    /** Digits of the offsets of {@code length} bytes: four, or as many as the last one needs. */
    private static int offsetDigits(int length) {
        int last = Math.max(length - 1, 0);
        int digits = 4;
        while (digits < 8 && (last >>> (digits * 4)) != 0) {
            digits++;
        }
        return digits;
    }
}
