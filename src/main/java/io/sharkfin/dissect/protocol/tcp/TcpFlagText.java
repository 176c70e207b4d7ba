package io.sharkfin.dissect.protocol.tcp;

/**
 * Wireshark's list of a segment's flags ({@code tcp_flags_to_str}): the set flags from FIN up,
 * ACE in place of the ECN bits when accurate ECN is on, "Reserved" for the reserved bits, and
 * {@code <None>} for none. The Info column and the tree's {@code Flags: 0x018 (PSH, ACK)} both
 * write it.
 */
public final class TcpFlagText {
    private static final String[] NAMES = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR", "AE"};

    private TcpFlagText() {
    }

    /** The flags of {@code flags} (tcp.flags), with ACE {@code ace} when it is 0 or more. */
    public static String of(long flags, long ace) {
        StringBuilder sb = new StringBuilder();
        int names = ace >= 0 ? 6 : NAMES.length;
        for (int i = 0; i < names; i++) {
            if ((flags & (1L << i)) != 0) {
                sb.append(sb.isEmpty() ? "" : ", ").append(NAMES[i]);
            }
        }
        if (ace >= 0) {
            sb.append(", ACE=").append(ace);
        }
        if ((flags & 0x0e00) != 0) {
            sb.append(sb.isEmpty() ? "" : ", ").append("Reserved");
        }
        return sb.isEmpty() ? "<None>" : sb.toString();
    }
}
