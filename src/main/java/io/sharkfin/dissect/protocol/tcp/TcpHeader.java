package io.sharkfin.dissect.protocol.tcp;

/**
 * The TCP header of the segment being dissected (Wireshark's {@code struct tcpheader}), refilled
 * for every segment. Sequence numbers are raw until {@link TcpDissector} makes them relative.
 */
final class TcpHeader {
    static final int FIN = 0x0001;
    static final int SYN = 0x0002;
    static final int RST = 0x0004;
    static final int PSH = 0x0008;
    static final int ACK = 0x0010;
    static final int URG = 0x0020;
    static final int ECE = 0x0040;
    static final int CWR = 0x0080;
    static final int AE = 0x0100;
    static final int RES = 0x0E00;
    static final int MASK = 0x0FFF;

    int srcPort;
    int dstPort;
    int rawSeq;
    int rawAck;
    /** Relative when the conversation is known, else raw. */
    int seq;
    int ack;
    int flags;
    /** Window as received, then scaled. */
    int window;
    int rawWindow;
    int headerLength;
    boolean haveSeglen;
    int seglen;
    boolean useAce;
    // SACK blocks of this segment (relative), for the D-SACK check
    int numSackRanges;
    final int[] sackLeft = new int[TcpOptions.MAX_SACK_RANGES];
    final int[] sackRight = new int[TcpOptions.MAX_SACK_RANGES];

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** Only SYN of SYN and ACK is set: a connection request. */
    boolean isSynOnly() {
        return (flags & (SYN | ACK)) == SYN;
    }

    boolean isSynAck() {
        return (flags & (SYN | ACK)) == (SYN | ACK);
    }

    /** ACK without SYN. */
    boolean isPureAck() {
        return (flags & (SYN | ACK)) == ACK;
    }

    /** The ACE counter of Accurate ECN (AE, CWR and ECE read as a 3-bit number). */
    int ace() {
        return ((flags & AE) != 0 ? 4 : 0) + ((flags & CWR) != 0 ? 2 : 0) + ((flags & ECE) != 0 ? 1 : 0);
    }

    /** Wireshark's {@code tcp.flags.str}: one letter or a middle dot per bit, "RRRACEUAPRSF". */
    String flagLetters() {
        String letters = "RRRACEUAPRSF";
        StringBuilder sb = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            if (useAce && i >= 3 && i <= 5) {
                sb.append(i == 4 ? (char) ('0' + ace()) : '-');
            } else if (((flags >> (11 - i)) & 1) != 0) {
                sb.append(letters.charAt(i));
            } else {
                sb.append('\u00b7');
            }
        }
        return sb.toString();
    }
}
