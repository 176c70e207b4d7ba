package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Session;

import java.util.List;
import java.util.stream.Stream;

import static io.sharkfin.dissect.protocol.tcp.TcpFields.*;

/**
 * What a session needs from TCP, decided once from the fields it wants, so that a filter on
 * header fields alone ({@code tcp.port == 443}, {@code tcp.flags.syn == 1}) costs no
 * conversation lookup and no memory.
 *
 * @param state     conversations must be tracked: a wanted field depends on earlier segments
 *                  (relative numbers, stream, analysis, scaled window, expert findings), or an
 *                  application dissector or {@code data} runs (whether they are called depends on
 *                  the analysis, and they may need reassembly)
 * @param forceApps application dissectors must run, find their PDUs and desegment even though
 *                  none of their own fields is wanted, because a wanted TCP field depends on how
 *                  they desegment ({@code tcp.segment*}, {@code tcp.reassembled*},
 *                  {@code tcp.pdu.*}, {@code tcp.payload}, ...) or {@code data} runs (it gets
 *                  what they refuse, which may depend on their PDUs: TLS refuses text outside its
 *                  records)
 * @param options   options must be dissected (an option field is wanted, or state is tracked:
 *                  window scale and SACK feed the analysis)
 * @param commonOptionItems an item of the options on nearly every segment is wanted (NOP, EOL,
 *                  timestamps, MSS, SACK permitted: {@link #COMMON_OPTION_ITEMS}); without,
 *                  options are dissected for the analysis only and their well-formed common
 *                  options, which feed no state, are stepped over
 * @param analysisItems an item of the {@code tcp.analysis} subtree is wanted ({@link #ANALYSIS_ITEMS}
 *                  or one of its findings); without, the analysis runs but its subtree, which
 *                  would record nothing, is not built, and bytes in flight, which only that
 *                  subtree shows, are not counted
 * @param portsDecide {@code state} is needed only for the conversations an application
 *                  dissector may be called on, which their ports decide: state serves the
 *                  application dissectors alone (no wanted field depends on it, {@code data}
 *                  does not run, no option field or TCP finding is wanted), and a payload goes to
 *                  the first port-table dissector of its ports or, when they have none, to the
 *                  heuristic dissectors ({@link PayloadHandoff}). So a conversation is tracked
 *                  when a dissector of its ports runs, or when its ports have none and a heuristic
 *                  dissector runs ({@code heuristics}); others are not, and their options, which
 *                  would only feed the analysis, are not dissected ({@code dns.flags.rcode == 3}
 *                  tracks port 53 only; an HTTP filter leaves out port 443, whose TLS does not run)
 * @param heuristics a heuristic application dissector runs in this session
 * @param announcers the dissectors that announce conversations
 *                  ({@link TcpPayloadDissector#announcesConversations}) must run: a conversation
 *                  that joins an announcement is not one TCP started, which
 *                  {@code tcp.completeness} shows
 */
