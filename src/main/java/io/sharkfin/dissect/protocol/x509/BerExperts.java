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

    /** packet-ber.c's items of a BIT STRING: its count of unused bits, and the mark of an empty one. */
    static final FieldSpec BITSTRING_PADDING = FieldSpec.of("ber.bitstring.padding", "Padding", FieldType.UINT8)
            .base("BASE_DEC");
    static final FieldSpec BITSTRING_EMPTY = FieldSpec.of("ber.bitstring.empty", "Empty", FieldType.UINT8)
            .base("BASE_DEC");

    /** Their filter fields. */
    static final List<FieldSpec> FIELDS = List.of(EXPECTED_GENERALIZED_TIME.field(), LENGTH.field(),
            INVALID_GENERALIZED_TIME.field(), BITSTRING_PADDING, BITSTRING_EMPTY);

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
