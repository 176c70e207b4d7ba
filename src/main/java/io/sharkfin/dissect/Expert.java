package io.sharkfin.dissect;

import java.util.List;

/**
 * Wireshark's expert information ({@code expert_add_info}): a finding a dissector reports about a
 * frame, such as a retransmission or a bad checksum. Each finding adds, below the item it is about,
 * an {@code _ws.expert} entry with its message, severity and group, and, when the finding has a
 * filter name of its own ({@code tcp.analysis.retransmission}), an entry of that field, so that
 * both {@code _ws.expert.message contains "retrans"} and {@code tcp.analysis.retransmission} match.
 *
 * <p>A finding is declared once as an {@link Info} constant next to the dissector's fields and
 * reported with {@link #add}.
 */
public final class Expert {

    /** The expert-info pseudo-protocol. */
    public static final FieldSpec EXPERT = FieldSpec.protocol("_ws.expert", "Expert Info");
    public static final FieldSpec MESSAGE =
            FieldSpec.of("_ws.expert.message", "Message", FieldType.STRING).inProtocol("_ws.expert");
    public static final FieldSpec SEVERITY = FieldSpec.of("_ws.expert.severity", "Severity level",
            FieldType.UINT32).base("BASE_NONE").inProtocol("_ws.expert");
    public static final FieldSpec GROUP = FieldSpec.of("_ws.expert.group", "Group",
            FieldType.UINT32).base("BASE_NONE").inProtocol("_ws.expert");

    /**
     * Wireshark's own expert for a string field whose bytes go on after a NUL ("Trailing stray
     * characters"); any dissector adding ASCII or UTF-8 string items can raise it.
     */
    public static final FieldSpec TRAILING_STRAY_CHARACTERS = FieldSpec.of(
            "_ws.string.trailing_stray_characters", "Trailing stray characters", FieldType.NONE)
            .inProtocol("_ws.string");

    /** The pseudo-protocol's fields and the generic experts, for {@link Dissectors#addFields}. */
    public static final List<FieldSpec> FIELDS = List.of(EXPERT, MESSAGE, SEVERITY, GROUP,
            TRAILING_STRAY_CHARACTERS);

    /** Severity {@code PI_NOTE}, for the int-valued {@link #add(Packet, int, FieldSpec, int, int, CharSequence)}. */
    public static final int NOTE = Severity.NOTE.value();
    /** Severity {@code PI_WARN}. */
    public static final int WARN = Severity.WARN.value();
    /** Severity {@code PI_ERROR}. */
    public static final int ERROR = Severity.ERROR.value();
    /** Group {@code PI_UNDECODED}. */
    public static final int UNDECODED = Group.UNDECODED.value();
    /** Group {@code PI_MALFORMED}: the packet also counts as malformed. */
    public static final int MALFORMED = Group.MALFORMED.value();
    /** Group {@code PI_PROTOCOL}. */
    public static final int PROTOCOL = Group.PROTOCOL.value();

    private Expert() {
    }

    /** Wireshark's severity levels ({@code PI_CHAT} ...), with their numeric values. */
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

    /** Wireshark's expert groups ({@code PI_SEQUENCE} ...), with their numeric values. */
    public enum Group {
        CHECKSUM(0x01000000, "Checksum"),
        SEQUENCE(0x02000000, "Sequence"),
        RESPONSE_CODE(0x03000000, "Response code"),
        REQUEST_CODE(0x04000000, "Request code"),
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
     * One kind of finding, as Wireshark registers it with {@code expert_register_field_array}:
     * its filter field (an {@link FieldType#NONE} field named after the finding), group,
     * severity and default message.
     */
    public record Info(FieldSpec field, Group group, Severity severity, String message) {

        /** Declares a finding whose filter field is {@code name}. */
        public static Info of(String name, Group group, Severity severity, String message) {
            return new Info(FieldSpec.of(name, message, FieldType.NONE), group, severity, message);
        }
    }

    /**
     * Whether recording a finding can matter: its own field or one of the {@code _ws.expert}
     * fields is wanted.
     */
    public static boolean wanted(Packet p, Info info) {
        return p.wants(info.field()) || p.wants(EXPERT) || p.wants(MESSAGE) || p.wants(SEVERITY)
                || p.wants(GROUP);
    }

    /**
     * Reports a finding with its default message, below the current tree position. The entries
     * have no bytes of their own; {@code buf}/{@code off} only anchor them.
     */
    public static void add(Packet p, Info info, int buf, int off) {
        add(p, info, info.message(), buf, off);
    }

    /**
     * Reports a finding with a specific message. The entries go below the current tree position
     * (open the item the finding is about with {@link Packet#openSubtree} to hang them there).
     * As in Wireshark, the {@code _ws.expert} entry has no value of its own; its label,
     * {@code Expert Info (Severity/Group): message}, follows from its children.
     */
    public static void add(Packet p, Info info, String message, int buf, int off) {
        if (!wanted(p, info)) {
            return;
        }
        int e = p.addNone(EXPERT, buf, off, 0);
        int saved = p.openSubtree(e);
        p.addNone(info.field(), buf, off, 0);
        p.addComputedString(MESSAGE, buf, off, 0, message);
        p.addUInt(SEVERITY, buf, off, 0, info.severity().value());
        p.addUInt(GROUP, buf, off, 0, info.group().value());
        p.closeSubtree(saved);
    }

    /** Whether adding an expert info of this kind would record anything in this packet. */
    public static boolean wanted(Packet p, FieldSpec info) {
        return p.wants(EXPERT) || p.wants(info) || p.wants(MESSAGE) || p.wants(SEVERITY)
                || p.wants(GROUP);
    }

    /**
     * Adds an expert info under entry {@code parent} (or under the current subtree when the
     * parent was not recorded), for findings whose severity and group depend on the case (DNS).
     * Group {@link #MALFORMED} also marks the packet malformed, as Wireshark adds
     * {@code _ws.malformed} for it. The entries carry no packet bytes.
     */
    public static void add(Packet p, int parent, FieldSpec info, int severity, int group,
                           CharSequence message) {
        if (group == MALFORMED) {
            p.markMalformed();
        }
        if (!wanted(p, info)) {
            return;
        }
        int buf = Packet.FRAME_BUFFER;
        int outer = p.openSubtree(parent);
        int e = p.addNone(EXPERT, buf, 0, 0);
        int inner = p.openSubtree(e);
        p.addNone(info, buf, 0, 0);
        p.addComputedString(MESSAGE, buf, 0, 0, message);
        p.addUInt(SEVERITY, buf, 0, 0, severity);
        p.addUInt(GROUP, buf, 0, 0, group);
        p.closeSubtree(inner);
        p.closeSubtree(outer);
    }
}
