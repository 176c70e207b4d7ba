package io.sharkfin.dissect.protocol.tcp;

/**
 * A PDU spanning several segments of one direction (Wireshark's
 * {@code struct tcp_multisegment_pdu}): where it starts and where the next PDU starts, in
 * relative sequence numbers, the frames it touched, and its reassembly.
 */
final class Msp {
    /** The subdissector asked for the whole next segment ({@code DESEGMENT_ONE_MORE_SEGMENT}). */
    static final int REASSEMBLE_ENTIRE_SEGMENT = 0x01;

    int seq;
    int nxtpdu;
    int firstFrame;
    int firstFrameWithSeq;
    int lastFrame;
    long lastFrameTime;
    int flags;
    /** The gathered bytes; null until a segment is added. */
    Reassembly head;

    Msp(int seq, int nxtpdu, int frame, long time) {
        this.seq = seq;
        this.nxtpdu = nxtpdu;
        this.firstFrame = frame;
        this.firstFrameWithSeq = frame;
        this.lastFrame = frame;
        this.lastFrameTime = time;
    }

    Reassembly head() {
        if (head == null) {
            head = new Reassembly();
        }
        return head;
    }
}
