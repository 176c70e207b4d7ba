package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.tls.HandshakeTypes;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a TLS layer's records back from its fields: each record's content type and version, what
 * the Info column says of it, and the version a Server Hello negotiates.
 */
final class TlsRecords {

    /** HelloRetryRequest's fixed "random": SHA-256 of the words. */
    private static final String HRR_RANDOM = "cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c";

    /** One record: content type (-1 unknown), record version, the Info texts, a negotiated version (-1: none). */
    record Record(int contentType, int version, int firstHandshakeType, List<String> texts, int negotiated) {
    }

    private final int record;
    private final int contentType;
    private final int opaqueType;
    private final int recordVersion;
    private final int handshake;
    private final int handshakeType;
    private final int handshakeVersion;
    private final int random;
    private final int supportedVersion;
    private final int alert;
    private final int alertLevel;
    private final int alertDescription;
    private final int ignoredUnknown;

    TlsRecords(ColumnFields f) {
        record = f.id("tls.record");
        contentType = f.id("tls.record.content_type");
        opaqueType = f.id("tls.record.opaque_type");
        recordVersion = f.id("tls.record.version");
        handshake = f.id("tls.handshake");
        handshakeType = f.id("tls.handshake.type");
        handshakeVersion = f.id("tls.handshake.version");
        random = f.id("tls.handshake.random");
        supportedVersion = f.id("tls.handshake.extensions.supported_version");
        alert = f.id("tls.alert_message");
        alertLevel = f.id("tls.alert_message.level");
        alertDescription = f.id("tls.alert_message.desc");
        ignoredUnknown = f.id("tls.ignored_unknown_record");
    }

    /**
     * The records of a TLS dissection, in order: those of {@code layer} and of the TLS layers
     * nested in it (certificates' parts re-enter the TLS layer).
     */
    List<Record> read(Layer layer, List<Layer> nested) {
        List<Record> out = new ArrayList<>();
        Packet p = layer.packet();
        Builder current = null;
        int last = layer.lastEntry();
        for (Layer n : nested) {
            last = Math.max(last, n.lastEntry());
        }
        for (int e = layer.entry() + 1; e >= 0 && e <= last; e++) {
            if (!owned(layer, nested, e)) {
                continue;
            }
            int fid = p.field(e);
            if (fid < 0) {
                continue;
            }
            if (fid == record) {
                if (current != null) {
                    out.add(current.build());
                }
                current = new Builder();
            } else if (fid == ignoredUnknown) {
                if (current != null) {
                    out.add(current.build());
                    current = null;
                }
                out.add(new Record(-1, -1, -1, List.of("Ignored Unknown Record"), -1));
            } else if (current != null) {
                current.add(p, e, fid);
            }
        }
        if (current != null) {
            out.add(current.build());
        }
        return out;
    }

    private static boolean owned(Layer layer, List<Layer> nested, int e) {
        if (layer.owns(e)) {
            return true;
        }
        for (Layer n : nested) {
            if (n.owns(e)) {
                return true;
            }
        }
        return false;
    }

    /** Collects one record's fields. */
    private final class Builder {
        private int type = -1;
        private int version = -1;
        private int firstHandshake = -1;
        private final List<String> texts = new ArrayList<>();
        // the handshake message being read: its type (-1 encrypted), whether it was shown yet
        private int messageType = -2;
        private boolean serverHello;
        private int negotiated = -1;
        private int alertLevelValue = -1;
        private boolean alertSeen;

        void add(Packet p, int e, int fid) {
            if (fid == contentType || fid == opaqueType) {
                type = (int) p.num(e);
            } else if (fid == recordVersion) {
                version = (int) p.num(e);
            } else if (fid == handshake) {
                closeMessage();
                messageType = -1;
            } else if (fid == handshakeType) {
                messageType = (int) p.num(e);
                serverHello = messageType == 2;
                if (firstHandshake < 0) {
                    firstHandshake = messageType;
                }
            } else if (fid == random && serverHello && HRR_RANDOM.equals(hex(p.bytes(e)))) {
                messageType = 6;
            } else if (serverHello && fid == handshakeVersion && negotiated < 0) {
                negotiated = (int) p.num(e);
            } else if (serverHello && fid == supportedVersion) {
                negotiated = (int) p.num(e);
            } else if (fid == alert) {
                alertSeen = true;
            } else if (fid == alertLevel) {
                alertLevelValue = (int) p.num(e);
            } else if (fid == alertDescription && alertLevelValue >= 0) {
                texts.add("Alert (Level: " + TlsNames.ALERT_LEVELS.get(alertLevelValue, "Unknown")
                        + ", Description: " + TlsNames.ALERT_DESCRIPTIONS.get(p.num(e), "Unknown") + ")");
                alertSeen = false;
            }
        }

        private void closeMessage() {
            if (messageType == -1) {
                texts.add("Encrypted Handshake Message");
            } else if (messageType >= 0) {
                texts.add(HandshakeTypes.nameOr(messageType, "Encrypted Handshake Message"));
            }
            messageType = -2;
            serverHello = false;
        }

        Record build() {
            closeMessage();
            switch (type) {
                case 20 -> texts.add(0, "Change Cipher Spec");
                case 21 -> {
                    if (alertSeen) {
                        texts.add("Encrypted Alert");
                    }
                }
                case 23 -> texts.add("Application Data");
                default -> {
                }
            }
            return new Record(type, version, firstHandshake, texts, negotiated);
        }
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length * 2);
        for (byte x : b) {
            sb.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
        }
        return sb.toString();
    }
}
