/**
 * The Internet Message Format (RFC 5322) as Wireshark 4.0.17's packet-imf.c dissects it, for the
 * messages SMTP reassembles ({@link io.sharkfin.dissect.protocol.imf.ImfDissector}).
 *
 * <p>{@code ImfHeaders} is packet-imf.c's table of known header names with their fields and
 * readers, {@code Addresses} its mailbox, address and list readers; a body whose Content-Transfer-Encoding
 * says base64 is decoded as glib does it ({@code GlibBase64}). A body with a
 * Content-Type that has parameters goes to the dissector of its media type (Wireshark's
 * {@code media_type} table as far as sharkfin has its dissectors; multipart messages to
 * {@code io.sharkfin.dissect.protocol.multipart}); other bodies are message text lines. Not here:
 * SIO-Label's attributes and security labels, user-configured header fields, and bodies of media
 * types sharkfin has no dissector for (CMS, ...), which tshark hands to its dissectors and
 * sharkfin leaves undissected.
 */
package io.sharkfin.dissect.protocol.imf;
