package io.sharkfin.dissect;

import java.util.List;

/**
 * Wireshark's expert information: notes, warnings and errors a dissector attaches to a field
 * ({@code _ws.expert}, {@code _ws.expert.message}, ...), and the error indications added when a
 * dissector runs out of data ({@code _ws.malformed}, {@code _ws.short}).
 *
 * <p>A dissector declares each of its expert infos once as an {@link Info} constant (the filter
 * name of the info is an {@link FieldType#NONE} field, e.g. {@code ip.ttl.too_small}), lists
 * {@link Info#field()} among its fields, and calls {@link #add} where Wireshark calls
 * {@code expert_add_info}. Expert infos sit on rare paths, so building their text may allocate;
 * nothing is built when no one wants any of the fields involved.
 */
public final class Expert {
    private Expert() {
    }

    /** Severity levels, with Wireshark's numbers ({@code _ws.expert.severity}). */
    public enum Severity {
        COMMENT(0x00100000, "Comment"),
        CHAT(0x00200000, "Chat"),
        NOTE(0x00400000, "Note"),
        WARN(0x00600000, "Warning"),
        ERROR(0x00800000, "Error");

        final int value;
        final String text;

        Severity(int value, String text) {
            this.value = value;
            this.text = text;
        }
    }

    /** Groups, with Wireshark's numbers ({@code _ws.expert.group}). */
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

        final int value;
        final String text;

        Group(int value, String text) {
            this.value = value;
            this.text = text;
        }
    }

    /**
     * One kind of expert information a dissector can add.
     *
     * @param field    its filter name, an {@link FieldType#NONE} field titled with the summary
     * @param group    what it is about
     * @param severity how bad it is
     * @param summary  the message when the dissector gives none
     */
    public record Info(FieldSpec field, Group group, Severity severity, String summary) {
        /** Declares an expert info; its field is named {@code name} and titled {@code summary}. */
        public static Info of(String name, Group group, Severity severity, String summary) {
            return new Info(FieldSpec.of(name, summary, FieldType.NONE), group, severity, summary);
        }
    }

    public static final FieldSpec EXPERT = FieldSpec.protocol("_ws.expert", "Expert Info");
    public static final FieldSpec MESSAGE =
            FieldSpec.of("_ws.expert.message", "Message", FieldType.STRING);
    public static final FieldSpec SEVERITY =
            FieldSpec.of("_ws.expert.severity", "Severity level", FieldType.UINT32).base("BASE_NONE");
    public static final FieldSpec GROUP =
            FieldSpec.of("_ws.expert.group", "Group", FieldType.UINT32).base("BASE_NONE");
    public static final FieldSpec MALFORMED = FieldSpec.protocol("_ws.malformed", "Malformed Packet");
    public static final FieldSpec SHORT = FieldSpec.protocol("_ws.short", "Short Frame");
    /** The expert info every malformed-packet indication carries. */
    public static final Info MALFORMED_EXCEPTION = Info.of("_ws.malformed.expert", Group.MALFORMED,
            Severity.ERROR, "Malformed Packet (Exception occurred)");

    /** The fields of this class, for registration with the standard dissectors. */
    public static final List<FieldSpec> FIELDS = List.of(EXPERT, MESSAGE, SEVERITY, GROUP,
            MALFORMED, MALFORMED_EXCEPTION.field(), SHORT);

    /** Adds {@code info} with its summary as message beneath tree item {@code item} (may be -1). */
    public static void add(Packet p, int item, Info info, int buf, int off) {
        add(p, item, info, buf, off, null);
    }

    /**
     * Adds {@code info} as Wireshark's {@code expert_add_info_format} does, beneath tree item
     * {@code item} (-1: beneath the current subtree): the {@code _ws.expert} item, the hidden
     * {@code _ws.malformed} for malformed-group infos, then beneath it the info's own field, the
     * message, severity and group.
     *
     * @param buf     buffer of the span the info is about
     * @param off     offset of that span
     * @param message the formatted message, or null for the info's summary
     */
    public static void add(Packet p, int item, Info info, int buf, int off, CharSequence message) {
        boolean malformed = info.group() == Group.MALFORMED;
        if (!p.wants(EXPERT) && !p.wants(info.field()) && !p.wants(MESSAGE) && !p.wants(SEVERITY)
                && !p.wants(GROUP) && !(malformed && p.wants(MALFORMED))) {
            return;
        }
        String text = message == null ? info.summary() : message.toString();
        int outer = p.openSubtree(item);
        int e = p.addNone(EXPERT, buf, off, 0);
        if (e >= 0) {
            p.setLabel(e, "Expert Info (" + info.severity().text + "/" + info.group().text + "): "
                    + text);
        }
        if (malformed) {
            p.addNone(MALFORMED, buf, off, 0);
        }
        int inner = p.openSubtree(e);
        p.addNone(info.field(), buf, off, 0);
        p.addComputedString(MESSAGE, buf, off, 0, text);
        p.addUInt(SEVERITY, buf, off, 0, info.severity().value);
        p.addUInt(GROUP, buf, off, 0, info.group().value);
        p.closeSubtree(inner);
        p.closeSubtree(outer);
    }

    /**
     * Adds the indication Wireshark shows when a dissector reads past its data: "[Malformed
     * Packet: X]" (past the reported length) or "[Packet size limited during capture: X
     * truncated]" (past the captured bytes).
     *
     * @param protocolShortName the short name of the protocol that ran out of data
     */
    static void exception(Packet p, Truncated t, String protocolShortName, int buf, int off) {
        if (t.isMalformed()) {
            if (!p.wants(MALFORMED) && !p.wants(EXPERT) && !p.wants(MALFORMED_EXCEPTION.field())
                    && !p.wants(MESSAGE) && !p.wants(SEVERITY) && !p.wants(GROUP)) {
                return;
            }
            int e = p.addNone(MALFORMED, buf, off, 0);
            if (e >= 0) {
                p.setLabel(e, "[Malformed Packet: " + protocolShortName + "]");
            }
            add(p, e, MALFORMED_EXCEPTION, buf, off);
        } else if (p.wants(SHORT)) {
            int e = p.addNone(SHORT, buf, off, 0);
            p.setLabel(e, "[Packet size limited during capture: " + protocolShortName
                    + " truncated]");
        }
    }
}
