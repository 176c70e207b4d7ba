package io.sharkfin.dissect.protocol.ntlmssp;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.x509.Ber;
import io.sharkfin.dissect.protocol.x509.BerException;
import io.sharkfin.dissect.protocol.x509.BerSequence;

import java.util.List;

/**
 * SPNEGO's NegotiationToken as packet-spnego.c 4.0 reads it, as far as it decides which
 * mechanism's dissector gets the tokens inside: a negTokenInit's (or a server's negTokenInit2's)
 * mechanism list names the mechanism of its mechToken and, for the connection, of the tokens that
 * follow; a negTokenTarg's supportedMech overrides it; its responseToken and mechListMIC go to
 * that mechanism (NTLMSSP, whose verifier is the MIC). SPNEGO's own fields are its elements,
 * the mechanisms offered ({@code spnego.mechTypes}, each {@code spnego.MechType}) and chosen
 * ({@code spnego.supportedMech}), the result ({@code spnego.negResult}), the tokens and MIC, and
 * negTokenInit2's hints; not the request flags. A structure that does not parse ends the token.
 */
public final class SpnegoDissector implements Dissector {
    private static final int TAG_SEQUENCE = 16;
    private static final int TAG_OID = 6;
    private static final int TAG_OCTET_STRING = 4;
    private static final int TAG_ENUMERATED = 10;
    private static final int TAG_GENERAL_STRING = 27;

    private final Dissector ntlmssp;

    public SpnegoDissector(Dissector ntlmssp) {
        this.ntlmssp = ntlmssp;
    }

    @Override
    public FieldSpec protocol() {
        return NtlmsspFields.SPNEGO;
    }

    @Override
    public List<FieldSpec> fields() {
        return NtlmsspFields.SPNEGO_FIELDS;
    }

    @Override
    public String shortName() {
        return "SPNEGO";
    }

    @Override
    public List<String> calls() {
        return List.of("ntlmssp");
    }

    /** The mechanism chosen while reading one token ({@code next_level_value}). */
    private static final class Walk {
        GssConversation.Mechanism next;
        boolean sawMechanism;
    }

    @Override
    public int dissect(Packet p, int buf, int offset, int length) {
        GssConversation conv = GssConversation.current(p);
        Walk w = new Walk();
        w.next = conv.spnegoMechanism;
        int end = offset + Math.min(length, p.bufferLength(buf) - offset);
        try {
            Ber token = Ber.read(p, buf, offset, end);
            if (token.tagClass != Ber.CONTEXT) {
                return length;
            }
            if (token.tag == 0) {
                // a server (source port below 1024) sends negTokenInit2, with negHints as [3]
                boolean init2 = p.srcPort() < 1024;
                negTokenInit(p, buf, token, w, conv, init2);
            } else if (token.tag == 1) {
                negTokenTarg(p, buf, token, w, conv);
            }
        } catch (BerException e) {
            // an element that does not parse ends the token
        }
        return length;
    }

    private void negTokenInit(Packet p, int buf, Ber token, Walk w, GssConversation conv, boolean init2) {
        int mic = init2 ? 4 : 3;
        elements(p, buf, sequenceIn(p, buf, token), NtlmsspFields.SPNEGO_NEG_TOKEN_INIT_ELEMENT, el -> {
            if (el.tag == 0) {
                mechTypes(p, buf, el, w, conv);
            } else if (el.tag == 2) {
                Ber octets = octets(p, buf, el, NtlmsspFields.SPNEGO_MECH_TOKEN);
                if (w.next != null) {
                    call(p, buf, octets, w.next);
                }
            } else if (init2 && el.tag == 3) {
                negHints(p, buf, el);
            } else if (el.tag == mic) {
                octets(p, buf, el, NtlmsspFields.SPNEGO_MECH_LIST_MIC);
            }
            return el.tag <= mic;
        });
    }

    /** negTokenInit2's NegHints: the hint name (a GeneralString) and address. */
    private static void negHints(Packet p, int buf, Ber el) {
        elements(p, buf, inner(p, buf, el, TAG_SEQUENCE), NtlmsspFields.SPNEGO_NEG_HINTS_ELEMENT, hint -> {
            if (hint.tag == 0) {
                Ber name = inner(p, buf, hint, TAG_GENERAL_STRING);
                p.addCString(NtlmsspFields.SPNEGO_HINT_NAME, buf, name.contents, name.length, true);
            } else if (hint.tag == 1) {
                octets(p, buf, hint, NtlmsspFields.SPNEGO_HINT_ADDRESS);
            }
            return true;
        });
    }

