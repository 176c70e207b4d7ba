package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldGroup;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.Packet;

/**
 * What follows the payload of an Ethernet-like header (Wireshark's {@code add_ethernet_trailer}):
 * padding to the 60-byte minimum ({@code eth.padding}, zeros only), an undecoded trailer
 * ({@code eth.trailer}, {@code vlan.trailer}, ...) and the frame check sequence
 * ({@code eth.fcs}, unverified), guessed to be present when the frame is 64 bytes or more and the
 * trailer has room for it.
 */
final class EthernetTrailer {
    private EthernetTrailer() {
    }

    /** The fields added whatever the caller's trailer field is. */
    private static final FieldGroup SHARED_FIELDS = FieldGroup.of(EthDissector.PADDING,
            EthDissector.FCS, EthDissector.FCS_STATUS, EthDissector.PADDING_BAD.field());

    /**
     * Whether anything this class adds is recorded, given the caller's trailer field: one of its
     * fields, or its finding (eth.padding_bad) through the {@code _ws.expert} fields.
     */
    static boolean wanted(Packet p, FieldSpec trailerField) {
        return p.wants(trailerField) || p.wantsAny(SHARED_FIELDS) || p.wantsFindings();
    }

    /**
     * Adds the trailer items for the bytes from {@code trailerOff} to the end of the header's
     * span, beneath the current subtree.
     *
     * @param tvbOff       where the header's span starts (the frame for Ethernet)
     * @param tvbLen       the span's length on the wire
     * @param trailerOff   where the bytes after the payload start
     * @param trailerField the caller's trailer field
     * @param fcsLen       4: an FCS is present, 0: none, -1: unknown (guess)
     * @param raiser       the protocol whose dissector Wireshark adds the trailer in (its
     *                     findings name it): ethertype after an Ethernet II payload
     */
    static void add(Packet p, int buf, int tvbOff, int tvbLen, int trailerOff,
                    FieldSpec trailerField, int fcsLen, FieldSpec raiser) {
        int reported = tvbOff + tvbLen - trailerOff;
        if (reported <= 0) {
            return;
        }
        int captured = Math.max(0, Math.min(reported, p.bufferLength(buf) - trailerOff));
        long pktLen = p.frame().originalLength();
        boolean maybePadded = pktLen >= 60 && (pktLen - reported) < 60;
        int padding = 0;
        if (maybePadded) {
            padding = (int) (60 - (pktLen - reported));
            for (int i = 0; i < padding; i++) {
                if (p.u8(buf, trailerOff + i) != 0) {
                    padding = 0;
                    break;
                }
            }
            if (padding > 0) {
                p.addBytes(EthDissector.PADDING, buf, trailerOff, padding);
                captured -= padding;
                reported -= padding;
            }
        }
        boolean hasFcs = false;
        if (fcsLen != 0 && (fcsLen == 4 || (tvbLen >= 64 && reported >= 4))) {
            if (captured < reported) {
                reported -= 4;
                captured = Math.min(captured, reported);
            } else {
                captured -= 4;
                reported -= 4;
            }
            hasFcs = true;
        }
        if (captured > 0) {
            int e = p.addBytes(trailerField, buf, trailerOff + padding, captured);
            if (maybePadded && padding == 0) {
                Expert.add(p, raiser, e, EthDissector.PADDING_BAD, buf, trailerOff,
                        "Didn't find padding of zeros, and an undecoded trailer exists. "
                                + "There may be padding of non-zeros.");
            }
        }
        if (hasFcs) {
            int at = trailerOff + padding + captured;
            Checksums.unverified(p, EthDissector.FCS, EthDissector.FCS_STATUS, buf, at, 4,
                    p.u32(buf, at));
        }
    }
}
