package io.sharkfin.dissect.protocol.tls;

import io.sharkfin.dissect.Packet;

/**
 * The text of a record's tree item as packet-tls.c sets it ({@code proto_item_set_text}): "TLSv1.2
 * Record Layer: Handshake Protocol: Client Hello", "... Application Data Protocol: Hypertext
 * Transfer Protocol", "... Alert (Level: Fatal, Description: Handshake Failure)". Built only when
 * the tree is drawn.
 */
final class RecordLabels {
    private RecordLabels() {
    }

    /**
     * @param version        the version the record is dissected as (the session's, else the record's)
     * @param sessionVersion the session's, which the change cipher spec and alert labels name
     * @param app            the protocol of application data, or null
     */
    static String record(Packet p, int item, int type, int version, int sessionVersion, int length, String app) {
        return switch (type) {
            case 20 -> shortName(sessionVersion, "SSL") + " Record Layer: Change Cipher Spec Protocol: Change Cipher Spec";
            case 21 -> length != 2 ? shortName(sessionVersion, "TLS") + " Record Layer: Encrypted Alert"
                    : shortName(sessionVersion, "TLS") + " Record Layer: Alert (Level: " + alert(p, item, TlsFields.ALERT_MESSAGE_LEVEL)
                      + ", Description: " + alert(p, item, TlsFields.ALERT_MESSAGE_DESC) + ")";
            case 22 -> shortName(version, "TLS") + " Record Layer: Handshake Protocol: " + handshakes(p, item);
            case 23 -> shortName(version, "SSL") + " Record Layer: Application Data Protocol: "
                    + (app != null ? app : "Application Data");
            default -> "Record Layer";
        };
    }

    /** ssl_version_short_names of packet-tls-utils.c. */
    private static String shortName(int version, String otherwise) {
        return switch (version) {
            case 0x0002 -> "SSLv2";
            case 0x0300 -> "SSLv3";
            case 0x0301 -> "TLSv1";
            case 0x0101 -> "GMTLSv1";
            case 0x0302 -> "TLSv1.1";
            case 0x0303 -> "TLSv1.2";
            case 0x0304 -> "TLSv1.3";
            case 0xfeff -> "DTLSv1.0";
            case 0xfefd -> "DTLSv1.2";
            case 0x0100 -> "DTLS 1.0 (OpenSSL pre 0.9.8f)";
            default -> otherwise;
        };
    }

    /** The first handshake message's name, "Multiple Handshake Messages", or an encrypted one's. */
    private static String handshakes(Packet p, int item) {
        int messages = 0;
        String first = null;
        for (int e = item + 1; e < p.entryCount() && p.isUnder(e, item); e++) {
            if (p.field(e) == TlsFields.HANDSHAKE_TYPE.id()) {
                if (messages++ == 0) {
                    first = HandshakeTypes.nameOr(p.num(e), "Unknown (" + p.num(e) + ")");
                }
            }
        }
        return messages == 0 ? "Encrypted Handshake Message" : messages == 1 ? first : "Multiple Handshake Messages";
    }

    private static String alert(Packet p, int item, io.sharkfin.dissect.FieldSpec f) {
        int e = p.firstUnder(item, f.id());
        String n = e < 0 ? null : p.registry().byId(f.id()).valueName(p.num(e));
        return n != null ? n : "Unknown";
    }
}
