package io.sharkfin.dissect.protocol.tcp;

import io.sharkfin.dissect.Expert.Info;
import io.sharkfin.dissect.FieldSpec;

import java.util.List;
import java.util.stream.Stream;

import static io.sharkfin.dissect.Expert.Group.CHECKSUM;
import static io.sharkfin.dissect.Expert.Group.MALFORMED;
import static io.sharkfin.dissect.Expert.Group.PROTOCOL;
import static io.sharkfin.dissect.Expert.Group.SEQUENCE;
import static io.sharkfin.dissect.Expert.Severity.CHAT;
import static io.sharkfin.dissect.Expert.Severity.ERROR;
import static io.sharkfin.dissect.Expert.Severity.NOTE;
import static io.sharkfin.dissect.Expert.Severity.WARN;

/** TCP's expert findings as Wireshark 4.0 registers them (name, group, severity, message). */
final class TcpExperts {
    private TcpExperts() {
    }

    static final Info OPT_LEN_INVALID = Info.of("tcp.option.len.invalid", SEQUENCE, NOTE,
            "Invalid length for option");
    static final Info RETRANSMISSION = Info.of("tcp.analysis.retransmission", SEQUENCE, NOTE,
            "This frame is a (suspected) retransmission");
    static final Info FAST_RETRANSMISSION = Info.of("tcp.analysis.fast_retransmission", SEQUENCE,
            NOTE, "This frame is a (suspected) fast retransmission");
    static final Info SPURIOUS_RETRANSMISSION = Info.of("tcp.analysis.spurious_retransmission",
            SEQUENCE, NOTE, "This frame is a (suspected) spurious retransmission");
    static final Info OUT_OF_ORDER = Info.of("tcp.analysis.out_of_order", SEQUENCE, WARN,
            "This frame is a (suspected) out-of-order segment");
    static final Info REUSED_PORTS = Info.of("tcp.analysis.reused_ports", SEQUENCE, NOTE,
            "A new tcp session is started with the same ports as an earlier session in this trace");
    static final Info LOST_SEGMENT = Info.of("tcp.analysis.lost_segment", SEQUENCE, WARN,
            "Previous segment(s) not captured (common at capture start)");
    static final Info ACK_LOST_SEGMENT = Info.of("tcp.analysis.ack_lost_segment", SEQUENCE, WARN,
            "ACKed segment that wasn't captured (common at capture start)");
    static final Info WINDOW_UPDATE = Info.of("tcp.analysis.window_update", SEQUENCE, CHAT,
            "TCP window update");
    static final Info WINDOW_FULL = Info.of("tcp.analysis.window_full", SEQUENCE, WARN,
            "TCP window specified by the receiver is now completely full");
    static final Info KEEP_ALIVE = Info.of("tcp.analysis.keep_alive", SEQUENCE, NOTE,
            "TCP keep-alive segment");
    static final Info KEEP_ALIVE_ACK = Info.of("tcp.analysis.keep_alive_ack", SEQUENCE, NOTE,
            "ACK to a TCP keep-alive segment");
    static final Info DUPLICATE_ACK = Info.of("tcp.analysis.duplicate_ack", SEQUENCE, NOTE,
            "Duplicate ACK");
    static final Info ZERO_WINDOW_PROBE = Info.of("tcp.analysis.zero_window_probe", SEQUENCE, NOTE,
            "TCP Zero Window Probe");
    static final Info ZERO_WINDOW = Info.of("tcp.analysis.zero_window", SEQUENCE, WARN,
            "TCP Zero Window segment");
    static final Info ZERO_WINDOW_PROBE_ACK = Info.of("tcp.analysis.zero_window_probe_ack",
            SEQUENCE, NOTE, "ACK to a TCP Zero Window Probe");
    static final Info TFO_SYN = Info.of("tcp.analysis.tfo_syn", SEQUENCE, NOTE,
            "TCP SYN with TFO Cookie");
    static final Info TFO_ACK = Info.of("tcp.analysis.tfo_ack", SEQUENCE, NOTE,
            "TCP SYN-ACK accepting TFO data");
    static final Info TFO_IGNORED = Info.of("tcp.analysis.tfo_ignored", SEQUENCE, NOTE,
            "TCP SYN-ACK ignoring TFO data");
    static final Info FIN_ACTIVE = Info.of("tcp.connection.fin_active", SEQUENCE, NOTE,
            "This frame initiates the connection closing");
    static final Info FIN_PASSIVE = Info.of("tcp.connection.fin_passive", SEQUENCE, NOTE,
            "This frame undergoes the connection closing");
    static final Info DSACK = Info.of("tcp.options.sack.dsack", SEQUENCE, WARN, "D-SACK Sequence");
    static final Info WSCALE_SHIFT_INVALID = Info.of("tcp.options.wscale.shift.invalid", PROTOCOL,
            WARN, "Window scale shift exceeds 14");
    static final Info MSS_ABSENT = Info.of("tcp.options.mss.absent", PROTOCOL, NOTE,
            "The SYN packet does not contain a MSS option");
    static final Info MSS_PRESENT = Info.of("tcp.options.mss.present", PROTOCOL, WARN,
            "The non-SYN packet does contain a MSS option");
    static final Info SHORT_SEGMENT = Info.of("tcp.short_segment", MALFORMED, WARN, "Short segment");
    static final Info ACK_NONZERO = Info.of("tcp.ack.nonzero", PROTOCOL, NOTE,
            "The acknowledgment number field is nonzero while the ACK flag is not set");
    static final Info SYNACK = Info.of("tcp.connection.synack", SEQUENCE, CHAT,
            "Connection establish acknowledge (SYN+ACK)");
    static final Info SYN = Info.of("tcp.connection.syn", SEQUENCE, CHAT,
            "Connection establish request (SYN)");
    static final Info FIN = Info.of("tcp.connection.fin", SEQUENCE, CHAT, "Connection finish (FIN)");
    static final Info RST = Info.of("tcp.connection.rst", SEQUENCE, WARN, "Connection reset (RST)");
    static final Info CHECKSUM_FFFF = Info.of("tcp.checksum.ffff", CHECKSUM, WARN,
            "TCP Checksum 0xffff instead of 0x0000 (see RFC 1624)");
    static final Info URGENT_POINTER_NON_ZERO = Info.of("tcp.urgent_pointer.non_zero", PROTOCOL,
            NOTE, "The urgent pointer field is nonzero while the URG flag is not set");
    static final Info SUBOPTION_MALFORMED = Info.of("tcp.suboption_malformed", MALFORMED, ERROR,
            "suboption would go past end of option");
    static final Info NOP = Info.of("tcp.nop", PROTOCOL, WARN,
            "4 NOP in a row - a router may have removed some options");
    static final Info NON_ZERO_BYTES_AFTER_EOL = Info.of("tcp.non_zero_bytes_after_eol", PROTOCOL,
            ERROR, "Non zero bytes in option space after EOL option");
    static final Info BOGUS_HEADER_LENGTH = Info.of("tcp.bogus_header_length", PROTOCOL, ERROR,
            "Bogus TCP Header length");

