package io.sharkfin.dissect.protocol.tls;

/**
 * Wireshark's names of TLS handshake message types ({@code ssl_31_handshake_type}), which the
 * tree, the Info column and the REPL show. (The field catalogue's names for
 * {@code tls.handshake.type} are SSLv2's, registered under the same name.)
 */
public final class HandshakeTypes {
    private HandshakeTypes() {
    }

    /** The name of a handshake message type ({@code Server Hello}), or null. */
    public static String name(long type) {
        return switch ((int) type == type ? (int) type : -1) {
            case 0 -> "Hello Request";
            case 1 -> "Client Hello";
            case 2 -> "Server Hello";
            case 3 -> "Hello Verify Request";
            case 4 -> "New Session Ticket";
            case 5 -> "End of Early Data";
            case 6 -> "Hello Retry Request";
            case 8, 67 -> "Encrypted Extensions";
            case 11 -> "Certificate";
            case 12 -> "Server Key Exchange";
            case 13 -> "Certificate Request";
            case 14 -> "Server Hello Done";
            case 15 -> "Certificate Verify";
            case 16 -> "Client Key Exchange";
            case 20 -> "Finished";
            case 21 -> "Client Certificate URL";
            case 22 -> "Certificate Status";
            case 23 -> "Supplemental Data";
            case 24 -> "Key Update";
            case 25 -> "Compressed Certificate";
            default -> null;
        };
    }

    /** {@link #name}, or {@code otherwise} for a type Wireshark does not name. */
    public static String nameOr(long type, String otherwise) {
        String n = name(type);
        return n != null ? n : otherwise;
    }
}
