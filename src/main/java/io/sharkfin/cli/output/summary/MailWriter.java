package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.protocol.RecordedInfo;

import java.util.List;

/**
 * The mail protocols as packet-smtp.c, packet-pop.c and packet-imf.c write their columns. SMTP
 * and POP set their Protocol column and replace the Info column by the text their call recorded
 * ({@link RecordedInfo}: which line is a user name or a message fragment is the session's
 * knowledge). IMF, on a message its carrier reassembled or found, appends "/IMF" to the Protocol
 * column, replaces the Info column by its header fields and text lines, and, when the message has
 * a Content-Type, fences it for the body's dissector ("(text/plain)" after it): a second message
 * of the frame without one (IMAP's literals) replaces the first one's text.
 */
final class MailWriter implements ColumnWriter {

    /** The Protocol column a carrier sets, null for IMF. */
    private final String carrier;
    /** IMF's Content-Type, after which packet-imf.c fences the column for the body's dissector. */
    private final int contentType;

    private MailWriter(String carrier, int contentType) {
        this.carrier = carrier;
        this.contentType = contentType;
    }

    /** SMTP, POP or IMAP, whose Protocol column is {@code name}. */
    static MailWriter carrier(String name) {
        return new MailWriter(name, -1);
    }

    /** IMF, after its carrier. */
    static MailWriter imf(ColumnFields f) {
        return new MailWriter(null, f.id("imf.content.type"));
    }

    @Override
    public void begin(Layer layer, Columns c) {
        if (carrier == null) {
            c.appendProtocol(null, "/IMF");
        } else {
            c.setProtocol(carrier);
        }
        List<String> calls = RecordedInfo.of(layer.packet(), layer.protocol());
        int index = layer.occurrence();
        if (index < calls.size()) {
            c.clearInfo();
            c.appendInfo(calls.get(index));
        }
        if (carrier == null && layer.has(contentType)) {
            c.fenceInfo();
        }
    }
}
