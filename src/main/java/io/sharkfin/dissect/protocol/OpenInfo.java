package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Packet;

/**
 * The Info column text a dissector is writing while it hands a payload to another that appends
 * to it ({@code col_append_sep_str}): SMB2 opens its text, NTLMSSP inside its security blob adds
 * the message type and user. Appending when no text is open (a caller that keeps no Info text
 * this way) does nothing.
 */
public final class OpenInfo {
    private long frame = -1;
    private StringBuilder open;

    /** Makes {@code text} the Info text of {@code p} that inner dissectors append to. */
    public static void open(Packet p, StringBuilder text) {
        OpenInfo o = p.session().state(OpenInfo.class, OpenInfo::new);
        o.frame = p.number();
        o.open = text;
    }

    /** {@code col_append_sep_str(COL_INFO, separator, text)}: no separator on an empty column. */
    public static void appendSeparated(Packet p, String separator, String text) {
        OpenInfo o = p.session().state(OpenInfo.class, OpenInfo::new);
        if (o.frame != p.number() || o.open == null) {
            return;
        }
        if (!o.open.isEmpty()) {
            o.open.append(separator);
        }
        o.open.append(text);
    }
}