record TcpNeeds(boolean state, boolean forceApps, boolean options, boolean commonOptionItems,
                boolean analysisItems, boolean portsDecide, boolean heuristics, boolean announcers) {

    /** What the common options add when well formed: their items, nothing else. */
    static final List<FieldSpec> COMMON_OPTION_ITEMS = List.of(TcpOptionFields.OPT_NOP, TcpOptionFields.OPT_EOL,
            TcpOptionFields.OPTION_KIND, TcpOptionFields.OPTION_LEN, TcpOptionFields.OPT_TIMESTAMP,
            TcpOptionFields.TSVAL, TcpOptionFields.TSECR, TcpOptionFields.OPT_MSS, TcpOptionFields.MSS_VAL,
            TcpOptionFields.OPT_SACK_PERM);

    /** The items of the {@code tcp.analysis} subtree ({@link AnalysisFields}), findings aside. */
    static final List<FieldSpec> ANALYSIS_ITEMS = List.of(ANALYSIS, ANALYSIS_FLAGS, ACKS_FRAME, ACK_RTT,
            INITIAL_RTT, BYTES_IN_FLIGHT, PUSH_BYTES_SENT, RTO, RTO_FRAME, DUPLICATE_ACK_NUM,
            DUPLICATE_ACK_FRAME);

    /** The findings {@link AnalysisFields} may add. */
    static final List<Expert.Info> ANALYSIS_FINDINGS = List.of(TcpExperts.REUSED_PORTS, TcpExperts.RETRANSMISSION,
            TcpExperts.FAST_RETRANSMISSION, TcpExperts.SPURIOUS_RETRANSMISSION, TcpExperts.OUT_OF_ORDER,
            TcpExperts.LOST_SEGMENT, TcpExperts.ACK_LOST_SEGMENT, TcpExperts.WINDOW_UPDATE,
            TcpExperts.WINDOW_FULL, TcpExperts.KEEP_ALIVE, TcpExperts.KEEP_ALIVE_ACK, TcpExperts.DUPLICATE_ACK,
            TcpExperts.ZERO_WINDOW_PROBE, TcpExperts.ZERO_WINDOW, TcpExperts.ZERO_WINDOW_PROBE_ACK);

    /** Fields that depend on earlier segments of the conversation. */
    static final List<FieldSpec> STATEFUL = Stream.concat(Stream.of(STREAM, COMPLETENESS, SEQ, ACK,
            NXTSEQ, WINDOW_SIZE, WINDOW_SIZE_SCALEFACTOR, TIME_RELATIVE, TIME_DELTA, ANALYSIS,
            ANALYSIS_FLAGS, ACKS_FRAME, ACK_RTT, INITIAL_RTT, BYTES_IN_FLIGHT, PUSH_BYTES_SENT, RTO,
            RTO_FRAME, DUPLICATE_ACK_NUM, DUPLICATE_ACK_FRAME, FLAGS_AE, FLAGS_CWR, FLAGS_ECE,
            FLAGS_ACE, FLAGS_STR, TcpOptionFields.SACK_LE, TcpOptionFields.SACK_RE,
            TcpOptionFields.DSACK_LE, TcpOptionFields.DSACK_RE),
            Stream.concat(Expert.FIELDS.stream(), Stream.of(TcpExperts.RETRANSMISSION,
                    TcpExperts.FAST_RETRANSMISSION, TcpExperts.SPURIOUS_RETRANSMISSION,
                    TcpExperts.OUT_OF_ORDER, TcpExperts.REUSED_PORTS, TcpExperts.LOST_SEGMENT,
                    TcpExperts.ACK_LOST_SEGMENT, TcpExperts.WINDOW_UPDATE, TcpExperts.WINDOW_FULL,
                    TcpExperts.KEEP_ALIVE, TcpExperts.KEEP_ALIVE_ACK, TcpExperts.DUPLICATE_ACK,
                    TcpExperts.ZERO_WINDOW_PROBE, TcpExperts.ZERO_WINDOW,
                    TcpExperts.ZERO_WINDOW_PROBE_ACK, TcpExperts.TFO_ACK, TcpExperts.TFO_IGNORED,
                    TcpExperts.FIN_ACTIVE, TcpExperts.FIN_PASSIVE, TcpExperts.DSACK)
                    .map(Expert.Info::field))).toList();

    /** Fields whose presence depends on how application dissectors desegment. */
    static final List<FieldSpec> REASSEMBLY = List.of(PAYLOAD, SEGMENT_DATA, FIN_RETRANSMISSION,
            CONTINUATION_TO, PDU_SIZE, PDU_TIME, PDU_LAST_FRAME, REASSEMBLED_IN, SEGMENTS, SEGMENT,
            SEGMENT_OVERLAP, SEGMENT_OVERLAP_CONFLICT, SEGMENT_MULTIPLE_TAILS, SEGMENT_TOO_LONG,
            SEGMENT_ERROR, SEGMENT_COUNT, REASSEMBLED_LENGTH, REASSEMBLED_DATA);

    static TcpNeeds decide(Session s, Iterable<Dissector> portDissectors, Iterable<Dissector> heuristics,
                           Dissector data) {
        if (s.wantsAll()) {
            return new TcpNeeds(true, true, true, true, true, false, true, true);
        }
        // data's output depends on whether an application dissector takes the payload, which
        // may depend on its PDUs: TLS refuses text, but not inside a record it reassembles
        boolean forceApps = (data != null && s.active(data)) || REASSEMBLY.stream().anyMatch(s::wants);
        boolean portApps = false;
        for (Dissector d : portDissectors) {
            portApps |= s.active(d);
        }
        boolean heuristicApps = false;
        for (Dissector d : heuristics) {
            heuristicApps |= s.active(d);
        }
        boolean statefulFields = STATEFUL.stream().anyMatch(s::wants);
        boolean state = forceApps || portApps || heuristicApps || statefulFields;
        boolean portsDecide = state && !forceApps && !statefulFields;
        boolean optionItems = TcpOptionFields.ALL.stream().anyMatch(s::wants)
                || TcpExperts.all().anyMatch(i -> s.wants(i.field()));
        boolean options = state || optionItems;
        boolean findings = Expert.FIELDS.stream().anyMatch(s::wants);
        // a malformed-group finding marks the packet even when nobody records it
        boolean analysisItems = ANALYSIS_ITEMS.stream().anyMatch(s::wants)
                || ANALYSIS_FINDINGS.stream().anyMatch(i -> findings || s.wants(i.field())
                        || i.group() == Expert.Group.MALFORMED);
        return new TcpNeeds(state, forceApps, options, COMMON_OPTION_ITEMS.stream().anyMatch(s::wants),
                analysisItems, portsDecide && !optionItems, heuristicApps, s.wants(COMPLETENESS));
    }
}
