package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

/**
 * Wireshark's {@code ethertype} dissector: the hand-off from a header that names its payload by
 * Ethernet type (Ethernet II, VLAN tags, Linux cooked capture) to the protocol registered for
 * that type, or {@code data}. It shows up only in {@code frame.protocols}; afterwards the bytes
 * the payload did not take become the header's trailer.
 */
final class Ethertype {
    private Ethertype() {
    }

    /** The pseudo-protocol; it has no fields and no tree item, only a layer. */
    static final FieldSpec ETHERTYPE = FieldSpec.protocol("ethertype", "Ethertype");

    /**
     * Dispatches the payload of a header by its type and adds the trailer.
     *
     * @param tvbOff       where the header starts
     * @param tvbLen       length on the wire of the header and everything after it
     * @param payloadOff   where the payload starts, relative to {@code tvbOff}
     * @param trailerField the header's trailer field
     * @param fcsLen       4, 0 or -1 (unknown), see {@link EthernetTrailer}
     */
    static void dispatch(Packet p, Dissectors ds, int etype, int buf, int tvbOff, int tvbLen,
                         int payloadOff, FieldSpec trailerField, int fcsLen) {
        int lengthBefore = Math.max(0, tvbLen - payloadOff);
        int payloadLen = lengthBefore;
        if (fcsLen > 0 && payloadLen >= fcsLen) {
            payloadLen -= fcsLen;
        }
        int start = tvbOff + payloadOff;
        Dissector next = ds.ethertype.get(etype);
        if (next == null && !p.available(buf, start, 1)) {
            // no dissector for the type and no payload captured: data declines nothing, and
            // Wireshark's ethertype returns the 0 bytes it handed on, which takes its layer back
            return;
        }
        p.enterLayer(ETHERTYPE.id());
        boolean trailerWanted = EthernetTrailer.wanted(p, trailerField);
        int taken = next == null ? 0 : Calls.ifNeededOr(trailerWanted, p, next, buf, start, payloadLen);
        if (taken == Calls.NOT_RUN && Calls.needed(p, ds.data())) {
            // only the dissector can tell whether its payload is data (it may decline it)
            taken = p.call(next, buf, start, payloadLen);
        }
        // a dissector that does not run takes the payload unrun, as it would running
        if (taken == 0) {
            Calls.data(p, ds, buf, start, payloadLen);
        }
        int after = taken > 0 ? taken : payloadLen;
        if (trailerWanted && after < lengthBefore) {
            EthernetTrailer.add(p, buf, tvbOff, tvbLen, start + after, trailerField, fcsLen, ETHERTYPE);
        }
    }
}
