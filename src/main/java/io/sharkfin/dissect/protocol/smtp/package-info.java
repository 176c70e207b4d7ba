/**
 * SMTP as Wireshark 4.0.17's packet-smtp.c dissects it, on TCP 25 and 587
 * ({@link io.sharkfin.dissect.protocol.smtp.SmtpDissector}), with its default preferences: command
 * and reply lines desegmented, DATA reassembled, AUTH parameters not base64-decoded.
 *
 * <p>How the pieces fit: the session's state ({@code SmtpSession}: reading commands or message
 * data, BDAT's counts, the AUTH exchange's step and the frames that carry a user name, a password
 * or PLAIN credentials) lives with its TCP conversation, with the per-frame classification of the
 * frame being dissected; {@code SeqFragments} collects a message's fragments (bounded) until its
 * end, and the reassembled message goes to IMF
 * ({@link io.sharkfin.dissect.protocol.imf.ImfDissector}) in a data source of its own. STARTTLS
 * answered 220 hands the conversation to TLS. The Info column is recorded per call
 * ({@link io.sharkfin.dissect.protocol.RecordedInfo}) and replayed by the summary's
 * {@code MailWriter}.
 */
package io.sharkfin.dissect.protocol.smtp;
