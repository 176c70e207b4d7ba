package io.sharkfin.dissect;

/**
 * Wireshark's DissectorError where sharkfin follows it on purpose: {@code call_dissector_work}
 * asserts that a frame has fewer protocol layers than {@code gui.max_tree_depth} (500) before it
 * calls one more dissector, and a frame that reaches them (a multipart body of hundreds of parts,
 * each part's dissector a layer) ends there. {@link Packet#call} throws it; the frame dissector
 * catches it at the top and shows it as tshark does. It carries no stack trace: hostile input,
 * not a bug here.
 */
public final class DissectorBug extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The assertion's words, as packet.c 4.0.17 reports them. */
    public static final String TOO_MANY_LAYERS =
            "./epan/packet.c:869: failed assertion \"saved_layers_len < prefs.gui_max_tree_depth\"";

    /** Wireshark's {@code pinfo->current_proto} when it failed: the protocol that made the call (null: the frame's). */
    private final transient Dissector caller;

    DissectorBug(Dissector caller, String message) {
        super(message, null, false, false);
        this.caller = caller;
    }

    /** The short name of the protocol that made the call. */
    public String protocolShortName() {
        return caller == null ? "Frame" : caller.shortName();
    }

    /** The protocol that made the call, or null for the frame's own dissection. */
    public FieldSpec callerProtocol() {
        return caller == null ? null : caller.protocol();
    }
}
