package io.sharkfin.dissect.protocol;

import io.sharkfin.capture.Frame;
import io.sharkfin.capture.LinkType;
import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.DissectorBug;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldFormat;
import io.sharkfin.dissect.FieldGroup;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.FrameScreen;
import io.sharkfin.dissect.HeaderView;
import io.sharkfin.dissect.NsTime;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TextItems;

import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code frame} pseudo-protocol: capture metadata (number, times, lengths, interface) and the
 * hand-off to the link layer. frame.protocols is computed last, when every layer is known.
 */
public final class FrameDissector implements Dissector {

    public static final FieldSpec FRAME = FieldSpec.protocol("frame", "Frame");
    public static final FieldSpec SECTION_NUMBER =
            FieldSpec.of("frame.section_number", "Section number", FieldType.UINT32).base("BASE_DEC");
    public static final FieldSpec INTERFACE_ID =
            FieldSpec.of("frame.interface_id", "Interface id", FieldType.UINT32).base("BASE_DEC");
    public static final FieldSpec INTERFACE_NAME =
            FieldSpec.of("frame.interface_name", "Interface name", FieldType.STRING);
    public static final FieldSpec INTERFACE_DESCRIPTION =
            FieldSpec.of("frame.interface_description", "Interface description", FieldType.STRING);
    public static final FieldSpec ENCAP_TYPE =
            FieldSpec.of("frame.encap_type", "Encapsulation type", FieldType.INT16).base("BASE_DEC");
    public static final FieldSpec TIME =
            FieldSpec.of("frame.time", "Arrival Time", FieldType.ABSOLUTE_TIME);
    /** Wireshark's shift of the frame's time (the GUI's Time Shift); sharkfin shifts none: 0. */
    public static final FieldSpec OFFSET_SHIFT = FieldSpec.of("frame.offset_shift",
            "Time shift for this packet", FieldType.RELATIVE_TIME);
    public static final FieldSpec TIME_EPOCH =
            FieldSpec.of("frame.time_epoch", "Epoch Time", FieldType.RELATIVE_TIME);
    public static final FieldSpec TIME_DELTA = FieldSpec.of("frame.time_delta",
            "Time delta from previous captured frame", FieldType.RELATIVE_TIME);
    public static final FieldSpec TIME_DELTA_DISPLAYED = FieldSpec.of("frame.time_delta_displayed",
            "Time delta from previous displayed frame", FieldType.RELATIVE_TIME);
    public static final FieldSpec TIME_RELATIVE = FieldSpec.of("frame.time_relative",
            "Time since reference or first frame", FieldType.RELATIVE_TIME);
    public static final FieldSpec NUMBER =
            FieldSpec.of("frame.number", "Frame Number", FieldType.UINT32).base("BASE_DEC");
    public static final FieldSpec LEN =
            FieldSpec.of("frame.len", "Frame length on the wire", FieldType.UINT32).base("BASE_DEC");
    public static final FieldSpec CAP_LEN = FieldSpec.of("frame.cap_len",
            "Frame length stored into the capture file", FieldType.UINT32).base("BASE_DEC");
    public static final FieldSpec MARKED =
            FieldSpec.of("frame.marked", "Frame is marked", FieldType.BOOLEAN).base("0");
    public static final FieldSpec IGNORED =
            FieldSpec.of("frame.ignored", "Frame is ignored", FieldType.BOOLEAN).base("0");
    public static final FieldSpec PROTOCOLS =
            FieldSpec.of("frame.protocols", "Protocols in frame", FieldType.STRING);
    /** Where Wireshark puts a frame's comments: an item of their own, shown before the frame's. */
    public static final FieldSpec PKT_COMMENT = FieldSpec.protocol("pkt_comment", "Packet comments");
    public static final FieldSpec COMMENT = FieldSpec.of("frame.comment", "Comment", FieldType.STRING);
    /** The expert info Wireshark adds for each packet comment, with the comment as its message. */
    static final Expert.Info COMMENT_EXPERT = Expert.Info.of("frame.comment.expert", Expert.Group.COMMENTS,
            Expert.Severity.COMMENT, "Formatted comment");

    /** Fields read from the capture record's header alone, in the order they are added. */
    private static final List<FieldSpec> RECORD = List.of(SECTION_NUMBER, INTERFACE_ID, INTERFACE_NAME,
            INTERFACE_DESCRIPTION, ENCAP_TYPE, TIME, OFFSET_SHIFT, TIME_EPOCH, TIME_DELTA, TIME_DELTA_DISPLAYED, TIME_RELATIVE,
            NUMBER, LEN, CAP_LEN, MARKED, IGNORED);

