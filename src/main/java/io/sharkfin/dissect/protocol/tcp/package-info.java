/**
 * TCP as Wireshark 4.0.17 dissects it with default preferences, and the desegmentation service
 * application dissectors build on.
 *
 * <h2>What TCP adds</h2>
 * Header and options ({@code tcp.*}, {@code tcp.options.*}), conversations with Wireshark's
 * stream numbers ({@code tcp.stream}: a new number per conversation, and a new one when a SYN
 * with another initial sequence number reuses the ports), {@code tcp.completeness}, relative
 * sequence and acknowledgment numbers, the scaled window, per-stream timestamps, the sequence
 * analysis ({@code tcp.analysis.*} with its {@code _ws.expert} findings) and reassembly fields
 * ({@code tcp.segment}, {@code tcp.reassembled.*}, {@code tcp.pdu.size}, ...). Checksums are not
 * verified (Wireshark's default); out-of-order segments are not reassembled
 * ({@code tcp.reassemble_out_of_order} is off by default). Dissection is single-pass, as tshark
 * without {@code -2}: a segment whose bytes are only buffered cannot know yet the frame its PDU
 * will be reassembled in, so {@code tcp.reassembled_in} appears only where tshark shows it in one
 * pass.
 *
 * <h2>Desegmentation service</h2>
 * An application protocol implements {@link io.sharkfin.dissect.protocol.tcp.TcpPayloadDissector}
 * and registers in {@code Dissectors.tcpPort} (or with
 * {@link io.sharkfin.dissect.protocol.tcp.TcpDissector#addHeuristic}). TCP tries, in Wireshark's
 * order: the dissector that claimed the conversation
 * ({@link io.sharkfin.dissect.protocol.tcp.TcpPayload#claimConversation()}), the server port of
 * the handshake, the lower port, the higher port, the heuristics, then {@code data}.
 * <pre>{@code
 * final class DnsOverTcp implements TcpPayloadDissector {
 *     public int dissectTcp(Packet p, int buf, int offset, int length, TcpPayload tcp) {
 *         return TcpPdus.dissect(p, buf, offset, length, tcp, true, 2,
 *                 (pk, b, off, available) -> pk.u16(b, off) + 2, this::message);
 *     }
 * }
 * }</pre>
 * The dissector gets the payload of a segment; when a PDU is cut, it calls
 * {@link io.sharkfin.dissect.protocol.tcp.TcpPayload#needMore(int, int)} (the exact number of
 * missing bytes), {@link io.sharkfin.dissect.protocol.tcp.TcpPayload#needOneMoreSegment(int)}
 * (unknown: hand it over again with the next segment added) or
 * {@link io.sharkfin.dissect.protocol.tcp.TcpPayload#needUntilFin(int)} (everything until the
 * connection ends), giving the buffer offset where the unfinished PDU starts. TCP keeps the bytes
 * and calls again on the frame that completes the request, with the PDU in one reassembled
 * buffer ({@link io.sharkfin.dissect.protocol.tcp.TcpPayload#isReassembled()}); the rest of that
 * segment, if any, comes in a further call. Frames whose bytes were only buffered carry
 * {@code tcp.segment_data} and no application fields. Retransmitted and out-of-order segments
 * are not handed over; keep-alive bytes go to {@code data}.
 *
 * <h2>Dissectors a session does not run</h2>
 * Such a dissector is not called, but TCP asks what it would do with a payload
 * ({@link io.sharkfin.dissect.protocol.tcp.TcpPayloadDissector#unrun}): most take it, so nothing
 * after them sees it; TLS refuses text, which goes on to the heuristics when one might take it
 * ({@link io.sharkfin.dissect.protocol.tcp.TcpPayloadDissector#mightClaim}: plain HTTP on port
 * 443); HTTP's CONNECT and a conversation HTTP's heuristic would claim open the conversation, on
 * which dissectors then run (TLS behind the tunnel). A session that follows only the
 * conversations its ports decide then follows such a conversation from that payload on.
 *
 * <h2>Cost and memory</h2>
 * Conversations are tracked only when a session needs them (a stateful TCP field, an active
 * application dissector, or a reassembly field); header fields alone cost one header read. TCP
 * state is bounded by {@link io.sharkfin.dissect.protocol.tcp.TcpLimits}: conversations (least
 * recently used forgotten), bytes per PDU and in all, finished PDUs remembered per direction, and
 * the bytes one PDU may be handed over in while its application keeps asking for more. A PDU
 * past its bounds is abandoned and swallows the rest of its direction, which then shows as plain
 * segment data.
 */
package io.sharkfin.dissect.protocol.tcp;
