package io.sharkfin.dissect.protocol.quic;

/**
 * What Wireshark 4.0 knows about QUIC version numbers: which draft a version follows (that picks
 * the Initial salt), whether it is QUIC v2 (other long packet type numbers and key labels), and
 * the internal long packet types.
 */
final class QuicVersion {
    private QuicVersion() {
    }

    static final int V1 = 0x00000001;
    static final int V2 = 0x6b3343cf;
    static final int GQUIC_Q050 = 0x51303530;
    static final int GQUIC_T050 = 0x54303530;
    static final int GQUIC_T051 = 0x54303531;

    // long packet types as Wireshark numbers them internally (v1 numbering)
    static final int INITIAL = 0;
    static final int ZERO_RTT = 1;
    static final int HANDSHAKE = 2;
    static final int RETRY = 3;
    /** Version Negotiation: a long header with version 0 and no real type. */
    static final int VERSION_NEGOTIATION = 0xfe;
    /** A short header packet. */
    static final int SHORT = 0xff;

    /**
     * The draft a version is based on (34 for v1, 100 for v2), or 0 when Wireshark does not know
     * it as IETF QUIC.
     */
    static int draft(long version) {
        int v = (int) version;
        if ((v >>> 8) == 0xff0000) {
            return v & 0xff;
        }
        if (v == 0xfaceb001) {
            return 22;
        }
        if (v == 0xfaceb002 || v == 0xfaceb00e) {
            return 27;
        }
        if (v == GQUIC_Q050 || v == GQUIC_T050 || v == GQUIC_T051) {
            return 27;
        }
        if ((v & 0x0f0f0f0f) == 0x0a0a0a0a) {
            return 29;
        }
        if (v == V1) {
            return 34;
        }
        if (v == V2) {
            return 100;
        }
        return 0;
    }

    static boolean isV2(long version) {
        return (int) version == V2;
    }

    /** Whether the version is a draft (or draft-based version) no later than {@code max}. */
    static boolean draftAtMost(long version, int max) {
        int d = draft(version);
        return d != 0 && d <= max;
    }

    /** Whether the version is one of Google's QUIC versions carried in IETF long headers. */
    static boolean isGoogle(long version) {
        int v = (int) version;
        return v == GQUIC_Q050 || v == GQUIC_T050 || v == GQUIC_T051;
    }

    /** The internal long packet type of a first byte, by the version's numbering. */
    static int longPacketType(int firstByte, long version) {
        int bits = (firstByte & 0x30) >> 4;
        if (!isV2(version)) {
            return bits;
        }
        return switch (bits) {
            case 0 -> RETRY;
            case 1 -> INITIAL;
            case 2 -> ZERO_RTT;
            default -> HANDSHAKE;
        };
    }

    private static byte[] hex(String s) {
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    private static final byte[] SALT_DRAFT_22 = hex("7fbcdb0e7c66bbe9193a96cd21519ebd7a02644a");
    private static final byte[] SALT_DRAFT_23 = hex("c3eef712c72ebb5a11a7d2432bb46365bef9f502");
    private static final byte[] SALT_DRAFT_29 = hex("afbfec289993d24c9e9786f19c6111e04390a899");
    private static final byte[] SALT_V1 = hex("38762cf7f55934b34d179ae6a4c80cadccbb7f0a");
    private static final byte[] SALT_Q050 = hex("504574efd066fe2f9d945cfcdbd3a7f0d3b56b45");
    private static final byte[] SALT_T050 = hex("7ff579e5acd072915580304c43a2367c60488310");
    private static final byte[] SALT_T051 = hex("7a4edef4e7ccee5fa4506c19124fc8ccda6e033d");
    private static final byte[] SALT_V2 = hex("0dede3def700a6db819381be6e269dcbf9bd2ed9");

    /** The salt of the Initial secret: by version, the newest one for versions Wireshark does not know. */
    static byte[] initialSalt(long version) {
        int v = (int) version;
        if (v == GQUIC_Q050) {
            return SALT_Q050;
        }
        if (v == GQUIC_T050) {
            return SALT_T050;
        }
        if (v == GQUIC_T051) {
            return SALT_T051;
        }
        if (draftAtMost(version, 22)) {
            return SALT_DRAFT_22;
        }
        if (draftAtMost(version, 28)) {
            return SALT_DRAFT_23;
        }
        if (draftAtMost(version, 32)) {
            return SALT_DRAFT_29;
        }
        if (draftAtMost(version, 34)) {
            return SALT_V1;
        }
        return SALT_V2;
    }

    // Retry Integrity Tag keys and nonces (RFC 9001 section 5.8, drafts, RFC 9369)
    static final byte[] RETRY_KEY_DRAFT_25 = hex("4d32ecdb2a2133c841e4043df27d4430");
    static final byte[] RETRY_NONCE_DRAFT_25 = hex("4d1611d05513a552c587d575");
    static final byte[] RETRY_KEY_DRAFT_29 = hex("ccce187ed09a09d05728155a6cb96be1");
    static final byte[] RETRY_NONCE_DRAFT_29 = hex("e54930f97f2136f0530a8c1c");
    static final byte[] RETRY_KEY_V1 = hex("be0c690b9f66575a1d766b54e368c84e");
    static final byte[] RETRY_NONCE_V1 = hex("461599d35d632bf2239825bb");
    static final byte[] RETRY_KEY_V2 = hex("8fb4b01b56ac48e260fbcbcead7ccc92");
    static final byte[] RETRY_NONCE_V2 = hex("d86969bc2d7c6d9990efb04a");
}
