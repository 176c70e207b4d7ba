package io.sharkfin.dissect.protocol.tls;

import java.util.Locale;
import java.util.Map;

/**
 * The names of QUIC transport parameters (packet-tls-utils.c's quic_transport_parameter_id, with
 * GREASE values), as the parameter's item and its type's item word them.
 */
public final class QuicParameterNames {
    private static final Map<Long, String> NAMES = Map.ofEntries(
            Map.entry(0x00L, "original_destination_connection_id"), Map.entry(0x01L, "max_idle_timeout"),
            Map.entry(0x02L, "stateless_reset_token"), Map.entry(0x03L, "max_udp_payload_size"),
            Map.entry(0x04L, "initial_max_data"), Map.entry(0x05L, "initial_max_stream_data_bidi_local"),
            Map.entry(0x06L, "initial_max_stream_data_bidi_remote"), Map.entry(0x07L, "initial_max_stream_data_uni"),
            Map.entry(0x08L, "initial_max_streams_bidi"), Map.entry(0x09L, "initial_max_streams_uni"),
            Map.entry(0x0aL, "ack_delay_exponent"), Map.entry(0x0bL, "max_ack_delay"),
            Map.entry(0x0cL, "disable_active_migration"), Map.entry(0x0dL, "preferred_address"),
            Map.entry(0x0eL, "active_connection_id_limit"), Map.entry(0x0fL, "initial_source_connection_id"),
            Map.entry(0x10L, "retry_source_connection_id"), Map.entry(0x11L, "version_information"),
            Map.entry(0x20L, "max_datagram_frame_size"), Map.entry(0x1000L, "cibir_encoding"),
            Map.entry(0x1057L, "loss_bits"), Map.entry(0x2ab2L, "grease_quic_bit"),
            Map.entry(0x7157L, "enable_time_stamp"), Map.entry(0x7158L, "enable_time_stamp_v2"),
            Map.entry(0xde1aL, "min_ack_delay"), Map.entry(0x3129L, "google_user_agent"),
            Map.entry(0x312bL, "google_key_update_not_yet_supported"), Map.entry(0x4752L, "google_quic_version"),
            Map.entry(0x3127L, "google_initial_rtt"), Map.entry(0x312aL, "google_support_handshake_done"),
            Map.entry(0x4751L, "google_quic_params"), Map.entry(0x3128L, "google_connection_options"),
            Map.entry(0xff00L, "facebook_partial_reliability"), Map.entry(0xff03de1aL, "min_ack_delay"));

    private QuicParameterNames() {
    }

    /** RFC 9000's reserved values (31 * N + 27), which clients send to keep the space open. */
    static boolean isGrease(long type) {
        return type > 27 && (type - 27) % 31 == 0;
    }

    /** The type as its item shows it (quic_transport_parameter_id_base_custom): {@code initial_max_data (0x04)}. */
    public static String ofType(long type) {
        String label = isGrease(type) ? "GREASE"
                : type > 0xffffffffL ? "Unknown" : NAMES.getOrDefault(type, "Unknown");
        return String.format(Locale.ROOT, "%s (0x%02x)", label, type);
    }

    /** The type as the parameter's item names it: {@code initial_max_data}, {@code Unknown 0xff73db}. */
    static String inParameter(long type) {
        if (isGrease(type)) {
            return "GREASE";
        }
        if (type > 0xffffffffL) {
            return String.format(Locale.ROOT, "Unknown 0x%08x", type);
        }
        String name = NAMES.get(type);
        return name != null ? name : String.format(Locale.ROOT, "Unknown 0x%04x", type);
    }
}
