package io.sharkfin.stats;

import java.util.Base64;
import java.util.List;

/**
 * A followed conversation as tshark's {@code -z follow,PROTO,MODE,...} prints it
 * (ui/cli/tap-follow.c): a header naming the protocol, mode, filter and the two nodes, then the
 * chunks from the first to the last of a range, each in the mode's form. {@code ascii}: its length
 * (indented by a tab when the server sent it), then its bytes, those neither printable nor line
 * ends shown as dots; {@code hex}: lines of 16 bytes with the offset in the side's data, hex and
 * ASCII, tab-indented for the server; {@code raw}: the bytes in hex on one line; {@code yaml}: the
 * peers, then each chunk's frame, peer, time and bytes in base64.
 */
public final class FollowText {

    /** How chunks are printed. */
    public enum Mode {
        ASCII, HEX, RAW, YAML;

        /** tshark's name of the mode. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The mode of tshark's name, or null. */
        public static Mode named(String name) {
            for (Mode m : values()) {
                if (m.label().equals(name)) {
                    return m;
                }
            }
            return null;
        }
    }

    private static final String SEPARATOR = "===================================================================";
    private static final int BYTES_PER_LINE = 16;
    /** Bytes of a YAML base64 line: they encode to 76 characters, as in RFCs. */
    private static final int BASE64_RAW = 57;

    private FollowText() {
    }

    /**
     * The text of {@code chunks} between {@code first} and {@code last} (1-based, inclusive),
     * lines ended by {@code \n} (data may hold {@code \r}).
     */
    public static String render(String protocol, Mode mode, String filter, FollowedConversation.Endpoint client,
                                FollowedConversation.Endpoint server, List<FollowedConversation.Chunk> chunks,
                                long first, long last) {
        StringBuilder sb = new StringBuilder();
        if (mode == Mode.YAML) {
            sb.append("peers:\n");
            peer(sb, 0, client);
            peer(sb, 1, server);
            sb.append("packets:\n");
        } else {
            sb.append('\n').append(SEPARATOR).append('\n');
            sb.append("Follow: ").append(protocol).append(',').append(mode.label()).append('\n');
            sb.append("Filter: ").append(filter).append('\n');
            sb.append("Node 0: ").append(client).append('\n');
            sb.append("Node 1: ").append(server).append('\n');
        }
        long[] position = new long[2]; // each side's offset, for hex
        long n = 0;
        for (FollowedConversation.Chunk c : chunks) {
            n++;
            int side = c.server() ? 1 : 0;
            if (n < first || n > last) {
                position[side] += c.data().length;
                continue;
            }
            switch (mode) {
                case ASCII -> ascii(sb, c);
                case HEX -> {
                    hex(sb, c.server() ? "\t" : "", position[side], c.data());
                    position[side] += c.data().length;
                }
                case RAW -> {
                    sb.append(c.server() ? "\t" : "");
                    for (byte b : c.data()) {
                        sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
                    }
                    sb.append('\n');
                }
                case YAML -> yaml(sb, c);
            }
        }
        if (mode != Mode.YAML) {
            sb.append(SEPARATOR).append('\n');
        }
        return sb.toString();
    }

    private static void peer(StringBuilder sb, int n, FollowedConversation.Endpoint e) {
        sb.append("  - peer: ").append(n).append('\n');
        sb.append("    host: ").append(e.address()).append('\n');
        sb.append("    port: ").append(e.port()).append('\n');
    }

    private static void ascii(StringBuilder sb, FollowedConversation.Chunk c) {
        sb.append(c.server() ? "\t" : "").append(c.data().length).append('\n');
        for (byte b : c.data()) {
            int v = b & 0xff;
            sb.append(v == '\r' || v == '\n' || (v >= 0x20 && v < 0x7f) ? (char) v : '.');
        }
        sb.append('\n');
    }

    /** follow_print_hex: offset, 16 bytes in hex with a gap after 8, then their text. */
    private static void hex(StringBuilder sb, String prefix, long offset, byte[] data) {
        for (int line = 0; line < data.length; line += BYTES_PER_LINE) {
            int end = Math.min(data.length, line + BYTES_PER_LINE);
            char[] text = new char[10 + 48 + 2 + 17];
            java.util.Arrays.fill(text, ' ');
            String at = String.format("%08X", offset + line);
            at.getChars(at.length() - 8, at.length(), text, 0);
            int h = 10;
            int a = 10 + 48 + 2;
            for (int i = line; i < end; i++) {
                int v = data[i] & 0xff;
                text[h++] = Character.forDigit(v >> 4, 16);
                text[h++] = Character.forDigit(v & 0xf, 16);
                h++;
                text[a++] = v >= ' ' && v < 0x7f ? (char) v : '.';
                if ((i + 1 - line) == BYTES_PER_LINE / 2) {
                    h++;
                    a++;
                }
            }
            if (text[a - 1] == ' ') {
                a--; // the gap after the eighth byte is not printed at the end of a line
            }
            sb.append(prefix).append(text, 0, a).append('\n');
        }
    }

    private static void yaml(StringBuilder sb, FollowedConversation.Chunk c) {
        sb.append("  - packet: ").append(c.frame()).append('\n');
        sb.append("    peer: ").append(c.server() ? 1 : 0).append('\n');
        sb.append("    timestamp: ").append(TableText.fixed(TableText.seconds(c.seconds(), c.nanos()), 0, 9)).append('\n');
        sb.append("    data: !!binary |\n");
        Base64.Encoder base64 = Base64.getEncoder();
        for (int i = 0; i < c.data().length; i += BASE64_RAW) {
            int n = Math.min(BASE64_RAW, c.data().length - i);
            sb.append("      ").append(base64.encodeToString(java.util.Arrays.copyOfRange(c.data(), i, i + n))).append('\n');
        }
    }
}