    // the text items of every protocol are registered here, the first dissector of every frame
    private static final List<FieldSpec> FIELDS = Stream.concat(RECORD.stream(),
            Stream.of(PROTOCOLS, PKT_COMMENT, COMMENT, COMMENT_EXPERT.field(), TextItems.FIELD)).toList();

    /** The record's fields, skipped together when none is wanted. */
    private static final FieldGroup RECORD_FIELDS = FieldGroup.of(RECORD);
    /**
     * The ids of every field a packet gets from its capture record alone, not from its bytes
     * (known once the registry bound them; a session exists only after it did).
     */
    private static final class FromRecord {
        static final BitSet IDS = new BitSet();

        /** Those {@link #appendRecordField} prints. */
        static final BitSet PRINTED = new BitSet();

        static {
            FIELDS.stream().filter(f -> f != PROTOCOLS && f != TextItems.FIELD && f.id() >= 0)
                    .forEach(f -> IDS.set(f.id()));
            for (RecordField r : RecordField.values()) {
                if (r.spec.id() >= 0) {
                    PRINTED.set(r.spec.id());
                }
            }
        }

        private FromRecord() {
        }
    }
    /** The times among them, which cost divisions to compute. */
    private static final FieldGroup TIME_FIELDS = FieldGroup.of(TIME, OFFSET_SHIFT, TIME_EPOCH, TIME_DELTA,
            TIME_DELTA_DISPLAYED, TIME_RELATIVE);

    private final Dissectors dissectors;

    public FrameDissector(Dissectors dissectors) {
        this.dissectors = dissectors;
    }

    @Override
    public FieldSpec protocol() {
        return FRAME;
    }

