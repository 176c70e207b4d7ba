package io.sharkfin.dissect.protocol.quic;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;

import java.util.List;

/**
 * The fields of Wireshark 4.0's {@code quic} protocol, declared as tshark {@code -G fields} lists
 * them (name, title, type, base, bitmask, description). The expert findings are in
 * {@link QuicExperts}.
 */
public final class QuicFields {
    private QuicFields() {
    }

    public static final FieldSpec QUIC = FieldSpec.protocol("quic", "QUIC IETF");

    public static final FieldSpec CONNECTION_NUMBER = FieldSpec.of("quic.connection.number", "Connection Number", FieldType.UINT32).base("BASE_DEC")
            .describe("Connection identifier within this capture file");
    public static final FieldSpec PACKET_LENGTH = FieldSpec.of("quic.packet_length", "Packet Length", FieldType.UINT32).base("BASE_DEC")
            .describe("Size of the QUIC packet");
    public static final FieldSpec HEADER_FORM = FieldSpec.of("quic.header_form", "Header Form", FieldType.UINT8).base("BASE_DEC").mask(0x80L)
            .describe("The most significant bit (0x80) of the first octet is set to 1 for long headers and 0 for short headers.");
    public static final FieldSpec LONG_PACKET_TYPE = FieldSpec.of("quic.long.packet_type", "Packet Type", FieldType.UINT8).base("BASE_DEC").mask(0x30L)
            .describe("Long Header Packet Type");
    public static final FieldSpec LONG_PACKET_TYPE_V2 = FieldSpec.of("quic.long.packet_type_v2", "Packet Type", FieldType.UINT8).base("BASE_DEC").mask(0x30L)
            .describe("Long Header Packet Type");
    public static final FieldSpec LONG_RESERVED = FieldSpec.of("quic.long.reserved", "Reserved", FieldType.UINT8).base("BASE_DEC").mask(0xcL)
            .describe("Reserved bits (protected using header protection)");
    public static final FieldSpec PACKET_NUMBER_LENGTH = FieldSpec.of("quic.packet_number_length", "Packet Number Length", FieldType.UINT8).base("BASE_DEC").mask(0x3L)
            .describe("Packet Number field length (protected using header protection)");
    public static final FieldSpec DCID = FieldSpec.of("quic.dcid", "Destination Connection ID", FieldType.BYTES);
    public static final FieldSpec SCID = FieldSpec.of("quic.scid", "Source Connection ID", FieldType.BYTES);
    public static final FieldSpec DCIL = FieldSpec.of("quic.dcil", "Destination Connection ID Length", FieldType.UINT8).base("BASE_DEC");
    public static final FieldSpec SCIL = FieldSpec.of("quic.scil", "Source Connection ID Length", FieldType.UINT8).base("BASE_DEC");
    public static final FieldSpec TOKEN_LENGTH = FieldSpec.of("quic.token_length", "Token Length", FieldType.UINT64).base("BASE_DEC");
    public static final FieldSpec TOKEN = FieldSpec.of("quic.token", "Token", FieldType.BYTES);
    public static final FieldSpec LENGTH = FieldSpec.of("quic.length", "Length", FieldType.UINT64).base("BASE_DEC")
            .describe("Length of Packet Number and Payload fields");
    public static final FieldSpec PACKET_NUMBER = FieldSpec.of("quic.packet_number", "Packet Number", FieldType.UINT64).base("BASE_DEC")
            .describe("Decoded packet number");
    public static final FieldSpec VERSION = FieldSpec.of("quic.version", "Version", FieldType.UINT32).base("BASE_HEX");
    public static final FieldSpec SUPPORTED_VERSION = FieldSpec.of("quic.supported_version", "Supported Version", FieldType.UINT32).base("BASE_HEX");
    public static final FieldSpec VN_UNUSED = FieldSpec.of("quic.vn.unused", "Unused", FieldType.UINT8).base("BASE_HEX").mask(0x7fL);
    public static final FieldSpec SHORT = FieldSpec.of("quic.short", "QUIC Short Header", FieldType.NONE);
    public static final FieldSpec FIXED_BIT = FieldSpec.of("quic.fixed_bit", "Fixed Bit", FieldType.BOOLEAN).base("8").mask(0x40L)
            .describe("Must be 1");
    public static final FieldSpec SPIN_BIT = FieldSpec.of("quic.spin_bit", "Spin Bit", FieldType.BOOLEAN).base("8").mask(0x20L)
            .describe("Latency Spin Bit");
    public static final FieldSpec MP_FIRST_BYTE = FieldSpec.of("quic.mp_first_byte", "Config", FieldType.UINT8).base("BASE_HEX");
    public static final FieldSpec MP_RESERVED_BIT = FieldSpec.of("quic.mp_reserved_bit", "Reserved", FieldType.UINT8).base("BASE_DEC").mask(0xe0L);
    public static final FieldSpec PORT_PRESENCE_BIT = FieldSpec.of("quic.port_presence_bit", "Port presence", FieldType.BOOLEAN).base("8").mask(0x10L)
            .describe("Must be 1");
    public static final FieldSpec IP_VERSION = FieldSpec.of("quic.ip_version", "IP Version", FieldType.UINT8).base("BASE_DEC").mask(0xfL);
    public static final FieldSpec MP_ADDRESS_ID = FieldSpec.of("quic.mp_address_id", "Address ID", FieldType.UINT64).base("BASE_DEC");
    public static final FieldSpec MP_SEQUENCE_NUMBER = FieldSpec.of("quic.mp_sequence_number", "Sequence Number", FieldType.UINT64).base("BASE_DEC");
    public static final FieldSpec MP_INTERFACE_TYPE = FieldSpec.of("quic.mp_interface_type", "Interface Type", FieldType.UINT64).base("BASE_DEC");
    public static final FieldSpec MP_IP_ADDRESS = FieldSpec.of("quic.mp_ip_address", "IP Address", FieldType.IPv4);
    public static final FieldSpec MP_IP_ADDRESS_V6 = FieldSpec.of("quic.mp_ip_address_v6", "IP Address", FieldType.IPv6);
    public static final FieldSpec MP_PORT = FieldSpec.of("quic.mp_port", "Port", FieldType.UINT32).base("BASE_DEC");
    public static final FieldSpec MP_UNIFLOW_ID = FieldSpec.of("quic.mp_uniflow_id", "Uniflow ID", FieldType.UINT64).base("BASE_DEC");
    public static final FieldSpec MP_RECEIVING_UNIFLOWS = FieldSpec.of("quic.mp_receiving_uniflows", "Receiving uniflows", FieldType.UINT64).base("BASE_DEC");
    public static final FieldSpec MP_ACT_SEND_UF = FieldSpec.of("quic.mp_act_send_uf", "Active sending uniflows", FieldType.UINT64).base("BASE_DEC");
    public static final FieldSpec MP_RECEIVING_UNIFLOWS_SECTION = FieldSpec.of("quic.mp_receiving_uniflows_section", "Receiving uniflows", FieldType.NONE);
    public static final FieldSpec MP_ACT_SEND_UF_SECTION = FieldSpec.of("quic.mp_act_send_uf_section", "Active sending uniflows", FieldType.NONE);
    public static final FieldSpec MP_UNIFLOW_INFO_SECTION = FieldSpec.of("quic.mp_uniflow_info_section", "Uniflow Info Section", FieldType.NONE);
    public static final FieldSpec MP_ADD_LOCAL_ADDRESS_ID = FieldSpec.of("quic.mp_add_local_address_id", "Local address id", FieldType.UINT64).base("BASE_DEC");
    public static final FieldSpec SHORT_RESERVED = FieldSpec.of("quic.short.reserved", "Reserved", FieldType.UINT8).base("BASE_DEC").mask(0x18L)
            .describe("Reserved bits (protected using header protection)");
    public static final FieldSpec Q_BIT = FieldSpec.of("quic.q_bit", "Square Signal Bit (Q)", FieldType.BOOLEAN).base("8").mask(0x10L)
            .describe("Square Signal Bit (used to measure and locate the source of packet loss)");
    public static final FieldSpec L_BIT = FieldSpec.of("quic.l_bit", "Loss Event Bit (L)", FieldType.BOOLEAN).base("8").mask(0x8L)
            .describe("Loss Event Bit (used to measure and locate the source of packet loss)");
    public static final FieldSpec KEY_PHASE = FieldSpec.of("quic.key_phase", "Key Phase Bit", FieldType.BOOLEAN).base("8").mask(0x4L)
            .describe("Selects the packet protection keys to use (protected using header protection)");
    public static final FieldSpec PAYLOAD = FieldSpec.of("quic.payload", "Payload", FieldType.BYTES)
            .describe("(Encrypted) payload of a packet");
    public static final FieldSpec PROTECTED_PAYLOAD = FieldSpec.of("quic.protected_payload", "Protected Payload", FieldType.BYTES)
            .describe("1-RTT protected payload");
    public static final FieldSpec REMAINING_PAYLOAD = FieldSpec.of("quic.remaining_payload", "Remaining Payload", FieldType.BYTES)
            .describe("Remaining payload in a packet (possibly PKN followed by encrypted payload)");
    public static final FieldSpec ODCIL = FieldSpec.of("quic.odcil", "Original Destination Connection ID Length", FieldType.UINT8).base("BASE_DEC");
    public static final FieldSpec ODCID = FieldSpec.of("quic.odcid", "Original Destination Connection ID", FieldType.BYTES);
    public static final FieldSpec RETRY_TOKEN = FieldSpec.of("quic.retry_token", "Retry Token", FieldType.BYTES);
    public static final FieldSpec RETRY_INTEGRITY_TAG = FieldSpec.of("quic.retry_integrity_tag", "Retry Integrity Tag", FieldType.BYTES);
    public static final FieldSpec FRAME = FieldSpec.of("quic.frame", "Frame", FieldType.NONE);
    public static final FieldSpec FRAME_TYPE = FieldSpec.of("quic.frame_type", "Frame Type", FieldType.UINT64).base("BASE_HEX");
    public static final FieldSpec PADDING_LENGTH = FieldSpec.of("quic.padding_length", "Padding Length", FieldType.UINT32).base("BASE_DEC");
    public static final FieldSpec ACK_LARGEST_ACKNOWLEDGED = FieldSpec.of("quic.ack.largest_acknowledged", "Largest Acknowledged", FieldType.UINT64).base("BASE_DEC")
            .describe("Largest packet number the peer is acknowledging in this packet");
    public static final FieldSpec ACK_ACK_DELAY = FieldSpec.of("quic.ack.ack_delay", "ACK Delay", FieldType.UINT64).base("BASE_DEC")
            .describe("Time from when the largest acknowledged packet, as indicated in the Largest Acknowledged field, was received by this peer to when this ACK was sent");
    public static final FieldSpec ACK_ACK_RANGE_COUNT = FieldSpec.of("quic.ack.ack_range_count", "ACK Range Count", FieldType.UINT64).base("BASE_DEC")
            .describe("Number of Gap and ACK Range fields in the frame");
    public static final FieldSpec ACK_FIRST_ACK_RANGE = FieldSpec.of("quic.ack.first_ack_range", "First ACK Range", FieldType.UINT64).base("BASE_DEC")
            .describe("Number of contiguous packets preceding the Largest Acknowledged that are being acknowledged");
    public static final FieldSpec ACK_GAP = FieldSpec.of("quic.ack.gap", "Gap", FieldType.UINT64).base("BASE_DEC")
            .describe("Number of contiguous unacknowledged packets preceding the packet number one lower than the smallest in the preceding ACK Range");
    public static final FieldSpec ACK_ACK_RANGE = FieldSpec.of("quic.ack.ack_range", "ACK Range", FieldType.UINT64).base("BASE_DEC")
            .describe("Number of contiguous acknowledged packets preceding the largest packet number, as determined by the preceding Gap");
    public static final FieldSpec ACK_ECT0_COUNT = FieldSpec.of("quic.ack.ect0_count", "ECT(0) Count", FieldType.UINT64).base("BASE_DEC")
            .describe("Total number of packets received with the ECT(0) codepoint");
    public static final FieldSpec ACK_ECT1_COUNT = FieldSpec.of("quic.ack.ect1_count", "ECT(1) Count", FieldType.UINT64).base("BASE_DEC")
            .describe("Total number of packets received with the ECT(1) codepoint");
    public static final FieldSpec ACK_ECN_CE_COUNT = FieldSpec.of("quic.ack.ecn_ce_count", "ECN-CE Count", FieldType.UINT64).base("BASE_DEC")
            .describe("Total number of packets received with the CE codepoint");
    public static final FieldSpec RSTS_STREAM_ID = FieldSpec.of("quic.rsts.stream_id", "Stream ID", FieldType.UINT64).base("BASE_DEC")
            .describe("Stream ID of the stream being terminated");
    public static final FieldSpec RSTS_APPLICATION_ERROR_CODE = FieldSpec.of("quic.rsts.application_error_code", "Application Error code", FieldType.UINT64).base("BASE_DEC")
            .describe("Indicates why the stream is being closed");
    public static final FieldSpec RSTS_FINAL_SIZE = FieldSpec.of("quic.rsts.final_size", "Final Size", FieldType.UINT64).base("BASE_DEC")
            .describe("The final size of the stream by the RESET_STREAM sender (in bytes)");
    public static final FieldSpec SS_STREAM_ID = FieldSpec.of("quic.ss.stream_id", "Stream ID", FieldType.UINT64).base("BASE_DEC")
            .describe("Stream ID of the stream being ignored");
    public static final FieldSpec SS_APPLICATION_ERROR_CODE = FieldSpec.of("quic.ss.application_error_code", "Application Error code", FieldType.UINT64).base("BASE_DEC")
            .describe("Indicates why the sender is ignoring the stream");
    public static final FieldSpec CRYPTO_OFFSET = FieldSpec.of("quic.crypto.offset", "Offset", FieldType.UINT64).base("BASE_DEC")
            .describe("Byte offset into the stream");
    public static final FieldSpec CRYPTO_LENGTH = FieldSpec.of("quic.crypto.length", "Length", FieldType.UINT64).base("BASE_DEC")
            .describe("Length of the Crypto Data field");
    public static final FieldSpec CRYPTO_CRYPTO_DATA = FieldSpec.of("quic.crypto.crypto_data", "Crypto Data", FieldType.NONE)
            .describe("The cryptographic message data");
    public static final FieldSpec NT_LENGTH = FieldSpec.of("quic.nt.length", "(Token) Length", FieldType.UINT64).base("BASE_DEC")
            .describe("Specifying the length of the token");
    public static final FieldSpec NT_TOKEN = FieldSpec.of("quic.nt.token", "Token", FieldType.BYTES)
            .describe("An opaque blob that the client may use with a future Initial packet");
    public static final FieldSpec STREAM_FIN = FieldSpec.of("quic.stream.fin", "Fin", FieldType.BOOLEAN).base("8").mask(0x1L);
    public static final FieldSpec STREAM_LEN = FieldSpec.of("quic.stream.len", "Len(gth)", FieldType.BOOLEAN).base("8").mask(0x2L);
    public static final FieldSpec STREAM_OFF = FieldSpec.of("quic.stream.off", "Off(set)", FieldType.BOOLEAN).base("8").mask(0x4L);
    public static final FieldSpec STREAM_STREAM_ID = FieldSpec.of("quic.stream.stream_id", "Stream ID", FieldType.UINT64).base("BASE_DEC");
    public static final FieldSpec STREAM_INITIATOR = FieldSpec.of("quic.stream.initiator", "Stream initiator", FieldType.UINT64).base("BASE_DEC").mask(0x1L);
    public static final FieldSpec STREAM_DIRECTION = FieldSpec.of("quic.stream.direction", "Stream direction", FieldType.UINT64).base("BASE_DEC").mask(0x2L);
    public static final FieldSpec STREAM_OFFSET = FieldSpec.of("quic.stream.offset", "Offset", FieldType.UINT64).base("BASE_DEC");
    public static final FieldSpec STREAM_LENGTH = FieldSpec.of("quic.stream.length", "Length", FieldType.UINT64).base("BASE_DEC");
    public static final FieldSpec STREAM_DATA = FieldSpec.of("quic.stream_data", "Stream Data", FieldType.BYTES);
    public static final FieldSpec MD_MAXIMUM_DATA = FieldSpec.of("quic.md.maximum_data", "Maximum Data", FieldType.UINT64).base("BASE_DEC")
            .describe("Indicating the maximum amount of data that can be sent on the entire connection, in units of 1024 octets");
    public static final FieldSpec MSD_STREAM_ID = FieldSpec.of("quic.msd.stream_id", "Stream ID", FieldType.UINT64).base("BASE_DEC")
            .describe("The stream ID of the stream that is affected");
    public static final FieldSpec MSD_MAXIMUM_STREAM_DATA = FieldSpec.of("quic.msd.maximum_stream_data", "Maximum Stream Data", FieldType.UINT64).base("BASE_DEC")
            .describe("Indicating the maximum amount of data that can be sent on the identified stream, in units of octets");
    public static final FieldSpec MS_MAX_STREAMS = FieldSpec.of("quic.ms.max_streams", "Max Streams", FieldType.UINT64).base("BASE_DEC")
            .describe("A count of the cumulative number of streams of the corresponding type that can be opened over the lifetime of the connection");
    public static final FieldSpec SB_STREAM_DATA_LIMIT = FieldSpec.of("quic.sb.stream_data_limit", "Stream Data Limit", FieldType.UINT64).base("BASE_DEC")
            .describe("Indicating the connection-level limit at which the blocking occurred");
    public static final FieldSpec SDB_STREAM_ID = FieldSpec.of("quic.sdb.stream_id", "Stream ID", FieldType.UINT64).base("BASE_DEC")
            .describe("Indicating the stream which is flow control blocked");
    public static final FieldSpec SIB_STREAM_LIMIT = FieldSpec.of("quic.sib.stream_limit", "Stream Limit", FieldType.UINT64).base("BASE_DEC")
            .describe("Indicating the stream limit at the time the frame was sent");
    public static final FieldSpec NCI_RETIRE_PRIOR_TO = FieldSpec.of("quic.nci.retire_prior_to", "Retire Prior To", FieldType.UINT64).base("BASE_DEC")
            .describe("A variable-length integer indicating which connection IDs should be retired");
    public static final FieldSpec NCI_SEQUENCE = FieldSpec.of("quic.nci.sequence", "Sequence", FieldType.UINT64).base("BASE_DEC")
            .describe("Increases by 1 for each connection ID that is provided by the server");
    public static final FieldSpec NCI_CONNECTION_ID_LENGTH = FieldSpec.of("quic.nci.connection_id.length", "Connection ID Length", FieldType.UINT8).base("BASE_DEC");
    public static final FieldSpec NCI_CONNECTION_ID = FieldSpec.of("quic.nci.connection_id", "Connection ID", FieldType.BYTES);
    public static final FieldSpec NCI_STATELESS_RESET_TOKEN = FieldSpec.of("quic.nci.stateless_reset_token", "Stateless Reset Token", FieldType.BYTES);
    public static final FieldSpec RCI_SEQUENCE = FieldSpec.of("quic.rci.sequence", "Sequence", FieldType.UINT64).base("BASE_DEC")
            .describe("The sequence number of the connection ID being retired");
    public static final FieldSpec PATH_CHALLENGE_DATA = FieldSpec.of("quic.path_challenge.data", "Data", FieldType.BYTES)
            .describe("Arbitrary data that must be matched by a PATH_RESPONSE frame");
    public static final FieldSpec PATH_RESPONSE_DATA = FieldSpec.of("quic.path_response.data", "Data", FieldType.BYTES)
            .describe("Arbitrary data that must match a PATH_CHALLENGE frame");
    public static final FieldSpec CC_ERROR_CODE = FieldSpec.of("quic.cc.error_code", "Error code", FieldType.UINT64).base("BASE_DEC")
            .describe("Indicates the reason for closing this connection");
    public static final FieldSpec CC_ERROR_CODE_APP = FieldSpec.of("quic.cc.error_code.app", "Application Error code", FieldType.UINT64).base("BASE_DEC")
            .describe("Indicates the reason for closing this application");
    public static final FieldSpec CC_ERROR_CODE_TLS_ALERT = FieldSpec.of("quic.cc.error_code.tls_alert", "TLS Alert Description", FieldType.UINT8).base("BASE_DEC");
    public static final FieldSpec CC_FRAME_TYPE = FieldSpec.of("quic.cc.frame_type", "Frame Type", FieldType.UINT64).base("BASE_DEC")
            .describe("The type of frame that triggered the error");
    public static final FieldSpec CC_REASON_PHRASE_LENGTH = FieldSpec.of("quic.cc.reason_phrase.length", "Reason phrase Length", FieldType.UINT64).base("BASE_DEC")
            .describe("Specifying the length of the reason phrase");
    public static final FieldSpec CC_REASON_PHRASE = FieldSpec.of("quic.cc.reason_phrase", "Reason phrase", FieldType.STRING)
            .describe("A human-readable explanation for why the connection was closed");
    public static final FieldSpec DG_LENGTH = FieldSpec.of("quic.dg.length", "Datagram Length", FieldType.UINT64).base("BASE_DEC")
            .describe("Specifies the length of the datagram data in bytes");
    public static final FieldSpec DG = FieldSpec.of("quic.dg", "Datagram", FieldType.BYTES)
            .describe("The bytes of the datagram to be delivered");
    public static final FieldSpec AF_SEQUENCE_NUMBER = FieldSpec.of("quic.af.sequence_number", "Sequence Number", FieldType.UINT64).base("BASE_DEC")
            .describe("Sequence number assigned to the ACK_FREQUENCY frame by the sender to allow receivers to ignore obsolete frames");
    public static final FieldSpec AF_ACK_ELICITING_THRESHOLD = FieldSpec.of("quic.af.ack_eliciting_threshold", "Ack-Eliciting Threshold", FieldType.UINT64).base("BASE_DEC")
            .describe("The maximum number of ack-eliciting packets the recipient of this frame can receive without sending an acknowledgment");
    public static final FieldSpec AF_REQUEST_MAX_ACK_DELAY = FieldSpec.of("quic.af.request_max_ack_delay", "Request Max Ack Delay", FieldType.UINT64).base("BASE_DEC")
            .describe("The value to which the endpoint requests the peer update its max_ack_delay");
    public static final FieldSpec AF_LAST_BYTE = FieldSpec.of("quic.af.last_byte", "Last Byte", FieldType.UINT8).base("BASE_HEX");
    public static final FieldSpec AF_RESERVED = FieldSpec.of("quic.af.reserved", "Reserved", FieldType.UINT8).base("BASE_DEC").mask(0xfcL)
            .describe("This field has no meaning in this version of ACK_FREQUENCY");
    public static final FieldSpec AF_IGNORE_ORDER = FieldSpec.of("quic.af.ignore_order", "Ignore Order", FieldType.BOOLEAN).base("8").mask(0x2L)
            .describe("This field is set to true by an endpoint that does not wish to receive an immediate acknowledgement when the peer receives a packet out of order");
    public static final FieldSpec AF_IGNORE_CE = FieldSpec.of("quic.af.ignore_ce", "Ignore CE", FieldType.BOOLEAN).base("8").mask(0x1L)
            .describe("This field is set to true by an endpoint that does not wish to receive an immediate acknowledgement when the peer receives CE-marked packets");
    public static final FieldSpec TS = FieldSpec.of("quic.ts", "Time Stamp", FieldType.UINT64).base("BASE_DEC");
    public static final FieldSpec UNPREDICTABLE_BITS = FieldSpec.of("quic.unpredictable_bits", "Unpredictable Bits", FieldType.BYTES)
            .describe("Bytes indistinguishable from random");
    public static final FieldSpec STATELESS_RESET_TOKEN = FieldSpec.of("quic.stateless_reset_token", "Stateless Reset Token", FieldType.BYTES);
    public static final FieldSpec FRAGMENT_OVERLAP = FieldSpec.of("quic.fragment.overlap", "Fragment overlap", FieldType.BOOLEAN).base("0")
            .describe("Fragment overlaps with other fragments");
    public static final FieldSpec FRAGMENT_OVERLAP_CONFLICT = FieldSpec.of("quic.fragment.overlap.conflict", "Conflicting data in fragment overlap", FieldType.BOOLEAN).base("0")
            .describe("Overlapping fragments contained conflicting data");
    public static final FieldSpec FRAGMENT_MULTIPLETAILS = FieldSpec.of("quic.fragment.multipletails", "Multiple tail fragments found", FieldType.BOOLEAN).base("0")
            .describe("Several tails were found when reassembling the pdu");
    public static final FieldSpec FRAGMENT_TOOLONGFRAGMENT = FieldSpec.of("quic.fragment.toolongfragment", "Fragment too long", FieldType.BOOLEAN).base("0")
            .describe("Fragment contained data past end of the pdu");
    public static final FieldSpec FRAGMENT_ERROR = FieldSpec.of("quic.fragment.error", "Reassembling error", FieldType.FRAMENUM)
            .describe("Reassembling error due to illegal fragments");
    public static final FieldSpec FRAGMENT_COUNT = FieldSpec.of("quic.fragment.count", "Fragment count", FieldType.UINT32).base("BASE_DEC");
    public static final FieldSpec FRAGMENT = FieldSpec.of("quic.fragment", "QUIC STREAM Data Fragment", FieldType.FRAMENUM);
    public static final FieldSpec FRAGMENTS = FieldSpec.of("quic.fragments", "Reassembled QUIC STREAM Data Fragments", FieldType.NONE)
            .describe("QUIC STREAM Data Fragments");
    public static final FieldSpec REASSEMBLED_IN = FieldSpec.of("quic.reassembled_in", "Reassembled PDU in frame", FieldType.FRAMENUM)
            .describe("The PDU that doesn't end in this fragment is reassembled in this frame");
    public static final FieldSpec REASSEMBLED_LENGTH = FieldSpec.of("quic.reassembled.length", "Reassembled QUIC STREAM Data length", FieldType.UINT32).base("BASE_DEC")
            .describe("The total length of the reassembled payload");
    public static final FieldSpec REASSEMBLED_DATA = FieldSpec.of("quic.reassembled.data", "Reassembled QUIC STREAM Data", FieldType.BYTES)
            .describe("The reassembled payload");
    public static final FieldSpec CRYPTO_FRAGMENT_COUNT = FieldSpec.of("quic.crypto.fragment.count", "Fragment count", FieldType.UINT32).base("BASE_DEC");
    public static final FieldSpec CRYPTO_FRAGMENT = FieldSpec.of("quic.crypto.fragment", "QUIC CRYPTO Data Fragment", FieldType.FRAMENUM);
    public static final FieldSpec CRYPTO_FRAGMENTS = FieldSpec.of("quic.crypto.fragments", "Reassembled QUIC CRYPTO Data Fragments", FieldType.NONE)
            .describe("QUIC STREAM Data Fragments");
    public static final FieldSpec CRYPTO_REASSEMBLED_IN = FieldSpec.of("quic.crypto.reassembled_in", "Reassembled PDU in frame", FieldType.FRAMENUM)
            .describe("The PDU that doesn't end in this fragment is reassembled in this frame");

