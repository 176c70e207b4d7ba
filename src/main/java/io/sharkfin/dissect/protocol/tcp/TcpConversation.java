package io.sharkfin.dissect.protocol.tcp;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One TCP conversation (Wireshark's {@code struct tcp_analysis}): its stream number, both
 * directions, the timestamps relative to it and the state application dissectors keep for it.
 * {@link #fwd} and {@link #rev} point at the directions of the segment being dissected.
 */
final class TcpConversation {
    static final int COMPLETENESS_SYNSENT = 0x01;
    static final int COMPLETENESS_SYNACK = 0x02;
    static final int COMPLETENESS_ACK = 0x04;
    static final int COMPLETENESS_DATA = 0x08;
    static final int COMPLETENESS_FIN = 0x10;
    static final int COMPLETENESS_RST = 0x20;

    final long stream;
    /**
     * The frame the conversation was set up in (Wireshark's {@code setup_frame}): its first
     * segment's, or the frame that announced it ({@link #announcement}).
     */
    long setupFrame;
    /**
     * The announcement the conversation joined ({@link AnnouncedConversations}), or null; while
     * it is still open, a segment from the other side closes it.
     */
    AnnouncedConversations.Announcement announcement;
    /** The direction of the segment that joined {@link #announcement}. */
    int announcedDirection;
    final TcpFlow flow1 = new TcpFlow();
    final TcpFlow flow2 = new TcpFlow();
    TcpFlow fwd;
    TcpFlow rev;
    /** 0 when the segment goes from the key's first endpoint, 1 otherwise. */
    int direction;
    final TcpAnalysis ta = new TcpAnalysis();

    final long tsFirst;
    long tsPrev;
    long tsMruSyn;
    long tsFirstRtt;
    int serverPort;
    boolean tfoSynData;
    int completeness;
    boolean accEcnSetupSyn;
    boolean accEcnSetupSynAck;
    boolean accEcnOption;
    /**
     * Whether a dissector the session does not run opened the conversation
     * ({@link TcpPayloadDissector.Unrun#OPENS}): application dissectors then run on it whatever
     * the session needs.
     */
    boolean opened;
    /** The application dissector that claimed the conversation, or null. */
    io.sharkfin.dissect.Dissector dissector;
    /**
     * Whether its later segments add nothing the session records beyond their headers
     * ({@link TcpPayload#quietFromNextSegment}): the header pass takes them, and a segment that
     * still comes through TCP hands its payload to no one.
     */
    boolean quiet;

    /** Per-conversation state of application dissectors, by key class; null until used. */
    private Map<Class<?>, Object> appState;

    TcpConversation(long stream, long firstFrame, long firstTimestamp) {
        this.stream = stream;
        this.setupFrame = firstFrame;
        this.tsFirst = firstTimestamp;
        this.tsPrev = firstTimestamp;
    }

    /**
     * Points {@link #fwd}/{@link #rev} at the directions of a segment. The first endpoint of an
     * {@link io.sharkfin.dissect.protocol.EndpointKey} is the one that compares lower, and
     * Wireshark's flow1 carries the segments of the endpoint that compares greater (address,
     * then port); a conversation with itself uses flow2 both ways.
     */
    void orient(boolean fromFirstEndpoint) {
        direction = fromFirstEndpoint ? 0 : 1;
        fwd = fromFirstEndpoint ? flow2 : flow1;
        rev = fromFirstEndpoint ? flow1 : flow2;
    }

    @SuppressWarnings("unchecked")
    <T> T appState(Class<T> type, Supplier<T> init) {
        if (appState == null) {
            appState = new HashMap<>(4);
        }
        Object s = appState.get(type);
        if (s == null) {
            s = init.get();
            appState.put(type, s);
        }
        return (T) s;
    }

    /** Approximate bytes held, for the session's memory bound. */
    long footprint() {
        return 200L + flow1.footprint() + flow2.footprint() + (appState == null ? 0 : 64L * appState.size());
    }
}