    /** packet-*.c registers it under this short name, which error indications and expert taps quote. */
    @Override
    public String shortName() {
        return "Frame";
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    public FieldSpec protocolsField() {
        return PROTOCOLS;
    }

    /** Dissects a whole frame: the frame layer, then the link layer and everything above. */
    public void dissectFrame(Packet p) {
        // the layers below get the length on the wire, so that they tell a frame cut by the
        // snapshot length (short) from one whose headers claim more than was sent (malformed)
        try {
            p.call(this, Packet.FRAME_BUFFER, 0, p.reportedLength(Packet.FRAME_BUFFER));
        } catch (DissectorBug bug) {
            // dissect_frame's catch shows it; the postdissectors' call then fails on the same
            // assertion (the layers are still there), and shows it again
            Expert.dissectorBug(p, bug);
            Expert.dissectorBug(p, bug);
        }
        if (p.wants(PROTOCOLS) && p.passedBy() == null) {
            String protocols = p.protocols();
            // known only now, yet an item of the frame's subtree, as in Wireshark's tree
            int saved = p.openSubtree(p.first(FRAME.id()));
            p.addComputedString(PROTOCOLS, Packet.FRAME_BUFFER, 0, 0, protocols);
            p.closeSubtree(saved);
        }
    }

    /**
     * Whether every field of {@code fieldIds} comes from the capture record alone (frame number,
     * times, lengths, interface, encapsulation, comments): a packet holding them needs none of
     * its bytes dissected.
     */
    public static boolean recordOnly(BitSet fieldIds) {
        return allIn(fieldIds, FromRecord.IDS);
    }

    /** Whether {@link #appendRecordField} prints every field of {@code fieldIds}. */
    public static boolean printedFromRecord(BitSet fieldIds) {
        return allIn(fieldIds, FromRecord.PRINTED);
    }

    private static boolean allIn(BitSet fieldIds, BitSet set) {
        // asked for every frame a sieve passes: one bit test per field, nothing allocated
        for (int id = fieldIds.nextSetBit(0); id >= 0; id = fieldIds.nextSetBit(id + 1)) {
            if (!set.get(id)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The record's fields {@link #appendRecordField} prints: its numbers, times and flags but the
     * two deltas (they need the time of another frame, which the session moved past before the
     * caller prints); not the interface's name and description nor the comments (strings, which
     * the packet keeps as bytes and prints so).
     */
    public enum RecordField {
        NUMBER(FrameDissector.NUMBER), LEN(FrameDissector.LEN), CAP_LEN(FrameDissector.CAP_LEN),
        SECTION_NUMBER(FrameDissector.SECTION_NUMBER), INTERFACE_ID(FrameDissector.INTERFACE_ID),
        ENCAP_TYPE(FrameDissector.ENCAP_TYPE), TIME(FrameDissector.TIME), OFFSET_SHIFT(FrameDissector.OFFSET_SHIFT),
        TIME_EPOCH(FrameDissector.TIME_EPOCH), TIME_RELATIVE(FrameDissector.TIME_RELATIVE),
        MARKED(FrameDissector.MARKED), IGNORED(FrameDissector.IGNORED);

        private final FieldSpec spec;

        RecordField(FieldSpec spec) {
            this.spec = spec;
        }

        /** The one for the field with id {@code fieldId}, or null when it is not printed from the record. */
        public static RecordField of(int fieldId) {
            if (fieldId < 0) {
                return null;
            }
            for (RecordField r : values()) {
                if (r.spec.id() == fieldId) {
                    return r;
                }
            }
            return null;
        }
    }

    /**
     * Appends to {@code out} the text {@link FieldFormat} gives field {@code r} in the packet of
     * frame {@code f}, read from the capture record and the session that counted the frame, as
     * {@link #dissect} adds it; nothing when the frame has no such field.
     *
     * @return whether the frame has the field
     */
    public static boolean appendRecordField(RecordField r, Frame f, Session s, StringBuilder out) {
        switch (r) {
            case NUMBER -> out.append(f.number() & 0xffffffffL);
            case LEN -> out.append(f.originalLength() & 0xffffffffL);
            case CAP_LEN -> out.append(f.capturedLength() & 0xffffffffL);
            case SECTION_NUMBER -> {
                if (f.sectionNumber() <= 0) {
                    return false;
                }
                out.append(f.sectionNumber() & 0xffffffffL);
            }
            case INTERFACE_ID -> {
                if (!f.hasInterfaceId()) {
                    return false;
                }
                out.append(f.interfaceId() & 0xffffffffL);
            }
            case ENCAP_TYPE -> out.append(wtapEncap(f.linkType()));
            case TIME -> FieldFormat.appendAbsoluteTime(f.epochSeconds(), f.nanoOfSecond(), TIME.display(), out);
            case OFFSET_SHIFT -> FieldFormat.appendRelativeTime(0, 0, out);
            case TIME_EPOCH -> FieldFormat.appendRelativeTime(f.epochSeconds(), f.nanoOfSecond(), out);
            case TIME_RELATIVE -> FieldFormat.appendRelativeTime(
                    NsTime.deltaSeconds(f.epochSeconds(), f.nanoOfSecond(), s.firstSeconds(), s.firstNanos()),
                    NsTime.deltaNanos(f.epochSeconds(), f.nanoOfSecond(), s.firstSeconds(), s.firstNanos()), out);
            case MARKED, IGNORED -> out.append('0');
        }
        return true;
    }

    /**
     * The headers of the packet's frame when its dissection would add nothing but them and what
     * this dissector adds ({@link HeaderShortcut}), for a {@link io.sharkfin.dissect.Sieve};
     * null otherwise. The packet has been reset to the frame and nothing added yet.
     */
    public HeaderView headerView(Packet p) {
        Dissector link = dissectors.linkType.get(p.frame().linkType());
        if (link == null || !p.session().active(link)) {
            return null;
        }
        return HeaderShortcut.of(p.session()).view(p, dissectors, p.reportedLength(Packet.FRAME_BUFFER));
    }

    /**
     * The session's {@link FrameScreen}, its header pass's look at a frame's bytes before the
     * packet: {@link FrameScreen#NONE} when the pass is off, null until the session's first frame
     * with a sieve decided it ({@link #headerView}).
     */
    public FrameScreen screen(Session s) {
        return HeaderShortcut.of(s).screen();
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        Frame f = p.frame();
        var s = p.session();
        List<String> comments = f.comments();
        if (!comments.isEmpty()) {
            // packet-frame.c: the comments under an item of their own (the tree shows it first)
            int saved = p.openSubtree(p.addNone(PKT_COMMENT, buf, 0, 0));
            for (String comment : comments) {
                int item = p.addComputedString(COMMENT, buf, 0, 0, comment);
                if (Expert.wanted(p, COMMENT_EXPERT)) {
                    Expert.add(p, item, COMMENT_EXPERT, buf, 0, comment);
                }
            }
            p.closeSubtree(saved);
        }
        if (p.wantsAny(RECORD_FIELDS)) {
            addRecordFields(p, f, s, buf);
        }
        Dissector link = dissectors.linkType.get(f.linkType());
        if (link == null) {
            s.undissectedLinkType(f.linkType());
        }
        // a session that needs nothing from the link layer up skips it entirely, and so does a
        // packet the sieve passed for a reader of the record's fields alone (Session.select)
        if (link != null && s.active(link) && p.passedBy() == null
                && !HeaderShortcut.of(s).dissect(p, dissectors, length)) {
            p.call(link, buf, 0, length);
        }
        // a record without bytes is a frame all the same (tshark's frame.len == 0): never the
        // "not mine" of a 0, which would take its fields back
        return Math.max(length, 1);
    }

    private static void addRecordFields(Packet p, Frame f, Session s, int buf) {
        if (f.sectionNumber() > 0) {
            p.addUInt(SECTION_NUMBER, buf, 0, 0, f.sectionNumber());
        }
        if (f.hasInterfaceId()) {
            // the interface's name and description are items under its id, as in Wireshark's tree
            int saved = p.openSubtree(p.addUInt(INTERFACE_ID, buf, 0, 0, f.interfaceId()));
            p.addComputedString(INTERFACE_NAME, buf, 0, 0, interfaceShown(f));
            if (f.interfaceDescription() != null) {
                p.addComputedString(INTERFACE_DESCRIPTION, buf, 0, 0, f.interfaceDescription());
            }
            p.closeSubtree(saved);
        }
        p.addInt(ENCAP_TYPE, buf, 0, 0, wtapEncap(f.linkType()));
        if (p.wantsAny(TIME_FIELDS)) {
            long secs = f.epochSeconds();
            int nanos = f.nanoOfSecond();
            p.addTime(TIME, buf, 0, 0, secs, nanos);
            p.addTime(OFFSET_SHIFT, buf, 0, 0, 0, 0);
            p.addTime(TIME_EPOCH, buf, 0, 0, secs, nanos);
            addDelta(p, TIME_DELTA, buf, secs, nanos, s.previousSeconds(), s.previousNanos());
            addDelta(p, TIME_DELTA_DISPLAYED, buf, secs, nanos, s.displayedSeconds(), s.displayedNanos());
            addDelta(p, TIME_RELATIVE, buf, secs, nanos, s.firstSeconds(), s.firstNanos());
        }
        p.addUInt(NUMBER, buf, 0, 0, f.number());
        p.addUInt(LEN, buf, 0, 0, f.originalLength());
        p.addUInt(CAP_LEN, buf, 0, 0, f.capturedLength());
        p.addBoolean(MARKED, buf, 0, 0, false);
        p.addBoolean(IGNORED, buf, 0, 0, false);
    }

    /** A relative time {@code b - a}, exact however far apart the two are. */
    private static void addDelta(Packet p, FieldSpec f, int buf, long bSecs, int bNanos, long aSecs,
                                 int aNanos) {
        if (p.wants(f)) {
            p.addTime(f, buf, 0, 0, NsTime.deltaSeconds(bSecs, bNanos, aSecs, aNanos),
                    NsTime.deltaNanos(bSecs, bNanos, aSecs, aNanos));
        }
    }

    /**
     * "Frame 1: 122 bytes on wire (976 bits), 122 bytes captured (976 bits)", with " on
     * interface NAME, id N" when the capture names its interfaces.
     */
    @Override
    public String label(Packet p, int entry) {
        Frame f = p.frame();
        long wire = f.originalLength();
        long captured = f.capturedLength();
        String text = "Frame " + f.number() + ": " + wire + " bytes on wire (" + wire * 8 + " bits), "
                + captured + " bytes captured (" + captured * 8 + " bits)";
        return !f.hasInterfaceId() ? text
                : text + " on interface " + interfaceShown(f) + ", id " + f.interfaceId();
    }

    /** The interface's name as tshark shows it: "unknown" when the capture gives none. */
    private static String interfaceShown(Frame f) {
        return f.interfaceName() != null ? f.interfaceName() : "unknown";
    }

    /** Wireshark's WTAP_ENCAP number for a pcap link type (frame.encap_type). */
    public static int wtapEncap(int linkType) {
        return switch (linkType) {
            case LinkType.NULL -> 15;
            case LinkType.ETHERNET -> 1;
            // 12 is loopback only on OpenBSD; tshark elsewhere reads it as raw IP
            case LinkType.RAW, LinkType.RAW_12, LinkType.RAW_14 -> 7;
            case LinkType.LOOP -> 174;
            case LinkType.LINUX_SLL -> 25;
            case LinkType.LINUX_SLL2 -> 210;
            case LinkType.IPV4 -> 129;
            case LinkType.IPV6 -> 130;
            default -> 0;
        };
    }
}
