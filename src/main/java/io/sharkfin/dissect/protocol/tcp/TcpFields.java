package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.ValueStrings;

import java.util.List;

/**
 * The fields of the TCP header, the conversation and sequence analysis, and reassembly, with
 * Wireshark 4.0's names, titles, types, display bases and bitmasks ({@code tshark -G fields}).
 */
final class TcpFields {
    private TcpFields() {
    }

    static final FieldSpec TCP = FieldSpec.protocol("tcp", "Transmission Control Protocol").inProtocol("tcp");
    static final FieldSpec SRCPORT = FieldSpec.of("tcp.srcport", "Source Port", FieldType.UINT16)
            .base("BASE_PT_TCP");
    static final FieldSpec DSTPORT = FieldSpec.of("tcp.dstport", "Destination Port", FieldType.UINT16)
            .base("BASE_PT_TCP");
    static final FieldSpec PORT = FieldSpec.of("tcp.port", "Source or Destination Port", FieldType.UINT16)
            .base("BASE_PT_TCP");
    static final FieldSpec STREAM = FieldSpec.of("tcp.stream", "Stream index", FieldType.UINT32)
            .base("BASE_DEC");
    static final FieldSpec COMPLETENESS = FieldSpec.of("tcp.completeness", "Conversation completeness", FieldType.UINT8)
            .base("BASE_CUSTOM").strings(ValueStrings.custom())
            .describe("The completeness of the conversation capture");
    static final FieldSpec LEN = FieldSpec.of("tcp.len", "TCP Segment Len", FieldType.UINT32)
            .base("BASE_DEC");
    static final FieldSpec SEQ = FieldSpec.of("tcp.seq", "Sequence Number", FieldType.UINT32)
            .base("BASE_DEC");
    static final FieldSpec SEQ_RAW = FieldSpec.of("tcp.seq_raw", "Sequence Number (raw)", FieldType.UINT32)
            .base("BASE_DEC")
            .describe("This shows the raw value of the sequence number");
    static final FieldSpec NXTSEQ = FieldSpec.of("tcp.nxtseq", "Next Sequence Number", FieldType.UINT32)
            .base("BASE_DEC");
    static final FieldSpec ACK = FieldSpec.of("tcp.ack", "Acknowledgment Number", FieldType.UINT32)
            .base("BASE_DEC");
    static final FieldSpec ACK_RAW = FieldSpec.of("tcp.ack_raw", "Acknowledgment number (raw)", FieldType.UINT32)
            .base("BASE_DEC")
            .describe("This shows the raw value of the acknowledgment number");
    static final FieldSpec HDR_LEN = FieldSpec.of("tcp.hdr_len", "Header Length", FieldType.UINT8)
            .base("BASE_DEC")
            .describe("Data offset in 32-bit words");
    static final FieldSpec FLAGS = FieldSpec.of("tcp.flags", "Flags", FieldType.UINT16)
            .base("BASE_HEX").mask(0xfffL)
            .describe("Flags (12 bits)");
    static final FieldSpec FLAGS_RES = FieldSpec.of("tcp.flags.res", "Reserved", FieldType.BOOLEAN)
            .base("12").mask(0xe00L)
            .describe("Three reserved bits (must be zero)");
    static final FieldSpec FLAGS_AE = FieldSpec.of("tcp.flags.ae", "Accurate ECN", FieldType.BOOLEAN)
            .base("12").mask(0x100L);
    static final FieldSpec FLAGS_CWR = FieldSpec.of("tcp.flags.cwr", "Congestion Window Reduced", FieldType.BOOLEAN)
            .base("12").mask(0x80L);
    static final FieldSpec FLAGS_ECE = FieldSpec.of("tcp.flags.ece", "ECN-Echo", FieldType.BOOLEAN)
            .base("12").mask(0x40L);
    static final FieldSpec FLAGS_ACE = FieldSpec.of("tcp.flags.ace", "ACE", FieldType.UINT8)
            .base("BASE_DEC");
    static final FieldSpec FLAGS_URG = FieldSpec.of("tcp.flags.urg", "Urgent", FieldType.BOOLEAN)
            .base("12").mask(0x20L);
    static final FieldSpec FLAGS_ACK = FieldSpec.of("tcp.flags.ack", "Acknowledgment", FieldType.BOOLEAN)
            .base("12").mask(0x10L);
    static final FieldSpec FLAGS_PUSH = FieldSpec.of("tcp.flags.push", "Push", FieldType.BOOLEAN)
            .base("12").mask(0x8L);
    static final FieldSpec FLAGS_RESET = FieldSpec.of("tcp.flags.reset", "Reset", FieldType.BOOLEAN)
            .base("12").mask(0x4L);
    static final FieldSpec FLAGS_SYN = FieldSpec.of("tcp.flags.syn", "Syn", FieldType.BOOLEAN)
            .base("12").mask(0x2L);
    static final FieldSpec FLAGS_FIN = FieldSpec.of("tcp.flags.fin", "Fin", FieldType.BOOLEAN)
            .base("12").mask(0x1L);
    static final FieldSpec FLAGS_STR = FieldSpec.of("tcp.flags.str", "TCP Flags", FieldType.STRING);
    static final FieldSpec WINDOW_SIZE_VALUE = FieldSpec.of("tcp.window_size_value", "Window", FieldType.UINT16)
            .base("BASE_DEC")
            .describe("The window size value from the TCP header");
    static final FieldSpec WINDOW_SIZE = FieldSpec.of("tcp.window_size", "Calculated window size", FieldType.UINT32)
            .base("BASE_DEC")
            .describe("The scaled window size (if scaling has been used)");
    static final FieldSpec WINDOW_SIZE_SCALEFACTOR = FieldSpec.of("tcp.window_size_scalefactor", "Window size scaling factor", FieldType.INT32)
            .base("BASE_DEC")
            .describe("The window size scaling factor (-1 when unknown, -2 when no scaling is used)");
    static final FieldSpec CHECKSUM = FieldSpec.of("tcp.checksum", "Checksum", FieldType.UINT16)
            .base("BASE_HEX")
            .describe("Details at: https://www.wireshark.org/docs/wsug_html_chunked/ChAdvChecksums.html");
    static final FieldSpec CHECKSUM_STATUS = FieldSpec.of("tcp.checksum.status", "Checksum Status", FieldType.UINT8)
            .base("BASE_NONE");
    static final FieldSpec URGENT_POINTER = FieldSpec.of("tcp.urgent_pointer", "Urgent Pointer", FieldType.UINT16)
            .base("BASE_DEC");
    static final FieldSpec TIME_RELATIVE = FieldSpec.of("tcp.time_relative", "Time since first frame in this TCP stream", FieldType.RELATIVE_TIME)
            .describe("Time relative to first frame in this TCP stream");
    static final FieldSpec TIME_DELTA = FieldSpec.of("tcp.time_delta", "Time since previous frame in this TCP stream", FieldType.RELATIVE_TIME)
            .describe("Time delta from previous frame in this TCP stream");
    static final FieldSpec PAYLOAD = FieldSpec.of("tcp.payload", "TCP payload", FieldType.BYTES)
            .describe("The TCP payload of this packet");
    static final FieldSpec SEGMENT_DATA = FieldSpec.of("tcp.segment_data", "TCP segment data", FieldType.BYTES)
            .describe("A data segment used in reassembly of a lower-level protocol");
    static final FieldSpec RESET_CAUSE = FieldSpec.of("tcp.reset_cause", "Reset cause", FieldType.STRING);
    static final FieldSpec FIN_RETRANSMISSION = FieldSpec.of("tcp.fin_retransmission", "Retransmission of FIN from frame", FieldType.FRAMENUM);
    static final FieldSpec CONTINUATION_TO = FieldSpec.of("tcp.continuation_to", "This is a continuation to the PDU in frame", FieldType.FRAMENUM)
            .describe("This is a continuation to the PDU in frame #");
    static final FieldSpec PDU_SIZE = FieldSpec.of("tcp.pdu.size", "PDU Size", FieldType.UINT32)
            .base("BASE_DEC")
            .describe("The size of this PDU");
    static final FieldSpec PDU_TIME = FieldSpec.of("tcp.pdu.time", "Time until the last segment of this PDU", FieldType.RELATIVE_TIME)
            .describe("How long time has passed until the last frame of this PDU");
    static final FieldSpec PDU_LAST_FRAME = FieldSpec.of("tcp.pdu.last_frame", "Last frame of this PDU", FieldType.FRAMENUM)
            .describe("This is the last frame of the PDU starting in this segment");
    static final FieldSpec REASSEMBLED_IN = FieldSpec.of("tcp.reassembled_in", "Reassembled PDU in frame", FieldType.FRAMENUM)
            .describe("The PDU that doesn't end in this segment is reassembled in this frame");
    static final FieldSpec SEGMENTS = FieldSpec.of("tcp.segments", "Reassembled TCP Segments", FieldType.NONE)
            .describe("TCP Segments");
    static final FieldSpec SEGMENT = FieldSpec.of("tcp.segment", "TCP Segment", FieldType.FRAMENUM);
    static final FieldSpec SEGMENT_OVERLAP = FieldSpec.of("tcp.segment.overlap", "Segment overlap", FieldType.BOOLEAN)
            .base("0")
            .describe("Segment overlaps with other segments");
    static final FieldSpec SEGMENT_OVERLAP_CONFLICT = FieldSpec.of("tcp.segment.overlap.conflict", "Conflicting data in segment overlap", FieldType.BOOLEAN)
            .base("0")
            .describe("Overlapping segments contained conflicting data");
    static final FieldSpec SEGMENT_MULTIPLE_TAILS = FieldSpec.of("tcp.segment.multipletails", "Multiple tail segments found", FieldType.BOOLEAN)
            .base("0")
            .describe("Several tails were found when reassembling the pdu");
    static final FieldSpec SEGMENT_TOO_LONG = FieldSpec.of("tcp.segment.toolongfragment", "Segment too long", FieldType.BOOLEAN)
            .base("0")
            .describe("Segment contained data past end of the pdu");
    static final FieldSpec SEGMENT_ERROR = FieldSpec.of("tcp.segment.error", "Reassembling error", FieldType.FRAMENUM)
            .describe("Reassembling error due to illegal segments");
    static final FieldSpec SEGMENT_COUNT = FieldSpec.of("tcp.segment.count", "Segment count", FieldType.UINT32)
            .base("BASE_DEC");
    static final FieldSpec REASSEMBLED_LENGTH = FieldSpec.of("tcp.reassembled.length", "Reassembled TCP length", FieldType.UINT32)
            .base("BASE_DEC")
            .describe("The total length of the reassembled payload");
    static final FieldSpec REASSEMBLED_DATA = FieldSpec.of("tcp.reassembled.data", "Reassembled TCP Data", FieldType.BYTES)
            .describe("The reassembled payload");
    static final FieldSpec ANALYSIS = FieldSpec.of("tcp.analysis", "SEQ/ACK analysis", FieldType.NONE)
            .describe("This frame has some of the TCP analysis shown");
    static final FieldSpec ANALYSIS_FLAGS = FieldSpec.of("tcp.analysis.flags", "TCP Analysis Flags", FieldType.NONE)
            .describe("This frame has some of the TCP analysis flags set");
    static final FieldSpec ACKS_FRAME = FieldSpec.of("tcp.analysis.acks_frame", "This is an ACK to the segment in frame", FieldType.FRAMENUM)
            .describe("Which previous segment is this an ACK for");
    static final FieldSpec ACK_RTT = FieldSpec.of("tcp.analysis.ack_rtt", "The RTT to ACK the segment was", FieldType.RELATIVE_TIME)
            .describe("How long time it took to ACK the segment (RTT)");
    static final FieldSpec INITIAL_RTT = FieldSpec.of("tcp.analysis.initial_rtt", "iRTT", FieldType.RELATIVE_TIME)
            .describe("How long it took for the SYN to ACK handshake (iRTT)");
    static final FieldSpec BYTES_IN_FLIGHT = FieldSpec.of("tcp.analysis.bytes_in_flight", "Bytes in flight", FieldType.UINT32)
            .base("BASE_DEC")
            .describe("How many bytes are now in flight for this connection");
    static final FieldSpec PUSH_BYTES_SENT = FieldSpec.of("tcp.analysis.push_bytes_sent", "Bytes sent since last PSH flag", FieldType.UINT32)
            .base("BASE_DEC")
            .describe("How many bytes have been sent since the last PSH flag");
    static final FieldSpec RTO = FieldSpec.of("tcp.analysis.rto", "The RTO for this segment was", FieldType.RELATIVE_TIME)
            .describe("How long transmission was delayed before this segment was retransmitted (RTO)");
    static final FieldSpec RTO_FRAME = FieldSpec.of("tcp.analysis.rto_frame", "RTO based on delta from frame", FieldType.FRAMENUM)
            .describe("This is the frame we measure the RTO from");
    static final FieldSpec DUPLICATE_ACK_NUM = FieldSpec.of("tcp.analysis.duplicate_ack_num", "Duplicate ACK #", FieldType.UINT32)
            .base("BASE_DEC")
            .describe("This is duplicate ACK number #");
    static final FieldSpec DUPLICATE_ACK_FRAME = FieldSpec.of("tcp.analysis.duplicate_ack_frame", "Duplicate to the ACK in frame", FieldType.FRAMENUM)
            .describe("This is a duplicate to the ACK in frame #");

