package io.sharkfin.dissect.protocol.smtp;

import io.sharkfin.dissect.protocol.SeqFragments;

/**
 * packet-smtp.c's {@code smtp_session_state} for one TCP conversation, and its per-frame
 * {@code smtp_proto_data} of the frame being dissected (a frame dissected again, for a second
 * PDU in its segment, keeps what its first call found, as in the C code).
 */
final class SmtpSession {
    enum State { START, READING_CMDS, READING_DATA, AWAITING_STARTTLS_RESPONSE }

    enum Auth {
        NONE, START, USERNAME_REQ, USERNAME_RSP, PASSWORD_REQ, PASSWORD_RSP, PLAIN_START_REQ, PLAIN_CRED_REQ,
        PLAIN_REQ, PLAIN_RSP, NTLM_REQ, NTLM_CHALLANGE, NTLM_RSP, SUCCESS, FAILED
    }

    enum Pdu { CMD, MESSAGE, EOM }

    State state = State.START;
    Auth auth = Auth.NONE;
    long firstAuthFrame;
    long usernameFrame;
    long passwordFrame;
    long lastAuthFrame;
    boolean crlfSeen;
    boolean dataSeen;
    /** BDAT's counts, unsigned 32-bit as in C. */
    int msgReadLen;
    int msgTotLen;
    boolean msgLast = true;
    long usernameCmdFrame;
    long userPassCmdFrame;
    long userPassFrame;
    long ntlmReqFrame;
    long ntlmRspFrame;

    /** The message's DATA fragments collected so far. */
    final SeqFragments data = new SeqFragments();

    /** The frame the per-frame data belongs to, 0 for none. */
    private long frame;
    Pdu pdu = Pdu.CMD;
    boolean moreFrags;

    /** Whether this frame already has its per-frame data ({@code p_get_proto_data}). */
    boolean hasFrameData(long number) {
        return frame == number;
    }

    /** Creates the frame's data: a command, more fragments to come. */
    void newFrameData(long number) {
        frame = number;
        pdu = Pdu.CMD;
        moreFrags = true;
    }
}
