package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.NameTable;

import io.sharkfin.dissect.protocol.tls.HandshakeTypes;

/** Wireshark's names of TLS versions, handshake messages and alerts (packet-tls-utils.c). */
public final class TlsNames {
    private TlsNames() {
    }

    /** The name of a TLS handshake message type ({@code Server Hello}), or null. */
    public static String handshakeType(long type) {
        return HandshakeTypes.name(type);
    }

    static final NameTable VERSIONS = NameTable.of(
            2, "SSLv2", 768, "SSLv3", 769, "TLSv1", 257, "GMTLSv1", 770, "TLSv1.1", 771, "TLSv1.2",
            772, "TLSv1.3", 65279, "DTLSv1.0", 65277, "DTLSv1.2", 256, "DTLS 1.0 (OpenSSL pre 0.9.8f)");

    static final NameTable ALERT_LEVELS = NameTable.of(
            1, "Warning", 2, "Fatal");

    static final NameTable ALERT_DESCRIPTIONS = NameTable.of(
            0, "Close Notify", 1, "End of Early Data", 10, "Unexpected Message", 20, "Bad Record MAC",
            21, "Decryption Failed", 22, "Record Overflow", 30, "Decompression Failure",
            40, "Handshake Failure", 41, "No Certificate", 42, "Bad Certificate",
            43, "Unsupported Certificate", 44, "Certificate Revoked", 45, "Certificate Expired",
            46, "Certificate Unknown", 47, "Illegal Parameter", 48, "Unknown CA", 49, "Access Denied",
            50, "Decode Error", 51, "Decrypt Error", 60, "Export Restriction", 70, "Protocol Version",
            71, "Insufficient Security", 80, "Internal Error", 86, "Inappropriate Fallback",
            90, "User Canceled", 100, "No Renegotiation", 109, "Missing Extension",
            110, "Unsupported Extension", 111, "Certificate Unobtainable", 112, "Unrecognized Name",
            113, "Bad Certificate Status Response", 114, "Bad Certificate Hash Value",
            115, "Unknown PSK Identity", 116, "Certificate Required", 120, "No application Protocol",
            121, "ECH Required");
}
