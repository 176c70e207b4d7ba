package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Packet;

/**
 * An application dissector that runs over TCP and may need PDUs that span segments (HTTP, TLS,
 * DNS over TCP). Register it in {@code Dissectors.tcpPort} for its well-known ports (or with
 * {@link TcpDissector#addHeuristic}); TCP then calls it through {@link Packet#call}, which makes
 * it a protocol layer as usual, and hands it a {@link TcpPayload} describing the bytes and taking
 * its desegmentation requests.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link #dissectTcp} gets {@code length} payload bytes of buffer {@code buf} at
 *       {@code offset}: the segment's payload, or (on the frame that completes a PDU) a
 *       reassembled buffer ({@link TcpPayload#isReassembled()}).</li>
 *   <li>Return the number of bytes taken, or 0 for "not mine" (the next candidate is tried, then
 *       the {@code data} dissector). A dissector that asked for more bytes (below) counts as
 *       having taken the payload even when it returns 0; returning 0 then only removes its
 *       (empty) protocol layer, as Wireshark removes a layer that added nothing to the tree.</li>
 *   <li>When a PDU is not complete and {@link TcpPayload#canDesegment()} is true, call one of
 *       {@link TcpPayload#needMore}, {@link TcpPayload#needOneMoreSegment} or
 *       {@link TcpPayload#needUntilFin} with the buffer offset where the unfinished PDU starts,
 *       and return. Everything before that offset must have been dissected. TCP buffers the
 *       bytes from there on and calls again, on the frame that completes the request, with all
 *       of them in one buffer; that frame gets {@code tcp.segment}, {@code tcp.segment.count},
 *       {@code tcp.reassembled.length}, and the frames whose bytes were only buffered show
 *       {@code [TCP segment of a reassembled PDU]} with no application fields.</li>
 *   <li>Several PDUs in one payload: dissect them in a loop; when the last one is cut off, ask
 *       for more from its start. A PDU may end in the middle of a segment; TCP then calls again
 *       for the rest of that segment. {@link TcpPdus#dissect} does this loop for length-prefixed
 *       protocols.</li>
 *   <li>State that spans frames belongs in {@link TcpPayload#conversationState}, which lives as
 *       long as the TCP conversation.</li>
 * </ul>
 *
 * <p>Called other than by TCP (by a dissector in the middle, or from a tunnel), the payload is
 * {@linkplain TcpPayload#canDesegment() not desegmentable} and requests are ignored, as
 * Wireshark's {@code can_desegment} only serves the dissector directly above TCP.
 */
public interface TcpPayloadDissector extends Dissector {

    /**
     * Dissects application bytes carried by TCP.
     *
     * @return the bytes taken, 0 for "not mine" (see the class description)
     */
    int dissectTcp(Packet p, int buf, int offset, int length, TcpPayload tcp);

    /**
     * What this dissector would do with a payload in a session that does not run it, so that
     * TCP knows, without running it, whether the payload could still reach a dissector that runs
     * (and the conversation must then be followed): by default it takes it and nothing after it
     * sees it. Reads the payload's captured bytes only and changes nothing.
     */
    default Unrun unrun(Packet p, int buf, int offset, int length) {
        return Unrun.TAKES;
    }

    /**
     * For a heuristic: whether it might take a payload as the first of its conversation; false
     * only when, run on it, it would return 0. Reads the captured bytes only and changes nothing.
     * By default it might.
     */
    default boolean mightClaim(Packet p, int buf, int offset, int length) {
        return true;
    }

    /**
     * Whether this dissector announces conversations ({@link TcpPayload#announce}): TCP then runs
     * it in sessions that want {@code tcp.completeness} though they want none of its fields, as a
     * conversation that joins an announcement is not one TCP started. By default it does not.
     */
    default boolean announcesConversations() {
        return false;
    }

    /** What a dissector the session does not run would do with a payload ({@link #unrun}). */
    enum Unrun {
        /** It takes the payload: nothing after it sees it. */
        TAKES,
        /**
         * It may refuse the payload (TLS refuses text outside its records), which then goes on to
         * the next candidate when a heuristic might take it; unless the dissector ran it cannot
         * know whether the payload continues one of its PDUs.
         */
        DECLINES,
        /**
         * It would hand the conversation on to other dissectors (HTTP's CONNECT tunnels the TLS
         * behind it): it must run on this conversation, as must whatever it hands to.
         */
        OPENS
    }

    /** Takes the payload description TCP prepared for this call and dissects. */
    @Override
    default int dissect(Packet p, int buf, int offset, int length) {
        return dissectTcp(p, buf, offset, length, TcpPayload.take(p, buf, offset));
    }
}
