/**
 * POP3 as Wireshark 4.0.17's packet-pop.c dissects it, on TCP 110
 * ({@link io.sharkfin.dissect.protocol.pop.PopDissector}), with its default preferences: RETR and
 * TOP answers reassembled for IMF.
 *
 * <p>How the pieces fit: the conversation's state ({@code PopSession}: whether a RETR or TOP
 * waits for its answer, the message length the answer announced and how much of it has come, an
 * STLS waiting for its answer, the first user name) lives with its TCP conversation; the shared
 * {@link io.sharkfin.dissect.protocol.SeqFragments} collects the message (bounded), which goes to
 * IMF ({@link io.sharkfin.dissect.protocol.imf.ImfDissector}). The Info column is recorded per
 * call ({@link io.sharkfin.dissect.protocol.RecordedInfo}) and replayed by the summary's
 * {@code MailWriter}.
 */
package io.sharkfin.dissect.protocol.pop;