    /** Every field of this class, for {@link TcpDissector#fields()}. */
    static final List<FieldSpec> ALL = List.of(SRCPORT, DSTPORT, PORT, STREAM, COMPLETENESS, LEN, SEQ,
            SEQ_RAW, NXTSEQ, ACK, ACK_RAW, HDR_LEN, FLAGS, FLAGS_RES, FLAGS_AE, FLAGS_CWR, FLAGS_ECE,
            FLAGS_ACE, FLAGS_URG, FLAGS_ACK, FLAGS_PUSH, FLAGS_RESET, FLAGS_SYN, FLAGS_FIN, FLAGS_STR,
            WINDOW_SIZE_VALUE, WINDOW_SIZE, WINDOW_SIZE_SCALEFACTOR, CHECKSUM, CHECKSUM_STATUS,
            URGENT_POINTER, TIME_RELATIVE, TIME_DELTA, PAYLOAD, SEGMENT_DATA, RESET_CAUSE,
            FIN_RETRANSMISSION, CONTINUATION_TO, PDU_SIZE, PDU_TIME, PDU_LAST_FRAME, REASSEMBLED_IN,
            SEGMENTS, SEGMENT, SEGMENT_OVERLAP, SEGMENT_OVERLAP_CONFLICT, SEGMENT_MULTIPLE_TAILS,
            SEGMENT_TOO_LONG, SEGMENT_ERROR, SEGMENT_COUNT, REASSEMBLED_LENGTH, REASSEMBLED_DATA,
            ANALYSIS, ANALYSIS_FLAGS, ACKS_FRAME, ACK_RTT, INITIAL_RTT, BYTES_IN_FLIGHT, PUSH_BYTES_SENT,
            RTO, RTO_FRAME, DUPLICATE_ACK_NUM, DUPLICATE_ACK_FRAME);
}
