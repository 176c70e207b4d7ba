package io.sharkfin.dissect.protocol.x509;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

/**
 * SEQUENCE, SEQUENCE OF and CHOICE walked from a schema the way Wireshark's
 * {@code dissect_ber_sequence}, {@code dissect_ber_sequence_of} and {@code dissect_ber_choice}
 * walk them: each element of the data is matched with the next component of the schema; an
 * optional component whose tag does not match is skipped, a mandatory one is given up together
 * with the element ("Wrong field in SEQUENCE"), an element past the schema is skipped ("lies
 * beyond the end of the known sequence definition"), both reported as Wireshark's malformed-group
 * findings, which do not end the walk, and an explicitly tagged component is
 * dissected from inside its tag. Elements are read with {@link Ber#readClamped}, as Wireshark
 * reads them: one that claims more than its container holds is cut there, the walk steps past
 * what it claims, and a header beyond the data throws {@link BerException} out of the structure
 * it is in (Wireshark's bounds error).
 */
public final class BerSequence {
    private BerSequence() {
    }

    /** What dissects one component (its element, or what is inside an explicit tag). */
    @FunctionalInterface
    public interface Handler {
        void dissect(Packet p, int buf, Ber el);
    }

    /**
     * One component of a SEQUENCE or alternative of a CHOICE: the tag it has ({@code tag} -1:
     * any, for an untagged CHOICE), whether it may be absent, whether its tag is an explicit one
     * around the type, and the value a CHOICE item takes for it.
     */
    public record Component(int tagClass, int tag, boolean optional, boolean explicit, int choice, Handler handler) {
        /** A mandatory universal component. */
        public static Component of(int universalTag, Handler h) {
            return new Component(Ber.UNIVERSAL, universalTag, false, false, 0, h);
        }

        /** A mandatory untagged CHOICE (any tag: the choice looks at it). */
        public static Component anyTag(Handler h) {
            return new Component(Ber.UNIVERSAL, -1, false, false, 0, h);
        }

        /** An optional {@code [n] EXPLICIT} component. */
        public static Component optionalExplicit(int contextTag, Handler h) {
            return new Component(Ber.CONTEXT, contextTag, true, true, 0, h);
        }

        /** A mandatory {@code [n] EXPLICIT} component. */
        public static Component explicit(int contextTag, Handler h) {
            return new Component(Ber.CONTEXT, contextTag, false, true, 0, h);
        }

        /** A CHOICE alternative {@code [n]}, explicit or implicit, whose CHOICE value is {@code choice}. */
        public static Component alternative(int contextTag, boolean explicit, int choice, Handler h) {
            return new Component(Ber.CONTEXT, contextTag, false, explicit, choice, h);
        }

        boolean matches(Ber el) {
            return tag < 0 || (tagClass == el.tagClass && tag == el.tag);
        }
    }

    /**
     * A SEQUENCE: the element item {@code item} (none when null) over it, then its components
     * inside. With {@code implicit}, the tag is not checked (an {@code IMPLICIT} tag replaced it);
     * otherwise an element that is not a constructed universal SEQUENCE (nor of application or
     * private class) has the item but no components, as Wireshark's "Sequence expected" error.
     */
    public static void sequence(Packet p, int buf, Ber el, FieldSpec item, boolean implicit, Component... components) {
        int e = item == null ? -1 : p.addNone(item, buf, el.start, el.span());
        if (!implicit && !isSequence(el)) {
            return;
        }
        int saved = p.openSubtree(e);
        try {
            walk(p, buf, el, components);
        } finally {
            p.closeSubtree(saved);
        }
    }

    private static void walk(Packet p, int buf, Ber seq, Component[] components) {
        int next = 0;
        long o = seq.contents;
        while (o < seq.next()) {
            int at = start(o, seq);
            Ber el = Ber.readClamped(p, buf, at, seq.end());
            boolean placed = false;
            while (next < components.length) {
                Component c = components[next++];
                if (c.matches(el)) {
                    c.handler().dissect(p, buf, c.explicit() ? inside(p, buf, el) : el);
                    placed = true;
                    break;
                }
                if (!c.optional()) {
                    // a wrong mandatory field: reported, the element and the component given up
                    BerExperts.wrongField(p, buf, el, identifierLength(p, buf, at), c.tagClass(), c.tag());
                    placed = true;
                    break;
                }
            }
            if (!placed) {
                BerExperts.beyondSequence(p, buf, el, seq.end());
            }
            o = el.next();
        }
        if (o != seq.next()) {
            overrun(p, buf, seq, o);
        }
    }

