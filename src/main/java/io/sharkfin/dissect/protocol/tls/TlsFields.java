package io.sharkfin.dissect.protocol.tls;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.protocol.DeclaredFields;

import java.util.List;

/**
 * The TLS fields: Wireshark 4.0's ({@code tls.*}, made with {@code src/tools/gen-field-specs.py}
 * from {@code src/tools/tls-fields.txt}), the expert infos TLS raises, and sharkfin's own
 * fingerprint and certificate fields (JA4, {@code tls.cert.*}).
 */
public final class TlsFields {
    private TlsFields() {
    }

    private static FieldSpec f(String name, String title, FieldType type, String base, long mask) {
        return FieldSpec.of(name, title, type).base(base).mask(mask);
    }

    /** The constants below as they are made, in declaration order. */
    private static final DeclaredFields SPECS = new DeclaredFields();

    public static final FieldSpec TLS = SPECS.add(FieldSpec.protocol("tls", "Transport Layer Security"));

    public static final FieldSpec RECORD = SPECS.add(f("tls.record", "Record Layer", FieldType.NONE, "", 0x0));
    public static final FieldSpec RECORD_CONTENT_TYPE = SPECS.add(f("tls.record.content_type", "Content Type", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec RECORD_OPAQUE_TYPE = SPECS.add(f("tls.record.opaque_type", "Opaque Type", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec RECORD_VERSION = SPECS.add(f("tls.record.version", "Version", FieldType.UINT16, "BASE_HEX", 0x0));
    public static final FieldSpec RECORD_LENGTH = SPECS.add(f("tls.record.length", "Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec APP_DATA = SPECS.add(f("tls.app_data", "Encrypted Application Data", FieldType.BYTES, "", 0x0));
    public static final FieldSpec APP_DATA_PROTO = SPECS.add(f("tls.app_data_proto", "Application Data Protocol", FieldType.STRING, "", 0x0));
    public static final FieldSpec ALERT_MESSAGE = SPECS.add(f("tls.alert_message", "Alert Message", FieldType.NONE, "", 0x0));
    public static final FieldSpec ALERT_MESSAGE_LEVEL = SPECS.add(f("tls.alert_message.level", "Level", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec ALERT_MESSAGE_DESC = SPECS.add(f("tls.alert_message.desc", "Description", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec CHANGE_CIPHER_SPEC = SPECS.add(f("tls.change_cipher_spec", "Change Cipher Spec Message", FieldType.NONE, "", 0x0));
    public static final FieldSpec HANDSHAKE = SPECS.add(f("tls.handshake", "Handshake Protocol", FieldType.NONE, "", 0x0));
    // TLS registers the name with this title, SSLv2 again as "Handshake Message Type", which is
    // the one tshark -G fields lists
    public static final FieldSpec HANDSHAKE_TYPE = SPECS.add(f("tls.handshake.type", "Handshake Type", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_LENGTH = SPECS.add(f("tls.handshake.length", "Length", FieldType.UINT24, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_VERSION = SPECS.add(f("tls.handshake.version", "Version", FieldType.UINT16, "BASE_HEX", 0x0));
    public static final FieldSpec HANDSHAKE_RANDOM = SPECS.add(f("tls.handshake.random", "Random", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HANDSHAKE_RANDOM_TIME = SPECS.add(f("tls.handshake.random_time", "GMT Unix Time", FieldType.ABSOLUTE_TIME, "", 0x0));
    public static final FieldSpec HANDSHAKE_RANDOM_BYTES = SPECS.add(f("tls.handshake.random_bytes", "Random Bytes", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HANDSHAKE_SESSION_ID_LENGTH = SPECS.add(f("tls.handshake.session_id_length", "Session ID Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_SESSION_ID = SPECS.add(f("tls.handshake.session_id", "Session ID", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HANDSHAKE_CIPHER_SUITES_LENGTH = SPECS.add(f("tls.handshake.cipher_suites_length", "Cipher Suites Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_CIPHERSUITES = SPECS.add(f("tls.handshake.ciphersuites", "Cipher Suites", FieldType.NONE, "", 0x0));
    public static final FieldSpec HANDSHAKE_CIPHERSUITE = SPECS.add(f("tls.handshake.ciphersuite", "Cipher Suite", FieldType.UINT16, "BASE_HEX", 0x0));
    public static final FieldSpec HANDSHAKE_COMP_METHODS_LENGTH = SPECS.add(f("tls.handshake.comp_methods_length", "Compression Methods Length", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_COMP_METHODS = SPECS.add(f("tls.handshake.comp_methods", "Compression Methods", FieldType.NONE, "", 0x0));
    public static final FieldSpec HANDSHAKE_COMP_METHOD = SPECS.add(f("tls.handshake.comp_method", "Compression Method", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_LENGTH = SPECS.add(f("tls.handshake.extensions_length", "Extensions Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSION_TYPE = SPECS.add(f("tls.handshake.extension.type", "Type", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSION_LEN = SPECS.add(f("tls.handshake.extension.len", "Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSION_DATA = SPECS.add(f("tls.handshake.extension.data", "Data", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_SERVER_NAME_LIST_LEN = SPECS.add(f("tls.handshake.extensions_server_name_list_len", "Server Name list length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_SERVER_NAME_TYPE = SPECS.add(f("tls.handshake.extensions_server_name_type", "Server Name Type", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_SERVER_NAME_LEN = SPECS.add(f("tls.handshake.extensions_server_name_len", "Server Name length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_SERVER_NAME = SPECS.add(f("tls.handshake.extensions_server_name", "Server Name", FieldType.STRING, "", 0x0));
    public static final FieldSpec HANDSHAKE_MAX_FRAGMENT_LENGTH = SPECS.add(f("tls.handshake.max_fragment_length", "Maximum Fragment Length", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_STATUS_REQUEST_TYPE = SPECS.add(f("tls.handshake.extensions_status_request_type", "Certificate Status Type", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_STATUS_REQUEST_RESPONDER_IDS_LEN = SPECS.add(f("tls.handshake.extensions_status_request_responder_ids_len", "Responder ID list Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_STATUS_REQUEST_EXTS_LEN = SPECS.add(f("tls.handshake.extensions_status_request_exts_len", "Request Extensions Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_SUPPORTED_GROUPS_LENGTH = SPECS.add(f("tls.handshake.extensions_supported_groups_length", "Supported Groups List Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_SUPPORTED_GROUPS = SPECS.add(f("tls.handshake.extensions_supported_groups", "Supported Groups List", FieldType.NONE, "", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_SUPPORTED_GROUP = SPECS.add(f("tls.handshake.extensions_supported_group", "Supported Group", FieldType.UINT16, "BASE_HEX", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_EC_POINT_FORMATS_LENGTH = SPECS.add(f("tls.handshake.extensions_ec_point_formats_length", "EC point formats Length", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_EC_POINT_FORMATS = SPECS.add(f("tls.handshake.extensions_ec_point_formats", "EC point formats", FieldType.NONE, "", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_EC_POINT_FORMAT = SPECS.add(f("tls.handshake.extensions_ec_point_format", "EC point format", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_SIG_HASH_ALG_LEN = SPECS.add(f("tls.handshake.sig_hash_alg_len", "Signature Hash Algorithms Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_SIG_HASH_ALGS = SPECS.add(f("tls.handshake.sig_hash_algs", "Signature Algorithms", FieldType.NONE, "", 0x0));
    public static final FieldSpec HANDSHAKE_SIG_HASH_ALG = SPECS.add(f("tls.handshake.sig_hash_alg", "Signature Algorithm", FieldType.UINT16, "BASE_HEX", 0x0));
    public static final FieldSpec HANDSHAKE_SIG_HASH_HASH = SPECS.add(f("tls.handshake.sig_hash_hash", "Signature Hash Algorithm Hash", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_SIG_HASH_SIG = SPECS.add(f("tls.handshake.sig_hash_sig", "Signature Hash Algorithm Signature", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSION_HEARTBEAT_MODE = SPECS.add(f("tls.handshake.extension.heartbeat.mode", "Mode", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_ALPN_LEN = SPECS.add(f("tls.handshake.extensions_alpn_len", "ALPN Extension Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_ALPN_LIST = SPECS.add(f("tls.handshake.extensions_alpn_list", "ALPN Protocol", FieldType.NONE, "", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_ALPN_STR_LEN = SPECS.add(f("tls.handshake.extensions_alpn_str_len", "ALPN string length", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_ALPN_STR = SPECS.add(f("tls.handshake.extensions_alpn_str", "ALPN Next Protocol", FieldType.STRING, "", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_ALPS_LEN = SPECS.add(f("tls.handshake.extensions_alps_len", "ALPS Extension Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_ALPS_ALPN_LIST = SPECS.add(f("tls.handshake.extensions_alps_alpn_list", "Supported ALPN List", FieldType.NONE, "", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_ALPS_ALPN_STR_LEN = SPECS.add(f("tls.handshake.extensions_alps_alpn_str_len", "Supported ALPN Length", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_ALPS_ALPN_STR = SPECS.add(f("tls.handshake.extensions_alps_alpn_str", "Supported ALPN", FieldType.STRING, "", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_PADDING_DATA = SPECS.add(f("tls.handshake.extensions_padding_data", "Padding Data", FieldType.BYTES, "", 0x0));
    public static final FieldSpec COMPRESS_CERTIFICATE_ALGORITHMS_LENGTH = SPECS.add(f("tls.compress_certificate.algorithms_length", "Algorithms Length", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec COMPRESS_CERTIFICATE_ALGORITHM = SPECS.add(f("tls.compress_certificate.algorithm", "Algorithm", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec RECORD_SIZE_LIMIT = SPECS.add(f("tls.record_size_limit", "Record Size Limit", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_SESSION_TICKET_LIFETIME_HINT = SPECS.add(f("tls.handshake.session_ticket_lifetime_hint", "Session Ticket Lifetime Hint", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_SESSION_TICKET_AGE_ADD = SPECS.add(f("tls.handshake.session_ticket_age_add", "Session Ticket Age Add", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_SESSION_TICKET_NONCE_LENGTH = SPECS.add(f("tls.handshake.session_ticket_nonce_length", "Session Ticket Nonce Length", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_SESSION_TICKET_NONCE = SPECS.add(f("tls.handshake.session_ticket_nonce", "Session Ticket Nonce", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HANDSHAKE_SESSION_TICKET_LENGTH = SPECS.add(f("tls.handshake.session_ticket_length", "Session Ticket Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_SESSION_TICKET = SPECS.add(f("tls.handshake.session_ticket", "Session Ticket", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_KEY_SHARE_CLIENT_LENGTH = SPECS.add(f("tls.handshake.extensions_key_share_client_length", "Client Key Share Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_KEY_SHARE_GROUP = SPECS.add(f("tls.handshake.extensions_key_share_group", "Group", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_KEY_SHARE_KEY_EXCHANGE_LENGTH = SPECS.add(f("tls.handshake.extensions_key_share_key_exchange_length", "Key Exchange Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_KEY_SHARE_KEY_EXCHANGE = SPECS.add(f("tls.handshake.extensions_key_share_key_exchange", "Key Exchange", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_KEY_SHARE_SELECTED_GROUP = SPECS.add(f("tls.handshake.extensions_key_share_selected_group", "Selected Group", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_PSK_IDENTITIES_LENGTH = SPECS.add(f("tls.handshake.extensions.psk.identities.length", "Identities Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_PSK_IDENTITY_IDENTITY_LENGTH = SPECS.add(f("tls.handshake.extensions.psk.identity.identity_length", "Identity Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_PSK_IDENTITY_IDENTITY = SPECS.add(f("tls.handshake.extensions.psk.identity.identity", "Identity", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_PSK_IDENTITY_OBFUSCATED_TICKET_AGE = SPECS.add(f("tls.handshake.extensions.psk.identity.obfuscated_ticket_age", "Obfuscated Ticket Age", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_PSK_BINDERS_LEN = SPECS.add(f("tls.handshake.extensions.psk.binders_len", "PSK Binders length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_PSK_BINDERS = SPECS.add(f("tls.handshake.extensions.psk.binders", "PSK Binders", FieldType.NONE, "", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_PSK_IDENTITY_SELECTED = SPECS.add(f("tls.handshake.extensions.psk.identity.selected", "Selected Identity", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec EARLY_DATA_MAX_EARLY_DATA_SIZE = SPECS.add(f("tls.early_data.max_early_data_size", "Maximum Early Data Size", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_SUPPORTED_VERSIONS_LEN = SPECS.add(f("tls.handshake.extensions.supported_versions_len", "Supported Versions length", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_SUPPORTED_VERSION = SPECS.add(f("tls.handshake.extensions.supported_version", "Supported Version", FieldType.UINT16, "BASE_HEX", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_COOKIE_LEN = SPECS.add(f("tls.handshake.extensions.cookie_len", "Cookie length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_COOKIE = SPECS.add(f("tls.handshake.extensions.cookie", "Cookie", FieldType.BYTES, "", 0x0));
    public static final FieldSpec EXTENSION_PSK_KE_MODES_LENGTH = SPECS.add(f("tls.extension.psk_ke_modes_length", "PSK Key Exchange Modes Length", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec EXTENSION_PSK_KE_MODE = SPECS.add(f("tls.extension.psk_ke_mode", "PSK Key Exchange Mode", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_RENEG_INFO_LEN = SPECS.add(f("tls.handshake.extensions_reneg_info_len", "Renegotiation info extension length", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EXTENSIONS_RENEG_INFO = SPECS.add(f("tls.handshake.extensions_reneg_info", "Renegotiation info", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HANDSHAKE_CERTIFICATES_LENGTH = SPECS.add(f("tls.handshake.certificates_length", "Certificates Length", FieldType.UINT24, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_CERTIFICATES = SPECS.add(f("tls.handshake.certificates", "Certificates", FieldType.NONE, "", 0x0));
    public static final FieldSpec HANDSHAKE_CERTIFICATE_LENGTH = SPECS.add(f("tls.handshake.certificate_length", "Certificate Length", FieldType.UINT24, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_CERTIFICATE = SPECS.add(f("tls.handshake.certificate", "Certificate", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HANDSHAKE_CERTIFICATE_REQUEST_CONTEXT_LENGTH = SPECS.add(f("tls.handshake.certificate_request_context_length", "Certificate Request Context Length", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_CERTIFICATE_REQUEST_CONTEXT = SPECS.add(f("tls.handshake.certificate_request_context", "Certificate Request Context", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HANDSHAKE_CERT_TYPES_COUNT = SPECS.add(f("tls.handshake.cert_types_count", "Certificate types count", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_CERT_TYPES = SPECS.add(f("tls.handshake.cert_types", "Certificate types", FieldType.NONE, "", 0x0));
    public static final FieldSpec HANDSHAKE_CERT_TYPE = SPECS.add(f("tls.handshake.cert_type", "Certificate Type", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_DNAMES_LEN = SPECS.add(f("tls.handshake.dnames_len", "Distinguished Names Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_DNAMES = SPECS.add(f("tls.handshake.dnames", "Distinguished Names", FieldType.NONE, "", 0x0));
    public static final FieldSpec HANDSHAKE_DNAME_LEN = SPECS.add(f("tls.handshake.dname_len", "Distinguished Name Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_SERVER_CURVE_TYPE = SPECS.add(f("tls.handshake.server_curve_type", "Curve Type", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec HANDSHAKE_SERVER_NAMED_CURVE = SPECS.add(f("tls.handshake.server_named_curve", "Named Curve", FieldType.UINT16, "BASE_HEX", 0x0));
    public static final FieldSpec HANDSHAKE_SERVER_POINT_LEN = SPECS.add(f("tls.handshake.server_point_len", "Pubkey Length", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_SERVER_POINT = SPECS.add(f("tls.handshake.server_point", "Pubkey", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HANDSHAKE_CLIENT_POINT_LEN = SPECS.add(f("tls.handshake.client_point_len", "Pubkey Length", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_CLIENT_POINT = SPECS.add(f("tls.handshake.client_point", "Pubkey", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HANDSHAKE_P_LEN = SPECS.add(f("tls.handshake.p_len", "p Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_P = SPECS.add(f("tls.handshake.p", "p", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HANDSHAKE_G_LEN = SPECS.add(f("tls.handshake.g_len", "g Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_G = SPECS.add(f("tls.handshake.g", "g", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HANDSHAKE_YS_LEN = SPECS.add(f("tls.handshake.ys_len", "Pubkey Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_YS = SPECS.add(f("tls.handshake.ys", "Pubkey", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HANDSHAKE_YC_LEN = SPECS.add(f("tls.handshake.yc_len", "Pubkey Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_YC = SPECS.add(f("tls.handshake.yc", "Pubkey", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HANDSHAKE_EPMS_LEN = SPECS.add(f("tls.handshake.epms_len", "Encrypted PreMaster length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_EPMS = SPECS.add(f("tls.handshake.epms", "Encrypted PreMaster", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HANDSHAKE_SIG_LEN = SPECS.add(f("tls.handshake.sig_len", "Signature Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_SIG = SPECS.add(f("tls.handshake.sig", "Signature", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HANDSHAKE_CLIENT_CERT_VRFY_SIG_LEN = SPECS.add(f("tls.handshake.client_cert_vrfy.sig_len", "Signature length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_CLIENT_CERT_VRFY_SIG = SPECS.add(f("tls.handshake.client_cert_vrfy.sig", "Signature", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HANDSHAKE_VERIFY_DATA = SPECS.add(f("tls.handshake.verify_data", "Verify Data", FieldType.NONE, "", 0x0));
    public static final FieldSpec HANDSHAKE_OCSP_RESPONSE_LEN = SPECS.add(f("tls.handshake.ocsp_response_len", "OCSP Response Length", FieldType.UINT24, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_OCSP_RESPONSE_LIST_LEN = SPECS.add(f("tls.handshake.ocsp_response_list_len", "OCSP Response List Length", FieldType.UINT24, "BASE_DEC", 0x0));
    public static final FieldSpec HANDSHAKE_FRAGMENTS = SPECS.add(f("tls.handshake.fragments", "Reassembled Handshake Fragments", FieldType.NONE, "", 0x0));
    public static final FieldSpec HANDSHAKE_FRAGMENT = SPECS.add(f("tls.handshake.fragment", "Handshake Fragment", FieldType.FRAMENUM, "", 0x0));
    public static final FieldSpec HANDSHAKE_FRAGMENT_COUNT = SPECS.add(f("tls.handshake.fragment.count", "Handshake Fragment count", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec SCT_SCTS_LENGTH = SPECS.add(f("tls.sct.scts_length", "Serialized SCT List Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec SCT_SCT_LENGTH = SPECS.add(f("tls.sct.sct_length", "Serialized SCT Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec SCT_SCT_VERSION = SPECS.add(f("tls.sct.sct_version", "SCT Version", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec SCT_SCT_LOGID = SPECS.add(f("tls.sct.sct_logid", "Log ID", FieldType.BYTES, "", 0x0));
    public static final FieldSpec SCT_SCT_TIMESTAMP = SPECS.add(f("tls.sct.sct_timestamp", "Timestamp", FieldType.ABSOLUTE_TIME, "", 0x0));
    public static final FieldSpec SCT_SCT_EXTENSIONS_LENGTH = SPECS.add(f("tls.sct.sct_extensions_length", "Extensions length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec SCT_SCT_SIGNATURE_LENGTH = SPECS.add(f("tls.sct.sct_signature_length", "Signature Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec SCT_SCT_SIGNATURE = SPECS.add(f("tls.sct.sct_signature", "Signature", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HANDSHAKE_JA3_FULL = SPECS.add(f("tls.handshake.ja3_full", "JA3 Fullstring", FieldType.STRING, "", 0x0));
    public static final FieldSpec HANDSHAKE_JA3 = SPECS.add(f("tls.handshake.ja3", "JA3", FieldType.STRING, "", 0x0));
    public static final FieldSpec HANDSHAKE_JA3S_FULL = SPECS.add(f("tls.handshake.ja3s_full", "JA3S Fullstring", FieldType.STRING, "", 0x0));
    public static final FieldSpec HANDSHAKE_JA3S = SPECS.add(f("tls.handshake.ja3s", "JA3S", FieldType.STRING, "", 0x0));

    // QUIC transport parameters (ClientHello and EncryptedExtensions carried by QUIC)
    public static final FieldSpec QUIC_PARAMETER_TYPE = SPECS.add(f("tls.quic.parameter.type", "Type", FieldType.UINT64, "BASE_CUSTOM", 0x0));
    public static final FieldSpec QUIC_PARAMETER_LENGTH = SPECS.add(f("tls.quic.parameter.length", "Length", FieldType.UINT64, "BASE_DEC", 0x0));
    public static final FieldSpec QUIC_PARAMETER_VALUE = SPECS.add(f("tls.quic.parameter.value", "Value", FieldType.BYTES, "", 0x0));
    public static final FieldSpec QUIC_PARAMETER_ORIGINAL_DESTINATION_CONNECTION_ID = SPECS.add(f("tls.quic.parameter.original_destination_connection_id", "original_destination_connection_id", FieldType.BYTES, "", 0x0));
    public static final FieldSpec QUIC_PARAMETER_MAX_IDLE_TIMEOUT = SPECS.add(f("tls.quic.parameter.max_idle_timeout", "max_idle_timeout", FieldType.UINT64, "BASE_DEC", 0x0));
    public static final FieldSpec QUIC_PARAMETER_STATELESS_RESET_TOKEN = SPECS.add(f("tls.quic.parameter.stateless_reset_token", "stateless_reset_token", FieldType.BYTES, "", 0x0));
    public static final FieldSpec QUIC_PARAMETER_MAX_UDP_PAYLOAD_SIZE = SPECS.add(f("tls.quic.parameter.max_udp_payload_size", "max_udp_payload_size", FieldType.UINT64, "BASE_DEC", 0x0));
    public static final FieldSpec QUIC_PARAMETER_INITIAL_MAX_DATA = SPECS.add(f("tls.quic.parameter.initial_max_data", "initial_max_data", FieldType.UINT64, "BASE_DEC", 0x0));
    public static final FieldSpec QUIC_PARAMETER_INITIAL_MAX_STREAM_DATA_BIDI_LOCAL = SPECS.add(f("tls.quic.parameter.initial_max_stream_data_bidi_local", "initial_max_stream_data_bidi_local", FieldType.UINT64, "BASE_DEC", 0x0));
    public static final FieldSpec QUIC_PARAMETER_INITIAL_MAX_STREAM_DATA_BIDI_REMOTE = SPECS.add(f("tls.quic.parameter.initial_max_stream_data_bidi_remote", "initial_max_stream_data_bidi_remote", FieldType.UINT64, "BASE_DEC", 0x0));
    public static final FieldSpec QUIC_PARAMETER_INITIAL_MAX_STREAM_DATA_UNI = SPECS.add(f("tls.quic.parameter.initial_max_stream_data_uni", "initial_max_stream_data_uni", FieldType.UINT64, "BASE_DEC", 0x0));
    public static final FieldSpec QUIC_PARAMETER_INITIAL_MAX_STREAMS_BIDI = SPECS.add(f("tls.quic.parameter.initial_max_streams_bidi", "initial_max_streams_bidi", FieldType.UINT64, "BASE_DEC", 0x0));
    public static final FieldSpec QUIC_PARAMETER_INITIAL_MAX_STREAMS_UNI = SPECS.add(f("tls.quic.parameter.initial_max_streams_uni", "initial_max_streams_uni", FieldType.UINT64, "BASE_DEC", 0x0));
    public static final FieldSpec QUIC_PARAMETER_ACK_DELAY_EXPONENT = SPECS.add(f("tls.quic.parameter.ack_delay_exponent", "ack_delay_exponent", FieldType.UINT64, "BASE_DEC", 0x0));
    public static final FieldSpec QUIC_PARAMETER_MAX_ACK_DELAY = SPECS.add(f("tls.quic.parameter.max_ack_delay", "max_ack_delay", FieldType.UINT64, "BASE_DEC", 0x0));
    public static final FieldSpec QUIC_PARAMETER_ACTIVE_CONNECTION_ID_LIMIT = SPECS.add(f("tls.quic.parameter.active_connection_id_limit", "Active Connection ID Limit", FieldType.UINT64, "BASE_DEC", 0x0));
    public static final FieldSpec QUIC_PARAMETER_INITIAL_SOURCE_CONNECTION_ID = SPECS.add(f("tls.quic.parameter.initial_source_connection_id", "Initial Source Connection ID", FieldType.BYTES, "", 0x0));
    public static final FieldSpec QUIC_PARAMETER_RETRY_SOURCE_CONNECTION_ID = SPECS.add(f("tls.quic.parameter.retry_source_connection_id", "Retry Source Connection ID", FieldType.BYTES, "", 0x0));
    public static final FieldSpec QUIC_PARAMETER_MAX_DATAGRAM_FRAME_SIZE = SPECS.add(f("tls.quic.parameter.max_datagram_frame_size", "max_datagram_frame_size", FieldType.UINT64, "BASE_DEC", 0x0));
    public static final FieldSpec QUIC_PARAMETER_MIN_ACK_DELAY = SPECS.add(f("tls.quic.parameter.min_ack_delay", "min_ack_delay", FieldType.UINT64, "BASE_DEC", 0x0));
    public static final FieldSpec QUIC_PARAMETER_GOOGLE_USER_AGENT = SPECS.add(f("tls.quic.parameter.google.user_agent", "Google UserAgent", FieldType.STRING, "", 0x0));
    public static final FieldSpec QUIC_PARAMETER_GOOGLE_QUIC_VERSION = SPECS.add(f("tls.quic.parameter.google.quic_version", "Google QUIC version", FieldType.UINT32, "BASE_HEX", 0x0));
    public static final FieldSpec QUIC_PARAMETER_GOOGLE_INITIAL_RTT = SPECS.add(f("tls.quic.parameter.google.initial_rtt", "Google Initial RTT", FieldType.UINT64, "BASE_DEC", 0x0));
    public static final FieldSpec QUIC_PARAMETER_GOOGLE_CONNECTION_OPTIONS = SPECS.add(f("tls.quic.parameter.google.connection_options", "Google Connection options", FieldType.BYTES, "", 0x0));

    // ------------------------------------------------------------------ expert infos

    public static final Expert.Info IGNORED_UNKNOWN_RECORD = SPECS.add(Expert.Info.of("tls.ignored_unknown_record",
            Expert.Group.PROTOCOL, Expert.Severity.WARN, "Ignored Unknown Record"));
    public static final Expert.Info RESUMED = SPECS.add(Expert.Info.of("tls.resumed", Expert.Group.SEQUENCE,
            Expert.Severity.NOTE, "This session reuses previously negotiated keys (Session resumption)"));
    public static final Expert.Info VECTOR_LENGTH = SPECS.add(Expert.Info.of("tls.malformed.vector_length",
            Expert.Group.PROTOCOL, Expert.Severity.WARN, "Variable vector length is outside the permitted range"));
    public static final Expert.Info BUFFER_TOO_SMALL = SPECS.add(Expert.Info.of("tls.malformed.buffer_too_small",
            Expert.Group.MALFORMED, Expert.Severity.ERROR, "Malformed message, not enough data is available"));
    public static final Expert.Info TRAILING_DATA = SPECS.add(Expert.Info.of("tls.malformed.trailing_data",
            Expert.Group.PROTOCOL, Expert.Severity.WARN, "Undecoded trailing data is present"));
    public static final Expert.Info RECORD_LENGTH_INVALID = SPECS.add(Expert.Info.of("tls.record.length.invalid",
            Expert.Group.PROTOCOL, Expert.Severity.ERROR, "Record fragment length is too small or too large"));

    // ------------------------------------------------------------------ sharkfin's own

    public static final FieldSpec JA4 = SPECS.add(FieldSpec.of("tls.handshake.ja4", "JA4", FieldType.STRING)
            .describe("sharkfin: JA4 client fingerprint (FoxIO, BSD-3-Clause spec) of a ClientHello"));
    public static final FieldSpec JA4_R = SPECS.add(FieldSpec.of("tls.handshake.ja4_r", "JA4_r", FieldType.STRING)
            .describe("sharkfin: JA4 raw (unhashed, sorted) fingerprint of a ClientHello"));

    public static final FieldSpec CERT_SUBJECT = SPECS.add(FieldSpec.of("tls.cert.subject", "Certificate subject",
            FieldType.STRING).describe("sharkfin: subject distinguished name of a certificate (RFC 4514, as the JDK prints it)"));
    public static final FieldSpec CERT_ISSUER = SPECS.add(FieldSpec.of("tls.cert.issuer", "Certificate issuer",
            FieldType.STRING).describe("sharkfin: issuer distinguished name of a certificate (RFC 4514, as the JDK prints it)"));
    public static final FieldSpec CERT_SUBJECT_CN = SPECS.add(FieldSpec.of("tls.cert.subject.cn", "Subject common name",
            FieldType.STRING).describe("sharkfin: common name (CN) attributes of a certificate's subject"));
    public static final FieldSpec CERT_ISSUER_CN = SPECS.add(FieldSpec.of("tls.cert.issuer.cn", "Issuer common name",
            FieldType.STRING).describe("sharkfin: common name (CN) attributes of a certificate's issuer"));
    public static final FieldSpec CERT_SERIAL = SPECS.add(FieldSpec.of("tls.cert.serial", "Certificate serial number",
            FieldType.STRING).describe("sharkfin: serial number of a certificate, lower-case hexadecimal"));
    public static final FieldSpec CERT_NOT_BEFORE = SPECS.add(FieldSpec.of("tls.cert.not_before", "Not valid before",
            FieldType.ABSOLUTE_TIME).base("ABSOLUTE_TIME_LOCAL").describe("sharkfin: start of a certificate's validity"));
    public static final FieldSpec CERT_NOT_AFTER = SPECS.add(FieldSpec.of("tls.cert.not_after", "Not valid after",
            FieldType.ABSOLUTE_TIME).base("ABSOLUTE_TIME_LOCAL").describe("sharkfin: end of a certificate's validity"));
    public static final FieldSpec CERT_SHA1 = SPECS.add(FieldSpec.of("tls.cert.sha1", "Certificate SHA-1",
            FieldType.BYTES).describe("sharkfin: SHA-1 fingerprint of a certificate's DER bytes"));
    public static final FieldSpec CERT_SHA256 = SPECS.add(FieldSpec.of("tls.cert.sha256", "Certificate SHA-256",
            FieldType.BYTES).describe("sharkfin: SHA-256 fingerprint of a certificate's DER bytes"));
    public static final FieldSpec CERT_SELF_SIGNED = SPECS.add(FieldSpec.of("tls.cert.self_signed", "Self-signed",
            FieldType.BOOLEAN).describe("sharkfin: whether a certificate's issuer equals its subject and its signature verifies with its own key"));
    public static final FieldSpec CERT_SAN = SPECS.add(FieldSpec.of("tls.cert.san", "Subject alternative name",
            FieldType.STRING).describe("sharkfin: subject alternative names of a certificate (DNS names, IP addresses, e-mail addresses, URIs)"));
    public static final FieldSpec CERT_UNPARSED = SPECS.add(FieldSpec.of("tls.cert.unparsed", "Certificate not parsed",
            FieldType.NONE).describe("sharkfin: the JDK rejected a certificate; only the x509* fields describe it"));

    /** sharkfin's certificate fields (computed with the JDK's X.509 support). */
    public static final List<FieldSpec> CERT_FIELDS = List.of(CERT_SUBJECT, CERT_ISSUER, CERT_SUBJECT_CN,
            CERT_ISSUER_CN, CERT_SERIAL, CERT_NOT_BEFORE, CERT_NOT_AFTER, CERT_SHA1, CERT_SHA256,
            CERT_SELF_SIGNED, CERT_SAN, CERT_UNPARSED);

    /** Every TLS field (protocol included). */
    public static final List<FieldSpec> FIELDS = SPECS.list();
}
