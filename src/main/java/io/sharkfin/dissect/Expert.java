package io.sharkfin.dissect;

import java.util.List;

/**
 * Wireshark's expert infos: the {@code _ws.expert} item a dissector hangs under one of its items
 * to say something about the packet ("DNS query retransmission. Original request in frame 21").
 *
 * <p>As in Wireshark, one expert info is a {@code _ws.expert} entry whose children are the
 * dissector's own filterable expert field (an {@link FieldType#NONE} field such as
 * {@code dns.retransmit_request}), {@code _ws.expert.message}, {@code _ws.expert.severity} and
 * {@code _ws.expert.group}. Severity and group are Wireshark's {@code PI_*} numbers, which is what
 * filters compare ({@code _ws.expert.severity == 6291456}).
 *
 * <p>A dissector that adds expert infos lists {@link #FIELDS} among its own fields, so that a
 * session needing {@code _ws.expert} runs it.
 */
public final class Expert {

    public static final FieldSpec EXPERT = FieldSpec.protocol("_ws.expert", "Expert Info")
            .inProtocol("_ws.expert");
    public static final FieldSpec MESSAGE = FieldSpec.of("_ws.expert.message", "Message",
            FieldType.STRING).inProtocol("_ws.expert").describe("Wireshark expert information");
    public static final FieldSpec GROUP = FieldSpec.of("_ws.expert.group", "Group",
            FieldType.UINT32).base("BASE_NONE").inProtocol("_ws.expert")
            .describe("Wireshark expert group");
    public static final FieldSpec SEVERITY = FieldSpec.of("_ws.expert.severity", "Severity level",
            FieldType.UINT32).base("BASE_NONE").inProtocol("_ws.expert")
            .describe("Wireshark expert severity level");

    /**
     * Wireshark's own expert for a string field whose bytes go on after a NUL ("Trailing stray
     * characters"); any dissector adding ASCII or UTF-8 string items can raise it.
     */
    public static final FieldSpec TRAILING_STRAY_CHARACTERS = FieldSpec.of(
            "_ws.string.trailing_stray_characters", "Trailing stray characters", FieldType.NONE)
            .inProtocol("_ws.string");

    /** The four {@code _ws.expert} names and the generic experts above. */
    public static final List<FieldSpec> FIELDS = List.of(EXPERT, MESSAGE, GROUP, SEVERITY,
            TRAILING_STRAY_CHARACTERS);

    /** Severity {@code PI_NOTE}. */
    public static final int NOTE = 0x00400000;
    /** Severity {@code PI_WARN}. */
    public static final int WARN = 0x00600000;
    /** Severity {@code PI_ERROR}. */
    public static final int ERROR = 0x00800000;

    /** Group {@code PI_UNDECODED}. */
    public static final int UNDECODED = 0x05000000;
    /** Group {@code PI_MALFORMED}: the packet also counts as malformed ({@code _ws.malformed}). */
    public static final int MALFORMED = 0x07000000;
    /** Group {@code PI_PROTOCOL}. */
    public static final int PROTOCOL = 0x09000000;

    private Expert() {
    }

    /** Whether adding an expert info of this kind would record anything in this packet. */
    public static boolean wanted(Packet p, FieldSpec info) {
        return p.wants(EXPERT) || p.wants(info) || p.wants(MESSAGE) || p.wants(SEVERITY)
                || p.wants(GROUP);
    }

    /**
     * Adds an expert info under entry {@code parent} (or under the current subtree when the
     * parent was not recorded). Group {@link #MALFORMED} also marks the packet malformed, as
     * Wireshark adds {@code _ws.malformed} for it. Like Wireshark's, the entries carry no packet
     * bytes (their span is empty).
     *
     * @param info     the dissector's expert field ({@link FieldType#NONE})
     * @param severity a {@code PI_*} severity such as {@link #WARN}
     * @param group    a {@code PI_*} group such as {@link #PROTOCOL}
     * @param message  the text of {@code _ws.expert.message}
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
