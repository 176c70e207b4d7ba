package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Truncated;

/**
 * The Info column text a dissector is writing while it hands a payload to another that appends
 * to it ({@code col_append_sep_str}): SMB2 opens its text, NTLMSSP inside its security blob adds
 * the message type and user. Appending when no text is open (a caller that keeps no Info text
 * this way) does nothing: such a dissector records its text for its own column writer.
 */
public final class OpenInfo {
    private long frame = -1;
    private StringBuilder open;
    /** The frame in which a dissector wrote show_exception's marker into its own text. */
    private long markerFrame = -1;

    /** Makes {@code text} the Info text of {@code p} that inner dissectors append to. */
    public static void open(Packet p, StringBuilder text) {
        OpenInfo o = p.session().state(OpenInfo.class, OpenInfo::new);
        o.frame = p.number();
        o.open = text;
    }

    /** {@code col_append_str(COL_INFO, text)}: no separator. */
    public static void append(Packet p, String text) {
        OpenInfo o = p.session().state(OpenInfo.class, OpenInfo::new);
        if (o.frame == p.number() && o.open != null) {
            o.open.append(text);
        }
    }

    /**
     * show_exception's "[Malformed Packet]" for an exception a dissector caught, which its text
     * then holds where the exception happened: the summary adds none at the end of the frame.
     */
    public static String exceptionShown(Packet p, Truncated e) {
        p.session().state(OpenInfo.class, OpenInfo::new).markerFrame = p.number();
        return e.isContained() ? "[Malformed Packet: " + Expert.CONTAINED_TEXT + "]" : "[Malformed Packet]";
    }

    /** Whether a dissector put the malformed marker into its text for {@code p} ({@link #exceptionShown}). */
    public static boolean markerShown(Packet p) {
        return p.session().state(OpenInfo.class, OpenInfo::new).markerFrame == p.number();
    }

    /** Whether a text of {@code p}'s is open to appends. */
    public static boolean isOpen(Packet p) {
        OpenInfo o = p.session().state(OpenInfo.class, OpenInfo::new);
        return o.frame == p.number() && o.open != null;
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
