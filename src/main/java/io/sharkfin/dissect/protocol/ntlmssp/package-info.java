/**
 * GSS-API, SPNEGO and NTLMSSP as Wireshark 4.0's packet-gssapi.c, packet-spnego.c and
 * packet-ntlmssp.c read the security blobs of SMB2's session set-up: the wrappers as far as they
 * choose the mechanism that reads each token, and NTLMSSP's messages with the names of who
 * authenticates. {@link io.sharkfin.dissect.protocol.ntlmssp.GssapiDissector} is the entry point;
 * the carrying protocol keeps a {@link io.sharkfin.dissect.protocol.ntlmssp.GssConversation} per
 * connection.
 */
package io.sharkfin.dissect.protocol.ntlmssp;