    private void negTokenTarg(Packet p, int buf, Ber token, Walk w, GssConversation conv) {
        elements(p, buf, sequenceIn(p, buf, token), NtlmsspFields.SPNEGO_NEG_TOKEN_TARG_ELEMENT, el -> {
            switch (el.tag) {
                case 0 -> {
                    Ber result = inner(p, buf, el, TAG_ENUMERATED);
                    p.addUInt(NtlmsspFields.SPNEGO_NEG_RESULT, buf, result.contents, result.length,
                            Ber.integer(p, buf, result.contents, result.length) & 0xffffffffL);
                }
                case 1 -> {
                    Ber oid = inner(p, buf, el, TAG_OID);
                    p.addBytes(NtlmsspFields.SPNEGO_SUPPORTED_MECH, buf, oid.contents, oid.length);
                    w.sawMechanism = false;
                    mechType(p, buf, oid, w);
                    if (w.sawMechanism) {
                        conv.spnegoMechanism = w.next;
                    }
                }
                case 2, 3 -> {
                    Ber octets = octets(p, buf, el,
                            el.tag == 2 ? NtlmsspFields.SPNEGO_RESPONSE_TOKEN : NtlmsspFields.SPNEGO_MECH_LIST_MIC);
                    if (octets.length > 0 && w.next != null) {
                        call(p, buf, octets, w.next);
                    }
                }
                default -> {
                    return false;
                }
            }
            return true;
        });
    }

    /** What one context-tagged element of a SEQUENCE does; false ends the walk. */
    @FunctionalInterface
    private interface Element {
        boolean dissect(Ber el);
    }

    /**
     * A SEQUENCE's elements under the item {@code field} over it, each given to {@code each} while
     * it is context-tagged (any other ends the walk).
     */
    private static void elements(Packet p, int buf, Ber seq, FieldSpec field, Element each) {
        int saved = p.openSubtree(p.addNone(field, buf, seq.start, seq.end() - seq.start));
        try {
            for (int at = seq.contents; at < seq.end(); ) {
                Ber el = Ber.read(p, buf, at, seq.end());
                at = el.end();
                if (el.tagClass != Ber.CONTEXT || !each.dissect(el)) {
                    return;
                }
            }
        } finally {
            p.closeSubtree(saved);
        }
    }

    /** The OCTET STRING an explicit tag wraps, added as the bytes field {@code field}. */
    private static Ber octets(Packet p, int buf, Ber el, FieldSpec field) {
        Ber octets = inner(p, buf, el, TAG_OCTET_STRING);
        p.addBytes(field, buf, octets.contents, octets.length);
        return octets;
    }

    /**
     * MechTypeList ({@link BerSequence#sequenceOf}): {@code spnego.mechTypes} counts its items,
     * each a {@code spnego.MechType}; the first OID chooses the mechanism, and the connection
     * remembers it.
     */
    private static void mechTypes(Packet p, int buf, Ber el, Walk w, GssConversation conv) {
        w.sawMechanism = false;
        BerSequence.sequenceOf(p, buf, inner(p, buf, el, TAG_SEQUENCE), NtlmsspFields.SPNEGO_MECH_TYPES, TAG_OID,
                (pk, b, oid) -> {
                    pk.addBytes(NtlmsspFields.SPNEGO_MECH_TYPE, b, oid.contents, oid.length);
                    mechType(pk, b, oid, w);
                });
        if (w.sawMechanism) {
            conv.spnegoMechanism = w.next;
        }
    }

    /** dissect_spnego_MechType: the first mechanism seen, when known, is the one to use. */
    private static void mechType(Packet p, int buf, Ber oid, Walk w) {
        GssConversation.Mechanism m = GssConversation.Mechanism.of(Ber.oid(p, buf, oid.contents, oid.length));
        if (!w.sawMechanism) {
            if (m != null) {
                w.next = m;
            }
            w.sawMechanism = true;
        }
    }

    private static Ber sequenceIn(Packet p, int buf, Ber token) {
        return inner(p, buf, token, TAG_SEQUENCE);
    }

    /** The universal element an explicit context tag wraps. */
    private static Ber inner(Packet p, int buf, Ber tagged, int universalTag) {
        Ber in = Ber.read(p, buf, tagged.contents, tagged.end());
        if (!in.is(Ber.UNIVERSAL, universalTag)) {
            throw BerException.INSTANCE;
        }
        return in;
    }

    private void call(Packet p, int buf, Ber octets, GssConversation.Mechanism mech) {
        if (mech == GssConversation.Mechanism.NTLMSSP) {
            p.call(ntlmssp, buf, octets.contents, octets.length);
        }
    }
}
