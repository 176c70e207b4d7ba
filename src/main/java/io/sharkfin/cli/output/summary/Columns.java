package io.sharkfin.cli.output.summary;

import io.sharkfin.dissect.Truncated;

import java.nio.charset.StandardCharsets;

/**
 * The Source, Destination, Protocol and Info columns of one frame while its layers write them,
 * with the rules of Wireshark's column API that decide what a layer's write does: a
 * <em>fence</em> protects the start of the Info text from later clears and sets (TCP's analysis
 * notes, a PDU before the next one in a segment), and a column made <em>unwritable</em> ignores
 * writes (the datagram quoted in an ICMP error must not overwrite the error's columns).
 */
public final class Columns {

    /** Wireshark's limit on the Info text (bytes, with the terminating NUL). */
    private static final int INFO_LIMIT = 4096;

    private String protocol = "";
    private boolean protocolWritable = true;
    private final StringBuilder info = new StringBuilder();
    private int fence;
    // the Info text was last set to a constant (col_set_str): a clear then keeps it if fenced
    private boolean infoConstant;
    // col_set_writable(cinfo, -1, ...): every column; an error packet's quoted datagram writes none
    private boolean writable = true;
    // depth of suspensions (quoted datagrams of ICMP errors, QUIC's TLS): they write no column
    private int errorDepth;
    private String source = "";
    private String destination = "";
    // how the pass that wrote the columns ended, when a writer replayed it: see endedWith
    private boolean endingKnown;
    private Truncated ending;

    /** Starts a new frame. */
    void reset() {
        protocol = "";
        protocolWritable = true;
        info.setLength(0);
        fence = 0;
        infoConstant = false;
        writable = true;
        errorDepth = 0;
        source = "";
        destination = "";
        endingKnown = false;
        ending = null;
    }

    public String protocol() {
        return protocol;
    }

    /** The Info text, cut to Wireshark's limit. */
    public String info() {
        String text = info.toString();
        if (text.length() * 3 < INFO_LIMIT) {
            return text; // within the limit whatever the characters: no need to encode
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length < INFO_LIMIT) {
            return text;
        }
        int end = INFO_LIMIT - 1;
        // do not split a character
        while (end > 0 && (utf8[end] & 0xc0) == 0x80) {
            end--;
        }
        return new String(utf8, 0, end, StandardCharsets.UTF_8);
    }

    public String source() {
        return source;
    }

    public String destination() {
        return destination;
    }

    /** Sets the Protocol column. */
    public void setProtocol(String text) {
        if (writable && protocolWritable) {
            protocol = text;
        }
    }

    /** Appends to the Protocol column, after {@code separator} when it is not empty ({@code HTTP/JSON}). */
    public void appendProtocol(String separator, String text) {
        if (writable && protocolWritable) {
            protocol = protocol.isEmpty() || separator == null ? protocol + text : protocol + separator + text;
        }
    }

    /** Whether the Protocol column takes writes of its own ({@code col_set_writable(cinfo, COL_PROTOCOL, ...)}). */
    public boolean protocolWritable() {
        return protocolWritable;
    }

    public void protocolWritable(boolean value) {
        protocolWritable = value;
    }

    /** The source and destination address columns. */
    public void setAddresses(String src, String dst) {
        if (writable) {
            source = src == null ? "" : src;
            destination = dst == null ? "" : dst;
        }
    }

    /** Empties the Info text after the fence (a constant text behind a fence stays, as in Wireshark). */
    public void clearInfo() {
        if (!writable) {
            return;
        }
        if (!infoConstant || fence == 0) {
            info.setLength(fence);
            infoConstant = false;
        }
    }

    /** Replaces the Info text after the fence by a computed text ({@code col_add_str}). */
    public void setInfo(String text) {
        if (writable) {
            info.setLength(fence);
            info.append(text);
            infoConstant = false;
        }
    }

    /** Replaces the Info text after the fence by a constant text ({@code col_set_str}). */
    public void setInfoConstant(String text) {
        if (writable) {
            info.setLength(fence);
            info.append(text);
            infoConstant = fence == 0;
        }
    }

    /** Appends to the Info text. */
    public void appendInfo(String text) {
        if (writable) {
            info.append(text);
            infoConstant = false;
        }
    }

    /**
     * Appends to the Info text, after {@code separator} when the text is not empty (Wireshark
     * looks at the whole text, fenced part included).
     */
    public void appendInfo(String separator, String text) {
        if (writable) {
            if (!info.isEmpty()) {
                info.append(separator);
            }
            info.append(text);
            infoConstant = false;
        }
    }

    /** Puts {@code text} before the Info text and the fence after it ({@code col_prepend_fence_fstr}). */
    public void prependInfoFenced(String text) {
        if (writable) {
            info.insert(0, text);
            fence = fence > 0 ? fence + text.length() : text.length();
            infoConstant = false;
        }
    }

    /** Puts {@code text} before the Info text, moving a fence along ({@code col_prepend_fstr}). */
    public void prependInfo(String text) {
        if (writable) {
            info.insert(0, text);
            if (fence > 0) {
                fence += text.length();
            }
            infoConstant = false;
        }
    }

    /** Sets the fence at the end of the Info text. */
    public void fenceInfo() {
        if (writable) {
            fence = info.length();
        }
    }

    /**
     * Says how the dissection that wrote these columns ended (null: without an exception), for a
     * writer that replays its dissector's column pass: tshark writes its summary lines in a pass
     * that builds no tree, and such a pass can fail where the tree did not, or get through where
     * the tree failed. The frame's "[Malformed Packet]" then follows this instead of the tree's.
     */
    public void endedWith(Truncated exception) {
        endingKnown = true;
        ending = exception;
    }

    /** Whether a writer said how the column pass ended ({@link #endedWith}). */
    boolean endingKnown() {
        return endingKnown;
    }

    /** The exception a writer said ended the column pass, or null. */
    Truncated ending() {
        return ending;
    }

    /** Whether the columns take writes at all. */
    public boolean writable() {
        return writable;
    }

    /** Makes the columns take writes or ignore them ({@code col_set_writable(cinfo, -1, ...)}). */
    public void writable(boolean value) {
        writable = value && errorDepth == 0;
    }

    /**
     * Stops every column from changing until {@link #resume}: the datagram an ICMP error quotes
     * (Wireshark keeps the columns of the error, addresses included), the TLS handshake QUIC
     * carries. Nests.
     */
    public void suspend() {
        errorDepth++;
        writable = false;
    }

    /** Ends the innermost {@link #suspend}. */
    public void resume() {
        if (errorDepth > 0 && --errorDepth == 0) {
            writable = true;
        }
    }
}
