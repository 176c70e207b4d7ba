package io.sharkfin.dissect.protocol.ntlmssp;

import io.sharkfin.dissect.Packet;

/**
 * The NTLMSSP messages of the frame just dissected, as packet-ntlmssp.c queues them to its tap
 * ({@code ntlmssp_header_t}) for SMB2, which reads them after its security blob to learn a
 * session's account, domain and host. Only the last AUTHENTICATE counts: SMB2 takes each in
 * turn, each overwriting the one before.
 */
public final class NtlmAuthentications {
    private long frame = -1;
    private Auth last;

    /** An AUTHENTICATE's names (null where the message ended before them). */
    public record Auth(String account, String domain, String host) {
    }

    static void record(Packet p, Auth auth) {
        NtlmAuthentications a = p.session().state(NtlmAuthentications.class, NtlmAuthentications::new);
        a.frame = p.number();
        a.last = auth;
    }

    /** The last AUTHENTICATE dissected in the current frame, or null. */
    public static Auth last(Packet p) {
        NtlmAuthentications a = p.session().state(NtlmAuthentications.class, NtlmAuthentications::new);
        return a.frame == p.number() ? a.last : null;
    }
}
