/**
 * MIME multipart bodies (RFC 2046) as Wireshark 4.0.17's packet-multipart.c dissects them with its
 * default preferences ({@link io.sharkfin.dissect.protocol.multipart.MultipartDissector}), for HTTP
 * bodies and IMF messages of the multipart media types and for parts that are multiparts
 * themselves. {@code MimeHeaderText} holds the C string helpers the dissector reads part headers
 * and Content-Type parameters with. Not here: base64 parts decoded (off in Wireshark by default
 * too), multipart/encrypted's Kerberos-wrapped second part (GSS-API), and the
 * {@code multipart_media_type} table (only MMSE registers there).
 */
package io.sharkfin.dissect.protocol.multipart;
