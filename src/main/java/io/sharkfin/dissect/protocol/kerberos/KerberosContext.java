package io.sharkfin.dissect.protocol.kerberos;

/**
 * What Wireshark's Kerberos dissector keeps while it walks one message ({@code
 * kerberos_private_data_t}): the first message type (whether pre-authentication data belongs to a
 * request), the last PA-DATA type (which type its value is), the error code (which type the
 * e-data is), the FAST armor type (what its value holds) and the PA-FX-FAST request whose
 * dissection waits for the end of the PA-DATA list. One per thread, reset for each message, as
 * dissection runs on one thread.
 */
final class KerberosContext {
    int msgType;
    int padataType;
    /** The last padata-type's item, the tree its padata-value goes in (-1: none kept). */
    int padataTypeEntry = -1;
    int errorCode;
    int fastType;

    /** Whether a PA-FX-FAST request is to wait for the end of its PA-DATA list. */
    boolean deferFast;
    /** The waiting PA-FX-FAST request: its padata-value entry (its tree), buffer and bytes; none when {@code fastLength < 0}. */
    int fastEntry;
    int fastBuffer;
    int fastOffset;
    int fastLength = -1;

    private static final ThreadLocal<KerberosContext> CURRENT = ThreadLocal.withInitial(KerberosContext::new);

    /** The context of the message being dissected on this thread. */
    static KerberosContext current() {
        return CURRENT.get();
    }

    /** Starts a message: nothing known yet. */
    static KerberosContext reset() {
        KerberosContext c = CURRENT.get();
        c.msgType = 0;
        c.padataType = 0;
        c.padataTypeEntry = -1;
        c.errorCode = 0;
        c.fastType = 0;
        c.deferFast = false;
        c.fastLength = -1;
        return c;
    }

    /** Whether the message is a request ({@code kerberos_private_is_kdc_req}). */
    boolean isKdcRequest() {
        return msgType == KerberosMessages.AS_REQ || msgType == KerberosMessages.TGS_REQ;
    }
}