    /**
     * A SEQUENCE whose last element ends past it: Wireshark looks at the two bytes before where
     * the walk ended (a bounds error when they lie past the data the SEQUENCE is in), then reports
     * by how much it is too long.
     */
    private static void overrun(Packet p, int buf, Ber seq, long o) {
        if (o - 2 < seq.start || o > seq.limit) {
            throw BerException.INSTANCE;
        }
        p.need(buf, (int) o - 2, 2); // read whether or not the finding is kept: short when not captured
        BerExperts.sequenceTooLong(p, buf, (int) o, o - seq.next());
    }

    /** The bytes of the identifier at {@code at} (one, or more for a high tag number). */
    private static int identifierLength(Packet p, int buf, int at) {
        int n = 1;
        if ((p.u8(buf, at) & 0x1f) == 0x1f) {
            while ((p.u8(buf, at + n) & 0x80) != 0) {
                n++;
            }
            n++;
        }
        return n;
    }

    /** The offset of an element to read: one past the data reads as a header past it. */
    private static int start(long o, Ber container) {
        return (int) Math.min(o, container.end());
    }

    /**
     * The elements a SEQUENCE OF holds, counted as Wireshark counts them before dissecting any;
     * 0 ("unknown number of items") when not all of it was captured, as Wireshark then does not
     * count.
     */
    private static int count(Packet p, int buf, Ber seq) {
        if (!p.available(buf, seq.contents, seq.length)) {
            return 0;
        }
        int n = 0;
        for (long o = seq.contents; o < seq.next(); n++) {
            o = Ber.readClamped(p, buf, start(o, seq), seq.end()).next();
        }
        return n;
    }

    /**
     * A SEQUENCE OF (nothing when the element is not one): {@code count} (the number of
     * elements; none when null) over it, then each element whose tag
     * is the universal {@code itemTag} dissected by {@code item} (others are skipped, as
     * Wireshark's "Wrong field in SEQUENCE OF" errors).
     */
    public static void sequenceOf(Packet p, int buf, Ber seq, FieldSpec count, int itemTag, Handler item) {
        if (!isSequence(seq)) {
            return; // Wireshark's "SEQUENCE OF expected" comes before the count item
        }
        // no count item when the caller names none (a type dissected as the whole of an octet
        // string's contents, whose helper gets no field)
        int n = count(p, buf, seq);
        int e = count == null ? -1 : p.addUInt(count, buf, seq.start, seq.span(), n);
        int saved = p.openSubtree(e);
        try {
            for (long o = seq.contents; o < seq.next(); ) {
                Ber el = Ber.readClamped(p, buf, start(o, seq), seq.end());
                if (el.is(Ber.UNIVERSAL, itemTag)) {
                    item.dissect(p, buf, el);
                }
                o = el.next();
            }
        } finally {
            p.closeSubtree(saved);
        }
    }

    /**
     * A CHOICE: the alternative whose tag the element has, as the item {@code choiceField}
     * (valued with the alternative's number) and its contents inside; nothing when no
     * alternative has the tag (Wireshark's "This choice field was not found").
     */
    public static void choice(Packet p, int buf, Ber el, FieldSpec choiceField, Component... alternatives) {
        for (Component c : alternatives) {
            if (c.matches(el)) {
                int e = p.addUInt(choiceField, buf, el.start, el.span(), c.choice());
                int saved = p.openSubtree(e);
                try {
                    c.handler().dissect(p, buf, c.explicit() ? inside(p, buf, el) : el);
                } finally {
                    p.closeSubtree(saved);
                }
                return;
            }
        }
    }

    /** A constructed universal SEQUENCE, or any application or private tag (not checked further). */
    private static boolean isSequence(Ber el) {
        return el.tagClass == 1 || el.tagClass == 3 || (el.constructed && el.is(Ber.UNIVERSAL, 16));
    }

    /** The element inside an explicit tag. */
    public static Ber inside(Packet p, int buf, Ber tagged) {
        return Ber.readClamped(p, buf, tagged.contents, tagged.end());
    }
}
