package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.kerberos.KerberosNames;

/**
 * Kerberos as packet-kerberos.c words its columns: Protocol "KRB5", the Info column cleared, then
 * for each message (TCP may carry several, the last one's text stays) the name of its first
 * message type ({@code AS-REQ}; an AP-REQ inside a TGS-REQ does not change it), replaced by
 * "KRB Error: " and the name of the last non-zero error code the message holds.
 */
final class KerberosWriter implements ColumnWriter {

    private final int message;
    private final int msgType;
    private final int errorCode;

    KerberosWriter(ColumnFields f) {
        message = f.id("kerberos");
        msgType = f.id("kerberos.msg_type");
        errorCode = f.id("kerberos.error_code");
    }

    @Override
    public void begin(Layer layer, Columns c) {
        c.setProtocol("KRB5");
        c.clearInfo();
        // the last message's item: its entries follow it
        int start = layer.entry();
        for (int e = layer.first(message); e >= 0; e = layer.next(e)) {
            start = e;
        }
        String info = null;
        Packet p = layer.packet();
        int type = firstAfter(layer, msgType, start);
        if (type >= 0) {
            info = KerberosNames.messageType(p.num(type));
        }
        for (int e = firstAfter(layer, errorCode, start); e >= 0; e = layer.next(e)) {
            long code = p.num(e);
            if (code != 0) {
                info = "KRB Error: " + KerberosNames.errorCode(code);
            }
        }
        if (info != null) {
            c.setInfo(info);
        }
    }

    /** The layer's first occurrence of {@code field} after entry {@code start}, or -1. */
    private static int firstAfter(Layer layer, int field, int start) {
        for (int e = layer.first(field); e >= 0; e = layer.next(e)) {
            if (e > start) {
                return e;
            }
        }
        return -1;
    }
}
