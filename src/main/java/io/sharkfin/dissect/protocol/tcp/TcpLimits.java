package io.sharkfin.dissect.protocol.tcp;

/**
 * Memory bounds of TCP state in one session. Wireshark keeps every conversation and every
 * reassembly buffer of a capture; a long-running or hostile input must not exhaust the heap, so
 * sharkfin forgets state past these bounds (and only then can differ from Wireshark).
 *
 * @param maxConversations conversations remembered; beyond it the least recently used one is
 *                         forgotten (a later segment of it starts a new stream number)
 * @param maxPduBytes      bytes one PDU may gather while it is reassembled; a PDU that would
 *                         grow past it is abandoned and its later segments are shown as plain
 *                         segment data
 * @param maxBufferedBytes bytes all unfinished PDUs of the session may hold together; past it the
 *                         least recently extended PDUs are abandoned
 * @param maxPdusPerFlow   finished PDUs remembered per direction (to recognise retransmissions of
 *                         their segments)
 * @param maxPduWork       bytes one PDU may be handed over in, in total, while the application
 *                         keeps asking for more after each handover (one more segment at a time:
 *                         the cost grows with the square of the segment count); past it the PDU
 *                         is abandoned
 */
public record TcpLimits(int maxConversations, int maxPduBytes, long maxBufferedBytes,
                        int maxPdusPerFlow, long maxPduWork) {

    /**
     * The defaults: 200,000 conversations, 64 MiB per PDU, 256 MiB in all, 256 PDUs per flow,
     * 256 MiB handed over per PDU.
     */
    public static final TcpLimits DEFAULT = new TcpLimits(200_000, 64 << 20, 256L << 20, 256, 256L << 20);

    public TcpLimits {
        if (maxConversations < 1 || maxPduBytes < 1 || maxBufferedBytes < 1 || maxPdusPerFlow < 1
                || maxPduWork < 1) {
            throw new IllegalArgumentException("TCP limits must be positive");
        }
    }
}
