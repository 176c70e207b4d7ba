package io.sharkfin.dissect.protocol.ssh;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.ValueStrings;
import io.sharkfin.dissect.protocol.DeclaredFields;

import java.util.List;

/**
 * The SSH fields: Wireshark 4.0's of the clear-text part of a connection ({@code ssh.*}, made with
 * {@code src/tools/gen-field-specs.py} from {@code src/tools/ssh-fields.txt}), packet-ssh.c's
 * expert infos, and the names of its message codes, which depend on what the code is read as.
 */
public final class SshFields {
    private SshFields() {
    }

    private static FieldSpec f(String name, String title, FieldType type, String base, long mask) {
        return FieldSpec.of(name, title, type).base(base).mask(mask);
    }

    /**
     * Wireshark registers {@code ssh.message_code} five times, with the names of SSH 1, of SSH 2's
     * transport layer, and of each key-exchange family's codes 30-34: which names an item shows
     * depends on the key exchange the connection negotiated.
     */
    static final ValueStrings SSH1_MESSAGES = ValueStrings.values(new long[] {0, 1, 2, 3, 4},
            new String[] {"No Message", "Disconnect", "Public Key", "Session Key", "User"});
    static final ValueStrings SSH2_MESSAGES = ValueStrings.values(
            new long[] {1, 2, 3, 4, 5, 6, 20, 21, 50, 51, 52, 53, 80, 81, 82, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99,
                    100, 60},
            new String[] {"Disconnect", "Ignore", "Unimplemented", "Debug", "Service Request", "Service Accept",
                    "Key Exchange Init", "New Keys", "User Authentication Request", "User Authentication Failure",
                    "User Authentication Success", "User Authentication Banner", "Global Request", "Request Success",
                    "Request Failure", "Channel Open", "Channel Open Confirmation", "Channel Open Failure",
                    "Window Adjust", "Channel Data", "Channel Extended Data", "Channel EOF", "Channel Close",
                    "Channel Request", "Channel Success", "Channel Failure", "Public Key algorithm accepted"});
    static final ValueStrings KEX_DH_MESSAGES = ValueStrings.values(new long[] {30, 31},
            new String[] {"Diffie-Hellman Key Exchange Init", "Diffie-Hellman Key Exchange Reply"});
    static final ValueStrings KEX_DH_GEX_MESSAGES = ValueStrings.values(new long[] {30, 31, 32, 33, 34},
            new String[] {"Diffie-Hellman Group Exchange Request (Old)", "Diffie-Hellman Group Exchange Group",
                    "Diffie-Hellman Group Exchange Init", "Diffie-Hellman Group Exchange Reply",
                    "Diffie-Hellman Group Exchange Request"});
    static final ValueStrings KEX_ECDH_MESSAGES = ValueStrings.values(new long[] {30, 31},
            new String[] {"Elliptic Curve Diffie-Hellman Key Exchange Init",
                    "Elliptic Curve Diffie-Hellman Key Exchange Reply"});

    /** The constants below as they are made, in declaration order. */
    private static final DeclaredFields SPECS = new DeclaredFields();

    public static final FieldSpec SSH = SPECS.add(FieldSpec.protocol("ssh", "SSH Protocol"));

