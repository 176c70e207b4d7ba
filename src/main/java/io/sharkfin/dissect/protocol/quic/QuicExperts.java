package io.sharkfin.dissect.protocol.quic;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.Expert.Group;
import io.sharkfin.dissect.Expert.Severity;
import io.sharkfin.dissect.FieldSpec;

import java.util.List;

/** The expert findings Wireshark 4.0's QUIC dissector registers. */
final class QuicExperts {
    private QuicExperts() {
    }

    static final Expert.Info CONNECTION_UNKNOWN = Expert.Info.of("quic.connection.unknown",
            Group.PROTOCOL, Severity.NOTE,
            "Unknown QUIC connection. Missing Initial Packet or migrated connection?");
    static final Expert.Info FT_UNKNOWN = Expert.Info.of("quic.ft.unknown", Group.UNDECODED,
            Severity.NOTE, "Unknown Frame Type");
    static final Expert.Info DECRYPTION_FAILED = Expert.Info.of("quic.decryption_failed",
            Group.DECRYPTION, Severity.WARN, "Failed to decrypt handshake");
    static final Expert.Info PROTOCOL_VIOLATION = Expert.Info.of("quic.protocol_violation",
            Group.PROTOCOL, Severity.WARN, "Invalid data according to the protocol");
    static final Expert.Info BAD_RETRY = Expert.Info.of("quic.bad_retry", Group.PROTOCOL,
            Severity.WARN, "Retry Integrity Tag verification failure");
    static final Expert.Info COALESCED_PADDING_DATA = Expert.Info.of("quic.coalesced_padding_data",
            Group.PROTOCOL, Severity.NOTE, "Coalesced Padding Data");
    static final Expert.Info RETRANSMISSION = Expert.Info.of("quic.retransmission", Group.SEQUENCE,
            Severity.NOTE, "This QUIC frame has a reused stream offset (retransmission?)");
    static final Expert.Info OVERLAP = Expert.Info.of("quic.overlap", Group.SEQUENCE, Severity.NOTE,
            "This QUIC frame overlaps a previous frame in the stream");

    static final List<FieldSpec> FIELDS = List.of(CONNECTION_UNKNOWN.field(), FT_UNKNOWN.field(),
            DECRYPTION_FAILED.field(), PROTOCOL_VIOLATION.field(), BAD_RETRY.field(),
            COALESCED_PADDING_DATA.field(), RETRANSMISSION.field(), OVERLAP.field());
}
