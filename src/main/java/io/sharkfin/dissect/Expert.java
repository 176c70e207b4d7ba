package io.sharkfin.dissect;

import java.util.List;

/**
 * Wireshark's expert information ({@code expert_add_info}): a finding a dissector reports about a
 * frame — a retransmission, a bad checksum, a DNS retransmission — and the error indications
 * added when a dissector runs out of data ({@code _ws.malformed}, {@code _ws.short}).
 *
 * <p>As in Wireshark, one finding is a {@code _ws.expert} entry whose children are the
 * dissector's own filterable field for it (an {@link FieldType#NONE} field such as
 * {@code tcp.analysis.retransmission}), {@code _ws.expert.message}, {@code _ws.expert.severity}
 * and {@code _ws.expert.group} — so both {@code tcp.analysis.retransmission} and
 * {@code _ws.expert.message contains "retrans"} match. Severity and group are Wireshark's
 * {@code PI_*} numbers, which is what filters compare.
 *
 * <p>A dissector declares each finding once as an {@link Info} constant, lists its field among
 * its own fields, and calls {@link #add} where Wireshark calls {@code expert_add_info}. Findings
 * sit on rare paths, so building their text may allocate; nothing is built when no one wants
 * any of the fields involved ({@link #wanted}).
 */
public final class Expert {
    private Expert() {
    }

    /** Wireshark's severity levels ({@code PI_CHAT} ...), with their numbers and labels. */
    public enum Severity {
        COMMENT(0x00100000, "Comment"),
        CHAT(0x00200000, "Chat"),
        NOTE(0x00400000, "Note"),
        WARN(0x00600000, "Warning"),
        ERROR(0x00800000, "Error");

        private final int value;
        private final String label;

        Severity(int value, String label) {
            this.value = value;
            this.label = label;
        }

        public int value() {
            return value;
        }

        public String label() {
            return label;
        }
    }

    /** Wireshark's expert groups ({@code PI_SEQUENCE} ...), with their numbers and labels. */
    public enum Group {
        CHECKSUM(0x01000000, "Checksum"),
        SEQUENCE(0x02000000, "Sequence"),
        RESPONSE_CODE(0x03000000, "Response"),
        REQUEST_CODE(0x04000000, "Request"),
        UNDECODED(0x05000000, "Undecoded"),
        REASSEMBLE(0x06000000, "Reassemble"),
        MALFORMED(0x07000000, "Malformed"),
        DEBUG(0x08000000, "Debug"),
        PROTOCOL(0x09000000, "Protocol"),
        SECURITY(0x0a000000, "Security"),
        COMMENTS(0x0b000000, "Comment"),
        DECRYPTION(0x0c000000, "Decryption"),
        ASSUMPTION(0x0d000000, "Assumption"),
        DEPRECATED(0x0e000000, "Deprecated");

        private final int value;
        private final String label;

        Group(int value, String label) {
            this.value = value;
            this.label = label;
        }

