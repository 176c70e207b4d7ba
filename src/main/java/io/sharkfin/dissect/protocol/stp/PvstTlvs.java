package io.sharkfin.dissect.protocol.stp;

import static io.sharkfin.dissect.protocol.stp.StpFields.*;

/**
 * The TLVs Cisco's PVST+ puts after a BPDU, as packet-stp.c reads them: each a subtree named by
 * its type, the Originating VLAN the one it knows; a BPDU without a valid one is flagged, as is a
 * TLV that runs past the BPDU (which the subtree's own check reports first).
 */
final class PvstTlvs {
    private PvstTlvs() {
    }

    private static final int ORIGINATING_VLAN = 0;

    static void dissect(Bpdu b, int at) {
        if (b.reportedRemaining(at) < 4) {
            b.expert(-1, PVST_TLV_TRUNCATED, at);
        }
        boolean vlanSeen = false;
        while (b.reportedRemaining(at) >= 4) {
            int type = b.u16(at);
            int length = b.u16(at + 2);
            int item = b.text(at, 4 + length, type == ORIGINATING_VLAN ? "Originating VLAN"
                    : "Unknown TLV type: 0x%04x", type);
            int saved = b.open(item);
            b.item(PVST_TLVTYPE, at, 2);
            int lengthItem = b.item(PVST_TLVLEN, at + 2, 2);
            if (b.reportedRemaining(at + 4) < length) {
                b.expert(lengthItem, PVST_TLV_TRUNCATED, at + 2);
                b.close(saved);
                break;
            }
            at += 4;
            if (type != ORIGINATING_VLAN) {
                b.item(PVST_TLVVAL, at, length);
                b.expert(item, PVST_TLV_UNKNOWN, at);
            } else if (length == 2) {
                b.label(item, "Originating VLAN (PVID): %d", b.u16(at));
                b.item(PVST_ORIGVLAN, at, 2);
                vlanSeen = true;
            } else {
                b.expert(lengthItem, PVST_TLVLEN_INVALID, at - 2);
            }
            b.close(saved);
            at += length;
        }
        if (!vlanSeen) {
            b.expert(-1, PVST_ORIGVLAN_MISSING, at);
        }
    }
}
