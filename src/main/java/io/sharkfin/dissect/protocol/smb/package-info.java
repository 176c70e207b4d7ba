/**
 * The NetBIOS Session Service and SMB2/SMB3 as Wireshark 4.0's packet-nbt.c and packet-smb2.c
 * dissect them on TCP 139 and 445, for the questions of lateral movement: who logged on (the
 * session's account, domain and host, from NTLMSSP in the session set-up), which shares were
 * connected, which files and pipes were opened, read, written and closed, with what result.
 * {@link io.sharkfin.dissect.protocol.smb.NbssDissector} frames the messages (with TCP
 * reassembly), {@link io.sharkfin.dissect.protocol.smb.Smb2Dissector} reads the header and
 * {@link io.sharkfin.dissect.protocol.smb.Smb2Commands} the commands; the connection's requests
 * ({@link io.sharkfin.dissect.protocol.smb.Smb2Conversation}) and the capture's sessions, trees
 * and files ({@link io.sharkfin.dissect.protocol.smb.Smb2Sessions}) are remembered as in C, in
 * one pass over the frames, as tshark's. The security blobs go to
 * {@code io.sharkfin.dissect.protocol.ntlmssp}. SMB1 is not dissected (a message that is not
 * SMB2 is data).
 */
package io.sharkfin.dissect.protocol.smb;