    /** Every field above but the protocol, in Wireshark's registration order. */
    static final List<FieldSpec> ALL = List.of(
            CONNECTION_NUMBER, PACKET_LENGTH, HEADER_FORM, LONG_PACKET_TYPE, LONG_PACKET_TYPE_V2,
            LONG_RESERVED, PACKET_NUMBER_LENGTH, DCID, SCID, DCIL, SCIL, TOKEN_LENGTH, TOKEN,
            LENGTH, PACKET_NUMBER, VERSION, SUPPORTED_VERSION, VN_UNUSED, SHORT, FIXED_BIT,
            SPIN_BIT, MP_FIRST_BYTE, MP_RESERVED_BIT, PORT_PRESENCE_BIT, IP_VERSION, MP_ADDRESS_ID,
            MP_SEQUENCE_NUMBER, MP_INTERFACE_TYPE, MP_IP_ADDRESS, MP_IP_ADDRESS_V6, MP_PORT,
            MP_UNIFLOW_ID, MP_RECEIVING_UNIFLOWS, MP_ACT_SEND_UF, MP_RECEIVING_UNIFLOWS_SECTION,
            MP_ACT_SEND_UF_SECTION, MP_UNIFLOW_INFO_SECTION, MP_ADD_LOCAL_ADDRESS_ID,
            SHORT_RESERVED, Q_BIT, L_BIT, KEY_PHASE, PAYLOAD, PROTECTED_PAYLOAD, REMAINING_PAYLOAD,
            ODCIL, ODCID, RETRY_TOKEN, RETRY_INTEGRITY_TAG, FRAME, FRAME_TYPE, PADDING_LENGTH,
            ACK_LARGEST_ACKNOWLEDGED, ACK_ACK_DELAY, ACK_ACK_RANGE_COUNT, ACK_FIRST_ACK_RANGE,
            ACK_GAP, ACK_ACK_RANGE, ACK_ECT0_COUNT, ACK_ECT1_COUNT, ACK_ECN_CE_COUNT,
            RSTS_STREAM_ID, RSTS_APPLICATION_ERROR_CODE, RSTS_FINAL_SIZE, SS_STREAM_ID,
            SS_APPLICATION_ERROR_CODE, CRYPTO_OFFSET, CRYPTO_LENGTH, CRYPTO_CRYPTO_DATA, NT_LENGTH,
            NT_TOKEN, STREAM_FIN, STREAM_LEN, STREAM_OFF, STREAM_STREAM_ID, STREAM_INITIATOR,
            STREAM_DIRECTION, STREAM_OFFSET, STREAM_LENGTH, STREAM_DATA, MD_MAXIMUM_DATA,
            MSD_STREAM_ID, MSD_MAXIMUM_STREAM_DATA, MS_MAX_STREAMS, SB_STREAM_DATA_LIMIT,
            SDB_STREAM_ID, SIB_STREAM_LIMIT, NCI_RETIRE_PRIOR_TO, NCI_SEQUENCE,
            NCI_CONNECTION_ID_LENGTH, NCI_CONNECTION_ID, NCI_STATELESS_RESET_TOKEN, RCI_SEQUENCE,
            PATH_CHALLENGE_DATA, PATH_RESPONSE_DATA, CC_ERROR_CODE, CC_ERROR_CODE_APP,
            CC_ERROR_CODE_TLS_ALERT, CC_FRAME_TYPE, CC_REASON_PHRASE_LENGTH, CC_REASON_PHRASE,
            DG_LENGTH, DG, AF_SEQUENCE_NUMBER, AF_ACK_ELICITING_THRESHOLD,
            AF_REQUEST_MAX_ACK_DELAY, AF_LAST_BYTE, AF_RESERVED, AF_IGNORE_ORDER, AF_IGNORE_CE, TS,
            UNPREDICTABLE_BITS, STATELESS_RESET_TOKEN, FRAGMENT_OVERLAP, FRAGMENT_OVERLAP_CONFLICT,
            FRAGMENT_MULTIPLETAILS, FRAGMENT_TOOLONGFRAGMENT, FRAGMENT_ERROR, FRAGMENT_COUNT,
            FRAGMENT, FRAGMENTS, REASSEMBLED_IN, REASSEMBLED_LENGTH, REASSEMBLED_DATA,
            CRYPTO_FRAGMENT_COUNT, CRYPTO_FRAGMENT, CRYPTO_FRAGMENTS, CRYPTO_REASSEMBLED_IN);
}