        public int value() {
            return value;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One kind of finding, as Wireshark registers it with {@code expert_register_field_array}.
     *
     * @param field    its filter field, an {@link FieldType#NONE} field titled with the message
     * @param group    what it is about
     * @param severity how bad it is
     * @param message  the message when the dissector gives none
     */
    public record Info(FieldSpec field, Group group, Severity severity, String message) {

        /** Declares a finding whose filter field is {@code name}. */
        public static Info of(String name, Group group, Severity severity, String message) {
            return new Info(FieldSpec.of(name, message, FieldType.NONE), group, severity, message);
        }

        /** The default message (Wireshark's "summary"). */
        public String summary() {
            return message;
        }
    }

    /** The expert-info pseudo-protocol. */
    public static final FieldSpec EXPERT = FieldSpec.protocol("_ws.expert", "Expert Info")
            .inProtocol("_ws.expert");

    public static final FieldSpec MESSAGE = FieldSpec.of("_ws.expert.message", "Message",
            FieldType.STRING).inProtocol("_ws.expert").describe("Wireshark expert information");
    public static final FieldSpec SEVERITY = FieldSpec.of("_ws.expert.severity", "Severity level",
            FieldType.UINT32).base("BASE_NONE").inProtocol("_ws.expert")
            .describe("Wireshark expert severity level");
    public static final FieldSpec GROUP = FieldSpec.of("_ws.expert.group", "Group",
            FieldType.UINT32).base("BASE_NONE").inProtocol("_ws.expert")
            .describe("Wireshark expert group");
    /** "[Malformed Packet: X]": a dissector read past the reported length of its data. */
    public static final FieldSpec MALFORMED = FieldSpec.protocol("_ws.malformed", "Malformed Packet");
    /** "[Packet size limited during capture]": a dissector read past the captured bytes. */
    public static final FieldSpec SHORT = FieldSpec.protocol("_ws.short", "Short Frame");
    /** The finding every malformed-packet indication carries. */
    public static final Info MALFORMED_EXCEPTION = malformed("_ws.malformed.expert",
            "Malformed Packet (Exception occurred)");
    /**
     * Wireshark's own finding for a string field whose bytes go on after a NUL ("Trailing stray
     * characters"); any dissector adding ASCII or UTF-8 string items can raise it.
     */
    public static final FieldSpec TRAILING_STRAY_CHARACTERS = FieldSpec.of(
            "_ws.string.trailing_stray_characters", "Trailing stray characters", FieldType.NONE)
            .inProtocol("_ws.string");

    /** show_exception's words for a read past a contained bound ({@link Truncated#CONTAINED}). */
    public static final String CONTAINED_TEXT = "length of contained item exceeds length of containing item";

    /** The finding of a dissector bug ({@link DissectorBug}), worded by its message. */
    public static final Info DISSECTOR_BUG = malformed("_ws.malformed.dissector_bug", "Dissector bug");
    public static final Info REASSEMBLY_ERROR = malformed("_ws.malformed.reassembly", "Reassembly error");

    /**
     * A finding of the "Malformed Packet" protocol, under which Wireshark registers it (its
     * parent, as tshark -G fields and the ek keys name it), not under its name's first segment.
     */
    private static Info malformed(String name, String message) {
        Info info = Info.of(name, Group.MALFORMED, Severity.ERROR, message);
        info.field().inProtocol("_ws.malformed");
        return info;
    }

    /** The fields of this class, for registration with the standard dissectors. */
    public static final List<FieldSpec> FIELDS = List.of(EXPERT, MESSAGE, SEVERITY, GROUP,
            MALFORMED, MALFORMED_EXCEPTION.field(), DISSECTOR_BUG.field(), REASSEMBLY_ERROR.field(), SHORT,
            TRAILING_STRAY_CHARACTERS);

    /**
     * Whether adding {@code info} would record anything; callers that build a message check this
     * first, so that dissecting allocates nothing when no one looks at expert infos.
     */
    public static boolean wanted(Packet p, Info info) {
        return wanted(p, info.field()) || (info.group() == Group.MALFORMED && p.wants(MALFORMED));
    }

    /** Whether adding a finding with this filter field would record anything. */
    public static boolean wanted(Packet p, FieldSpec info) {
        return p.wantsFindings() || p.wants(info);
    }

    /** Adds {@code info} with its default message beneath the current subtree. */
    public static void add(Packet p, Info info, int buf, int off) {
        add(p, -1, info, buf, off, null);
    }

    /** Adds {@code info} with a specific message beneath the current subtree. */
    public static void add(Packet p, Info info, CharSequence message, int buf, int off) {
        add(p, -1, info, buf, off, message);
    }

    /** Adds {@code info} with its default message beneath tree item {@code item} (may be -1). */
    public static void add(Packet p, int item, Info info, int buf, int off) {
        add(p, item, info, buf, off, null);
    }

    /**
     * Adds a finding whose severity and group depend on the case (DNS decides them per record),
     * beneath tree item {@code item} (-1: the current subtree).
     */
    public static void add(Packet p, int item, FieldSpec info, Severity severity, Group group,
                           CharSequence message) {
        add(p, item, new Info(info, group, severity, message.toString()), Packet.FRAME_BUFFER, 0, message);
    }

    /**
     * Wireshark's {@code proto_tree_add_expert}: a text item over {@code len} bytes at {@code off}
     * (cut to the captured bytes), worded as the finding's message, with the finding beneath it;
     * then, as there, a failure when the bytes are not all there. Returns the item, -1 when the
     * session records no text items (the finding is then added beneath the current subtree,
     * where it is wanted).
     */
    public static int addItem(Packet p, Info info, int buf, int off, int len) {
        return addItem(p, info, buf, off, len, null);
    }

    /**
     * Wireshark's {@code proto_tree_add_expert_format}: {@link #addItem(Packet, Info, int, int, int)}
     * with the item and the finding worded {@code message} (null: the finding's own).
     */
    public static int addItem(Packet p, Info info, int buf, int off, int len, String message) {
        int shown = Math.max(0, Math.min(len, p.bufferLength(buf) - off));
        int item = p.addText(buf, off, shown, message != null ? message : info.message(), false);
        add(p, item, info, buf, off, message);
        p.need(buf, off, len);
        return item;
    }

    /**
     * Adds {@code info} as Wireshark's {@code expert_add_info_format} does, beneath tree item
     * {@code item} (-1: beneath the current subtree): the {@code _ws.expert} item, the hidden
     * {@code _ws.malformed} for malformed-group findings (a finding does not make the frame
     * {@link Packet#malformed}: only a read past the data does, which tshark's Info column
     * marks "[Malformed Packet]"), then beneath it the finding's own field, the message, severity
     * and group.
     *
     * @param buf     buffer of the span the finding is about
     * @param off     offset of that span
     * @param message the formatted message, or null for the finding's default
     */
    public static void add(Packet p, int item, Info info, int buf, int off, CharSequence message) {
        Dissector d = p.currentDissector();
        add(p, d == null ? null : d.protocol(), item, info, buf, off, message);
    }

    /**
     * {@link #add(Packet, int, Info, int, int, CharSequence)} for a finding Wireshark raises in
     * another protocol's dissector than the one now running ({@code raiser}; null: the frame's):
     * packet-ethertype.c's, for the trailer after the protocol Ethernet handed its payload to.
     */
    public static void add(Packet p, FieldSpec raiser, int item, Info info, int buf, int off, CharSequence message) {
        boolean malformed = info.group() == Group.MALFORMED;
        if (!wanted(p, info)) {
            return;
        }
        // expert.c formats the message into a label's buffer: a longer one is cut there, unmarked;
        // only the subtree's label, which puts more before it, is then marked "[truncated]"
        String text = Strings.inBuffer(message == null ? info.message() : message.toString(), Labels.LENGTH);
        // a finding has no bytes of its own: it points at where it was raised, within the data
        off = Math.max(0, Math.min(off, p.bufferLength(buf)));
        int outer = p.openSubtree(item);
        int e = p.addNone(EXPERT, buf, off, 0);
        if (e >= 0) {
            p.setLabel(e, "Expert Info (" + info.severity().label() + "/" + info.group().label()
                    + "): " + text);
            // the item's number (a protocol's is its bytes) names who raised it and where, see raisedBy
            p.setNum(e, (raiser == null ? 0 : raiser.id() + 1) | (p.inErrorPacket() ? IN_ERROR_PACKET : 0));
        }
        if (malformed) {
            // expert.c's hidden filter item: only the indication of a read past the data shows
            p.hide(p.addNone(MALFORMED, buf, off, 0));
        }
        int inner = p.openSubtree(e);
        int own = p.addNone(info.field(), buf, off, 0);
        if (own >= 0 && p.wantsText()) {
            p.setLabel(own, text); // the tree shows the finding's own item as its message
        }
        p.addComputedString(MESSAGE, buf, off, 0, text);
        p.addUInt(SEVERITY, buf, off, 0, info.severity().value());
        p.addUInt(GROUP, buf, off, 0, info.group().value());
        p.closeSubtree(inner);
        p.closeSubtree(outer);
    }

    private static final long IN_ERROR_PACKET = 1L << 40;

    /**
     * Whether the finding of {@code _ws.expert} item {@code e} was raised in the packet an ICMP
     * error quotes, which Wireshark's taps do not see (tap.c's TAP_PACKET_IS_ERROR_PACKET).
     */
    public static boolean raisedInErrorPacket(Packet p, int e) {
        return (p.num(e) & IN_ERROR_PACKET) != 0;
    }

    /**
     * The short name of the protocol whose dissector raised the finding of {@code _ws.expert}
     * item {@code e}, Wireshark's {@code expert_info_t.protocol} ("TCP", "DNS"; "Frame" for the
     * frame's own findings).
     */
    public static String raisedBy(Packet p, int e) {
        long id = (p.num(e) & ~IN_ERROR_PACKET) - 1;
        if (id < 0) {
            return "Frame";
        }
        FieldDef def = p.registry().byId((int) id);
        Dissector d = p.session() == null ? null : p.session().dissectors().byName(def.name());
        // a layer without a dissector of its own (ethertype) is titled with its short name
        return d != null ? d.shortName() : def.title();
    }

    /**
     * Adds what {@code show_exception} shows for a ReassemblyError, which ends the frame's
     * dissection: at the top of the tree "[Reassembly error, protocol X: message]" with the
     * finding worded by the message, and the same words in the Info column; the frame is malformed.
     */
    public static void reassemblyError(Packet p, String message) {
        Dissector current = p.currentDissector();
        String text = "[Reassembly error, protocol " + (current == null ? "Frame" : current.shortName()) + ": "
                + message + "]";
        p.markMalformed(text);
        showAtRoot(p, current == null ? null : current.protocol(), REASSEMBLY_ERROR, text, message);
    }

    /**
     * Adds what {@code show_exception} shows for a DissectorError, at the top of the tree: "[Dissector
     * bug, protocol X: message]" with the finding worded by the message; the frame is malformed.
     */
    public static void dissectorBug(Packet p, DissectorBug bug) {
        p.markMalformed();
        showAtRoot(p, bug.callerProtocol(), DISSECTOR_BUG,
                "[Dissector bug, protocol " + bug.protocolShortName() + ": " + bug.getMessage() + "]", bug.getMessage());
    }

    /**
     * show_exception's item for an error it words itself: a {@code _ws.malformed} item at the top
     * of the tree worded {@code label}, with finding {@code info} beneath it worded {@code message}.
     */
    private static void showAtRoot(Packet p, FieldSpec raiser, Info info, String label, String message) {
        if (!p.wants(MALFORMED) && !wanted(p, info)) {
            return;
        }
        int saved = p.openRoot();
        try {
            int e = p.addNone(MALFORMED, Packet.FRAME_BUFFER, 0, 0);
            if (e >= 0) {
                p.setLabel(e, label);
            }
            add(p, raiser, e, info, Packet.FRAME_BUFFER, 0, message);
        } finally {
            p.closeSubtree(saved);
        }
    }

    /**
     * Adds the indication Wireshark shows when a dissector reads past its data: "[Malformed
     * Packet: X]" (past the reported length) or "[Packet size limited during capture: X
     * truncated]" (past the captured bytes).
     *
     * @param protocolShortName the short name of the protocol that ran out of data
     */
    static void exception(Packet p, Truncated t, String protocolShortName, int buf, int off) {
        off = Math.max(0, Math.min(off, p.bufferLength(buf)));
        if (t.isMalformed()) {
            if (!p.wants(MALFORMED) && !p.wants(EXPERT) && !p.wants(MALFORMED_EXCEPTION.field())
                    && !p.wants(MESSAGE) && !p.wants(SEVERITY) && !p.wants(GROUP)) {
                return;
            }
            int e = p.addNone(MALFORMED, buf, off, 0);
            if (e >= 0) {
                p.setLabel(e, "[Malformed Packet: " + protocolShortName
                        + (t.isContained() ? ": " + CONTAINED_TEXT + "]" : "]"));
            }
            add(p, e, MALFORMED_EXCEPTION, buf, off);
        } else if (p.wants(SHORT)) {
            int e = p.addNone(SHORT, buf, off, 0);
            p.setLabel(e, "[Packet size limited during capture: " + protocolShortName
                    + " truncated]");
        }
    }
}
