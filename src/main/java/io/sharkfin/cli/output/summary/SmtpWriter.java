package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.protocol.RecordedInfo;

import java.util.List;

/**
 * SMTP and IMF as packet-smtp.c and packet-imf.c write their columns. SMTP sets its Protocol
 * column and replaces the Info column by the text its call recorded ({@link RecordedInfo}: which
 * line is a user name or a message fragment is the session's knowledge). IMF, on a reassembled
 * message, appends "/IMF" to the Protocol column, replaces the Info column by its header fields
 * and text lines, and fences it for the body's dissector ("(text/plain)" after it).
 */
final class SmtpWriter implements ColumnWriter {

    private final boolean imf;

    SmtpWriter(boolean imf) {
        this.imf = imf;
    }

    @Override
    public void begin(Layer layer, Columns c) {
        String protocol = layer.protocol();
        if (imf) {
            c.appendProtocol(null, "/IMF");
        } else {
            c.setProtocol("SMTP");
        }
        List<String> calls = RecordedInfo.of(layer.packet(), protocol);
        int index = layer.occurrence();
        if (index < calls.size()) {
            c.clearInfo();
            c.appendInfo(calls.get(index));
        }
        if (imf) {
            c.fenceInfo();
        }
    }
}