    private static final List<Info> INFOS = List.of(OPT_LEN_INVALID, RETRANSMISSION,
            FAST_RETRANSMISSION, SPURIOUS_RETRANSMISSION, OUT_OF_ORDER, REUSED_PORTS, LOST_SEGMENT,
            ACK_LOST_SEGMENT, WINDOW_UPDATE, WINDOW_FULL, KEEP_ALIVE, KEEP_ALIVE_ACK, DUPLICATE_ACK,
            ZERO_WINDOW_PROBE, ZERO_WINDOW, ZERO_WINDOW_PROBE_ACK, TFO_SYN, TFO_ACK, TFO_IGNORED,
            FIN_ACTIVE, FIN_PASSIVE, DSACK, WSCALE_SHIFT_INVALID, MSS_ABSENT, MSS_PRESENT,
            SHORT_SEGMENT, ACK_NONZERO, SYNACK, SYN, FIN, RST, CHECKSUM_FFFF, URGENT_POINTER_NON_ZERO,
            SUBOPTION_MALFORMED, NOP, NON_ZERO_BYTES_AFTER_EOL, BOGUS_HEADER_LENGTH);

    /** The filter fields of the findings, for {@link TcpDissector#fields()}. */
    static final List<FieldSpec> FIELDS = INFOS.stream().map(Info::field).toList();

    static Stream<Info> all() {
        return INFOS.stream();
    }
}
