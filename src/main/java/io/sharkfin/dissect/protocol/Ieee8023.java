package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Truncated;

/**
 * An IEEE 802.3 length field and what it covers (Wireshark's {@code dissect_802_3}): the payload
 * is LLC (or, when it starts with 0xffff, raw IPX, which sharkfin shows as data), and what lies
 * beyond the length is the trailer.
 */
final class Ieee8023 {
    private Ieee8023() {
    }

    /**
     * @param length      the value of the length field
     * @param is8022      whether the payload is LLC
     * @param tvbOff      where the header starts
     * @param tvbLen      length on the wire of the header and everything after it
     * @param afterLength offset just after the length field, relative to {@code tvbOff}
     */
    static void dissect(Packet p, Dissectors ds, int length, boolean is8022, int buf, int tvbOff,
                        int tvbLen, int afterLength, FieldSpec lengthField, FieldSpec trailerField,
                        Expert.Info lengthPastEnd, int fcsLen) {
        int lenItem = p.addUInt(lengthField, buf, tvbOff + afterLength - 2, 2, length);
        int reported = Math.max(0, tvbLen - afterLength);
        if (fcsLen > 0 && reported >= fcsLen) {
            reported -= fcsLen;
        }
        if (length > reported) {
            length = reported;
            Expert.add(p, lenItem, lengthPastEnd, buf, tvbOff + afterLength - 2);
        }
        int start = tvbOff + afterLength;
        Dissector next = is8022 ? ds.byName("llc") : null;
        boolean trailerWanted = EthernetTrailer.wanted(p, trailerField);
        boolean failedBefore = p.shortFrame() || p.malformed();
        if (next != null) {
            Calls.ifNeededOr(trailerWanted, p, next, buf, start, length);
        } else {
            Calls.data(p, ds, buf, start, length);
        }
        if (!failedBefore && p.shortFrame()) {
            // a payload cut short by the capture ends the frame's dissection (Wireshark's
            // BoundsError is not among the errors dissect_802_3 catches to show the trailer)
            return;
        }
        // the trailer starts past the length; Wireshark fails here when that is not captured,
        // unless the payload's dissector failed first (tshark then shows that failure alone)
        boolean payloadFailed = !failedBefore && p.malformed();
        if (start + length > p.bufferLength(buf) && !payloadFailed) {
            throw Truncated.SHORT;
        }
        if (trailerWanted) {
            EthernetTrailer.add(p, buf, tvbOff, tvbLen, start + length, trailerField, fcsLen,
                    p.currentDissector() == null ? null : p.currentDissector().protocol());
        }
    }
}
