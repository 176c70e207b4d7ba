package io.sharkfin.dissect.protocol.x509;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.Expert.Group;
import io.sharkfin.dissect.Expert.Info;
import io.sharkfin.dissect.Expert.Severity;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;

import java.util.List;
import java.util.function.Supplier;

/**
 * The findings of Wireshark's BER helpers that the walks here raise (malformed-group warnings,
 * which add the hidden {@code _ws.malformed} but, not being a read past the data, leave the frame
 * without "[Malformed Packet]"): so far those of {@code dissect_ber_GeneralizedTime}; and the
 * items its BIT STRING helper adds beside the value. The other
 * BER errors (wrong field in a SEQUENCE, choice not found, ...) are not reported.
 */
final class BerExperts {
    private BerExperts() {
    }

    static final Info EXPECTED_GENERALIZED_TIME = Info.of("ber.error.expected.generalized_time", Group.MALFORMED,
            Severity.WARN, "BER Error: GeneralizedTime expected");
    static final Info LENGTH = Info.of("ber.error.length", Group.MALFORMED, Severity.WARN,
            "BER Error: length is not valid");
    static final Info INVALID_GENERALIZED_TIME = Info.of("ber.error.invalid_format.generalized_time",
            Group.MALFORMED, Severity.WARN, "BER Error: GeneralizedTime invalid format");
    static final Info SEQUENCE_FIELD_WRONG = Info.of("ber.error.sequence.field_wrong", Group.MALFORMED,
            Severity.WARN, "BER Error: Wrong field in SEQUENCE");
    static final Info UNKNOWN_FIELD_SEQUENCE = Info.of("ber.error.unknown_field.sequence", Group.MALFORMED,
            Severity.WARN, "BER Error: Unknown field in Sequence");

    /** packet-ber.c's items of a BIT STRING: its count of unused bits, and the mark of an empty one. */
    static final FieldSpec BITSTRING_PADDING = FieldSpec.of("ber.bitstring.padding", "Padding", FieldType.UINT8)
            .base("BASE_DEC");
    static final FieldSpec BITSTRING_EMPTY = FieldSpec.of("ber.bitstring.empty", "Empty", FieldType.UINT8)
            .base("BASE_DEC");

    /** Their filter fields. */
    static final List<FieldSpec> FIELDS = List.of(EXPECTED_GENERALIZED_TIME.field(), LENGTH.field(),
            INVALID_GENERALIZED_TIME.field(), SEQUENCE_FIELD_WRONG.field(), UNKNOWN_FIELD_SEQUENCE.field(),
            BITSTRING_PADDING, BITSTRING_EMPTY);

    private static final String[] CLASSES = {"UNIVERSAL", "APPLICATION", "CONTEXT", "PRIVATE"};

    /** An element that should have been a GeneralizedTime. */
    static void expectedGeneralizedTime(Packet p, int buf, Ber el) {
        report(p, EXPECTED_GENERALIZED_TIME, buf, el.start, () -> "BER Error: GeneralizedTime expected but class:"
                + CLASSES[el.tagClass] + "(" + el.tagClass + ") " + (el.constructed ? "constructed" : "primitive")
                + " tag:" + el.tag + " was unexpected");
    }

    /** A GeneralizedTime of under 12 or over 29 characters. */
    static void generalizedTimeLength(Packet p, int buf, Ber el) {
        report(p, LENGTH, buf, el.start, () -> "BER Error: GeneralizedTime invalid length: " + el.length);
    }

    /** A GeneralizedTime that is not a time; {@code text} as Wireshark quotes it. */
    static void invalidGeneralizedTime(Packet p, int buf, Ber el, Supplier<String> text) {
        report(p, INVALID_GENERALIZED_TIME, buf, el.contents, () -> "BER Error: GeneralizedTime invalid format: " + text.get());
    }

    /** packet-ber.c's names of the universal tags ({@code ber_uni_tag_codes}), by number. */
    private static final String[] UNIVERSAL_TAGS = {"'end-of-content'", "BOOLEAN", "INTEGER", "BIT STRING",
        "OCTET STRING", "NULL", "OBJECT IDENTIFIER", "ObjectDescriptor", "EXTERNAL", "REAL", "ENUMERATED",
        "EMBEDDED PDV", "UTF8String", "RELATIVE-OID", "Reserved for future editions",
        "Reserved for future editions", "SEQUENCE", "SET", "NumericString", "PrintableString",
        "TeletexString, T61String", "VideotexString", "IA5String", "UTCTime", "GeneralizedTime",
        "GraphicString", "VisibleString, ISO64String", "GeneralString", "UniversalString",
        "CHARACTER STRING", "BMPString", "Continued"};

    /**
     * An element of a SEQUENCE where a mandatory component of another tag was due: an item over
     * its identifier ({@code proto_tree_add_expert_format}), worded with both tags.
     */
    static void wrongField(Packet p, int buf, Ber el, int identifierLength, int expectedClass, int expectedTag) {
        if (!Expert.wanted(p, SEQUENCE_FIELD_WRONG) && !p.wantsText()) {
            return;
        }
        String expected = CLASSES[expectedClass] + "(" + expectedClass + ") tag:" + expectedTag
                + (expectedClass == Ber.UNIVERSAL ? " (" + universalTag(expectedTag) + ")" : "");
        Expert.addItem(p, SEQUENCE_FIELD_WRONG, buf, el.start, identifierLength,
                "BER Error: Wrong field in SEQUENCE: expected class:" + expected + " but found class:"
                        + CLASSES[el.tagClass] + "(" + el.tagClass + ") tag:" + el.tag);
    }

    /**
     * An element past a SEQUENCE's last component: an item from it to the end of the data (the
     * captured data: Wireshark's length -1, which fails nothing).
     */
    static void beyondSequence(Packet p, int buf, Ber el, int end) {
        if (!Expert.wanted(p, UNKNOWN_FIELD_SEQUENCE) && !p.wantsText()) {
            return;
        }
        int captured = Math.max(0, Math.min(end, p.bufferLength(buf)) - el.start);
        Expert.addItem(p, UNKNOWN_FIELD_SEQUENCE, buf, el.start, captured,
                "BER Error: This field lies beyond the end of the known sequence definition.");
    }

    /** A SEQUENCE whose elements end {@code excess} bytes past it, at {@code end}: an item over the two bytes before. */
    static void sequenceTooLong(Packet p, int buf, int end, long excess) {
        if (!Expert.wanted(p, LENGTH) && !p.wantsText()) {
            return;
        }
        Expert.addItem(p, LENGTH, buf, end - 2, 2, "BER Error: SEQUENCE is " + excess + " too many bytes long");
    }

    private static String universalTag(int tag) {
        return tag >= 0 && tag < UNIVERSAL_TAGS.length ? UNIVERSAL_TAGS[tag] : "Unknown";
    }

    /**
     * The message is built only when someone looks at expert infos. Nothing else changes when no
     * one does: a finding does not mark the packet ({@link Expert#add}), so a session that wants
     * few fields sees the frame as one that wants them all.
     */
    private static void report(Packet p, Info info, int buf, int off, Supplier<String> message) {
        if (Expert.wanted(p, info)) {
            Expert.add(p, info, message.get(), buf, off);
        }
    }
}