    public static final FieldSpec PROTOCOL = SPECS.add(f("ssh.protocol", "Protocol", FieldType.STRING, "", 0x0));
    public static final FieldSpec PACKET_LENGTH = SPECS.add(f("ssh.packet_length", "Packet Length", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec PACKET_LENGTH_ENCRYPTED = SPECS.add(f("ssh.packet_length_encrypted", "Packet Length (encrypted)", FieldType.BYTES, "", 0x0));
    public static final FieldSpec PADDING_LENGTH = SPECS.add(f("ssh.padding_length", "Padding Length", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec PAYLOAD = SPECS.add(f("ssh.payload", "Payload", FieldType.BYTES, "", 0x0));
    public static final FieldSpec ENCRYPTED_PACKET = SPECS.add(f("ssh.encrypted_packet", "Encrypted Packet", FieldType.BYTES, "", 0x0));
    public static final FieldSpec PADDING_STRING = SPECS.add(f("ssh.padding_string", "Padding String", FieldType.BYTES, "", 0x0));
    public static final FieldSpec SEQ_NUM = SPECS.add(f("ssh.seq_num", "Sequence number", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec MAC = SPECS.add(f("ssh.mac", "MAC", FieldType.BYTES, "", 0x0));
    public static final FieldSpec DIRECTION = SPECS.add(f("ssh.direction", "Direction", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec MESSAGE_CODE = SPECS.add(f("ssh.message_code", "Message Code", FieldType.UINT8, "BASE_DEC", 0x0)
            .strings(SSH2_MESSAGES));
    public static final FieldSpec COOKIE = SPECS.add(f("ssh.cookie", "Cookie", FieldType.BYTES, "", 0x0));
    public static final FieldSpec KEX_ALGORITHMS_LENGTH = SPECS.add(f("ssh.kex_algorithms_length", "kex_algorithms length", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec KEX_ALGORITHMS = SPECS.add(f("ssh.kex_algorithms", "kex_algorithms string", FieldType.STRING, "", 0x0));
    public static final FieldSpec SERVER_HOST_KEY_ALGORITHMS_LENGTH = SPECS.add(f("ssh.server_host_key_algorithms_length", "server_host_key_algorithms length", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec SERVER_HOST_KEY_ALGORITHMS = SPECS.add(f("ssh.server_host_key_algorithms", "server_host_key_algorithms string", FieldType.STRING, "", 0x0));
    public static final FieldSpec ENCRYPTION_ALGORITHMS_CLIENT_TO_SERVER_LENGTH = SPECS.add(f("ssh.encryption_algorithms_client_to_server_length", "encryption_algorithms_client_to_server length", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec ENCRYPTION_ALGORITHMS_CLIENT_TO_SERVER = SPECS.add(f("ssh.encryption_algorithms_client_to_server", "encryption_algorithms_client_to_server string", FieldType.STRING, "", 0x0));
    public static final FieldSpec ENCRYPTION_ALGORITHMS_SERVER_TO_CLIENT_LENGTH = SPECS.add(f("ssh.encryption_algorithms_server_to_client_length", "encryption_algorithms_server_to_client length", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec ENCRYPTION_ALGORITHMS_SERVER_TO_CLIENT = SPECS.add(f("ssh.encryption_algorithms_server_to_client", "encryption_algorithms_server_to_client string", FieldType.STRING, "", 0x0));
    public static final FieldSpec MAC_ALGORITHMS_CLIENT_TO_SERVER_LENGTH = SPECS.add(f("ssh.mac_algorithms_client_to_server_length", "mac_algorithms_client_to_server length", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec MAC_ALGORITHMS_CLIENT_TO_SERVER = SPECS.add(f("ssh.mac_algorithms_client_to_server", "mac_algorithms_client_to_server string", FieldType.STRING, "", 0x0));
    public static final FieldSpec MAC_ALGORITHMS_SERVER_TO_CLIENT_LENGTH = SPECS.add(f("ssh.mac_algorithms_server_to_client_length", "mac_algorithms_server_to_client length", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec MAC_ALGORITHMS_SERVER_TO_CLIENT = SPECS.add(f("ssh.mac_algorithms_server_to_client", "mac_algorithms_server_to_client string", FieldType.STRING, "", 0x0));
    public static final FieldSpec COMPRESSION_ALGORITHMS_CLIENT_TO_SERVER_LENGTH = SPECS.add(f("ssh.compression_algorithms_client_to_server_length", "compression_algorithms_client_to_server length", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec COMPRESSION_ALGORITHMS_CLIENT_TO_SERVER = SPECS.add(f("ssh.compression_algorithms_client_to_server", "compression_algorithms_client_to_server string", FieldType.STRING, "", 0x0));
    public static final FieldSpec COMPRESSION_ALGORITHMS_SERVER_TO_CLIENT_LENGTH = SPECS.add(f("ssh.compression_algorithms_server_to_client_length", "compression_algorithms_server_to_client length", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec COMPRESSION_ALGORITHMS_SERVER_TO_CLIENT = SPECS.add(f("ssh.compression_algorithms_server_to_client", "compression_algorithms_server_to_client string", FieldType.STRING, "", 0x0));
    public static final FieldSpec LANGUAGES_CLIENT_TO_SERVER_LENGTH = SPECS.add(f("ssh.languages_client_to_server_length", "languages_client_to_server length", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec LANGUAGES_CLIENT_TO_SERVER = SPECS.add(f("ssh.languages_client_to_server", "languages_client_to_server string", FieldType.STRING, "", 0x0));
    public static final FieldSpec LANGUAGES_SERVER_TO_CLIENT_LENGTH = SPECS.add(f("ssh.languages_server_to_client_length", "languages_server_to_client length", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec LANGUAGES_SERVER_TO_CLIENT = SPECS.add(f("ssh.languages_server_to_client", "languages_server_to_client string", FieldType.STRING, "", 0x0));
    public static final FieldSpec FIRST_KEX_PACKET_FOLLOWS = SPECS.add(f("ssh.first_kex_packet_follows", "First KEX Packet Follows", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec KEX_RESERVED = SPECS.add(f("ssh.kex.reserved", "Reserved", FieldType.BYTES, "", 0x0));
    public static final FieldSpec KEX_HASSH_ALGORITHMS = SPECS.add(f("ssh.kex.hassh_algorithms", "hasshAlgorithms", FieldType.STRING, "", 0x0));
    public static final FieldSpec KEX_HASSH = SPECS.add(f("ssh.kex.hassh", "hassh", FieldType.STRING, "", 0x0));
    public static final FieldSpec KEX_HASSHSERVER_ALGORITHMS = SPECS.add(f("ssh.kex.hasshserver_algorithms", "hasshServerAlgorithms", FieldType.STRING, "", 0x0));
    public static final FieldSpec KEX_HASSHSERVER = SPECS.add(f("ssh.kex.hasshserver", "hasshServer", FieldType.STRING, "", 0x0));
    public static final FieldSpec HOST_KEY_LENGTH = SPECS.add(f("ssh.host_key.length", "Host key length", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec HOST_KEY_TYPE_LENGTH = SPECS.add(f("ssh.host_key.type_length", "Host key type length", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec HOST_KEY_TYPE = SPECS.add(f("ssh.host_key.type", "Host key type", FieldType.STRING, "", 0x0));
    public static final FieldSpec HOST_KEY_DATA = SPECS.add(f("ssh.host_key.data", "Host key data", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HOST_KEY_RSA_E = SPECS.add(f("ssh.host_key.rsa.e", "RSA public exponent (e)", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HOST_KEY_RSA_N = SPECS.add(f("ssh.host_key.rsa.n", "RSA modulus (N)", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HOST_KEY_DSA_P = SPECS.add(f("ssh.host_key.dsa.p", "DSA prime modulus (p)", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HOST_KEY_DSA_Q = SPECS.add(f("ssh.host_key.dsa.q", "DSA prime divisor (q)", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HOST_KEY_DSA_G = SPECS.add(f("ssh.host_key.dsa.g", "DSA subgroup generator (g)", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HOST_KEY_DSA_Y = SPECS.add(f("ssh.host_key.dsa.y", "DSA public key (y)", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HOST_KEY_ECDSA_ID_LENGTH = SPECS.add(f("ssh.host_key.ecdsa.id_length", "ECDSA elliptic curve identifier length", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec HOST_KEY_ECDSA_ID = SPECS.add(f("ssh.host_key.ecdsa.id", "ECDSA elliptic curve identifier", FieldType.STRING, "", 0x0));
    public static final FieldSpec HOST_KEY_ECDSA_Q_LENGTH = SPECS.add(f("ssh.host_key.ecdsa.q_length", "ECDSA public key length", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec HOST_KEY_ECDSA_Q = SPECS.add(f("ssh.host_key.ecdsa.q", "ECDSA public key (Q)", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HOST_KEY_EDDSA_KEY_LENGTH = SPECS.add(f("ssh.host_key.eddsa.key_length", "EdDSA public key length", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec HOST_KEY_EDDSA_KEY = SPECS.add(f("ssh.host_key.eddsa.key", "EdDSA public key", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HOST_SIG_LENGTH = SPECS.add(f("ssh.host_sig.length", "Host signature length", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec HOST_SIG_TYPE_LENGTH = SPECS.add(f("ssh.host_sig.type_length", "Host signature type length", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec HOST_SIG_TYPE = SPECS.add(f("ssh.host_sig.type", "Host signature type", FieldType.STRING, "", 0x0));
    public static final FieldSpec HOST_SIG_DATA = SPECS.add(f("ssh.host_sig.data", "Host signature data", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HOST_SIG_RSA = SPECS.add(f("ssh.host_sig.rsa", "RSA signature", FieldType.BYTES, "", 0x0));
    public static final FieldSpec HOST_SIG_DSA = SPECS.add(f("ssh.host_sig.dsa", "DSA signature", FieldType.BYTES, "", 0x0));
    public static final FieldSpec MPINT_LENGTH = SPECS.add(f("ssh.mpint_length", "Multi Precision Integer Length", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec DH_E = SPECS.add(f("ssh.dh.e", "DH client e", FieldType.BYTES, "", 0x0));
    public static final FieldSpec DH_F = SPECS.add(f("ssh.dh.f", "DH server f", FieldType.BYTES, "", 0x0));
    public static final FieldSpec DH_GEX_MIN = SPECS.add(f("ssh.dh_gex.min", "DH GEX Min", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec DH_GEX_NBITS = SPECS.add(f("ssh.dh_gex.nbits", "DH GEX Number of Bits", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec DH_GEX_MAX = SPECS.add(f("ssh.dh_gex.max", "DH GEX Max", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec DH_GEX_P = SPECS.add(f("ssh.dh_gex.p", "DH GEX modulus (P)", FieldType.BYTES, "", 0x0));
    public static final FieldSpec DH_GEX_G = SPECS.add(f("ssh.dh_gex.g", "DH GEX base (G)", FieldType.BYTES, "", 0x0));
    public static final FieldSpec ECDH_Q_C_LENGTH = SPECS.add(f("ssh.ecdh.q_c_length", "ECDH client's ephemeral public key length", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec ECDH_Q_C = SPECS.add(f("ssh.ecdh.q_c", "ECDH client's ephemeral public key (Q_C)", FieldType.BYTES, "", 0x0));
    public static final FieldSpec ECDH_Q_S_LENGTH = SPECS.add(f("ssh.ecdh.q_s_length", "ECDH server's ephemeral public key length", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec ECDH_Q_S = SPECS.add(f("ssh.ecdh.q_s", "ECDH server's ephemeral public key (Q_S)", FieldType.BYTES, "", 0x0));

    public static final Expert.Info PACKET_LENGTH_ERROR = SPECS.add(Expert.Info.of("ssh.packet_length.error",
            Expert.Group.PROTOCOL, Expert.Severity.WARN, "Overly large number"));
    public static final Expert.Info PACKET_DECODE_ERROR = SPECS.add(Expert.Info.of("ssh.packet_decode.error",
            Expert.Group.PROTOCOL, Expert.Severity.WARN, "Packet decoded length not equal to packet length"));
    public static final Expert.Info KEY_LENGTH_ERROR = SPECS.add(Expert.Info.of("ssh.key_length.error",
            Expert.Group.PROTOCOL, Expert.Severity.ERROR, "Invalid key length"));

    static final List<FieldSpec> ALL = SPECS.list();
}
