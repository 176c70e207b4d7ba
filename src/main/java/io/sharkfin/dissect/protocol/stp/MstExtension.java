package io.sharkfin.dissect.protocol.stp;

import static io.sharkfin.dissect.protocol.stp.StpFields.*;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.protocol.stp.Bpdu.At;

/**
 * What follows an MST BPDU's Version 1 Length, as packet-stp.c reads it: the Version 3 Length,
 * the MST configuration identifier, the CIST's part and the MSTI messages, in the 802.1s format
 * or in the one Cisco's switches sent before it (Version 3 Length 0, the format selector holding
 * the length, 26-byte messages); then, in an SPT BPDU (version 4), the Version 4 Length, the
 * auxiliary MCID and the agreement data.
 */
final class MstExtension {
    private MstExtension() {
    }

    private static final int VERSION_3_LENGTH_AT = 36;
    private static final int FORMAT_SELECTOR_AT = 38;
    private static final int CIST_REMAINING_HOPS_AT = 101;
    private static final int MSTIS_AT = 102;
    /** The Version 3 Length of an MST BPDU without MSTI messages. */
    private static final int VERSION_3_STATIC_LENGTH = 64;
    private static final int MSTI_SIZE = 16;
    private static final int ALTERNATIVE_MSTI_SIZE = 26;
    private static final int SPT_MIN_SIZE = 106;
    private static final int MCID_SIZE = 51;

    /** How the MSTI messages are laid out, which the lengths tell. */
    private enum Format { IEEE_8021S, ALTERNATIVE, UNKNOWN }

    static void dissect(Bpdu b, int version) {
        int version3Length = b.u16(VERSION_3_LENGTH_AT);
        b.value(MSTP_VERSION_3_LENGTH, VERSION_3_LENGTH_AT, 2, version3Length);
        int selector = b.u8(FORMAT_SELECTOR_AT);
        Format format;
        int mstiLength;
        if (version3Length != 0) {
            format = Format.IEEE_8021S;
            // below the fixed part, some Cisco switches count messages rather than bytes
            mstiLength = version3Length >= VERSION_3_STATIC_LENGTH ? version3Length - VERSION_3_STATIC_LENGTH
                    : version3Length * MSTI_SIZE;
        } else if (b.reportedLength() == selector + FORMAT_SELECTOR_AT + 1) {
            format = Format.ALTERNATIVE;
            mstiLength = selector - VERSION_3_STATIC_LENGTH;
        } else {
            format = Format.UNKNOWN;
            mstiLength = 0;
        }
        if (version == 3) {
            b.setActualLength(MSTIS_AT + mstiLength);
        }
        int saved = b.open(VERSION_3_LENGTH_AT, -1, "MST Extension");
        configId(b, FORMAT_SELECTOR_AT);
        switch (format) {
            case IEEE_8021S -> {
                b.item(MSTP_CIST_INTERNAL_ROOT_PATH_COST, 89, 4);
                cistBridge(b, 93);
            }
            case ALTERNATIVE -> {
                cistBridge(b, 89);
                b.item(MSTP_CIST_INTERNAL_ROOT_PATH_COST, 97, 4);
            }
            case UNKNOWN -> { }
        }
        b.item(MSTP_CIST_REMAINING_HOPS, CIST_REMAINING_HOPS_AT, 1);
        int at = MSTIS_AT;
        for (int left = mstiLength; left > 0; ) {
            int size = format == Format.ALTERNATIVE ? alternativeMsti(b, at) : msti(b, at);
            left -= size;
            at += size;
        }
        b.close(saved);
        if (version >= 4 && b.reportedLength() >= SPT_MIN_SIZE) {
            spt(b, MSTIS_AT + mstiLength, version);
        }
    }

    /**
     * The MST configuration identifier (an SPT BPDU's auxiliary one too, under the same names):
     * format selector, name, revision, digest.
     */
    private static void configId(Bpdu b, int at) {
        b.items(at, CONFIG_ID);
    }

    private static final At[] CONFIG_ID = {new At(MSTP_CONFIG_FORMAT_SELECTOR, 0, 1),
        new At(MSTP_CONFIG_NAME, 1, 32), new At(MSTP_CONFIG_REVISION_LEVEL, 33, 2), new At(MSTP_CONFIG_DIGEST, 35, 16)};

    private static void cistBridge(Bpdu b, int at) {
        int id = b.u16(at);
        String mac = b.mac(at + 2);
        b.bridgeId(at, "CIST Bridge Identifier", id, mac, MSTP_CIST_BRIDGE_PRIO, MSTP_CIST_BRIDGE_EXT,
                MSTP_CIST_BRIDGE_HW);
    }

    /** One 802.1s MSTI configuration message; returns its size. */
    private static int msti(Bpdu b, int at) {
        int saved = mstiTree(b, at, at + 1);
        b.flags(MSTP_MSTI_FLAGS, StpDissector.RST_FLAGS, at, b.u8(at));
        b.items(at, MSTI_ROOT);
        // the priorities' top four bits
        int bridgePriority = b.u8(at + 13) >> 4;
        int portPriority = b.u8(at + 14) >> 4;
        b.value(MSTP_MSTI_BRIDGE_PRIORITY, at + 13, 1, bridgePriority);
        b.value(MSTP_MSTI_PORT_PRIORITY, at + 14, 1, portPriority);
        b.item(MSTP_MSTI_REMAINING_HOPS, at + 15, 1);
        b.close(saved);
        return MSTI_SIZE;
    }

    /** One message of the alternative format (its subtree spans 16 of its 26 bytes, as in Wireshark). */
    private static int alternativeMsti(Bpdu b, int at) {
        int saved = mstiTree(b, at, at + 3);
        b.unmasked(MSTP_MSTI_MSTI_ID, at);
        b.flags(MSTP_MSTI_FLAGS, StpDissector.RST_FLAGS, at + 2, b.u8(at + 2));
        b.items(at, ALTERNATIVE_MSTI);
        b.close(saved);
        return ALTERNATIVE_MSTI_SIZE;
    }

    /** An 802.1s MSTI message's regional root identifier and internal root path cost. */
    private static final At[] MSTI_ROOT = {new At(MSTP_MSTI_PRIORITY, 1, 1), new At(MSTP_MSTI_MSTI_ID, 1, 2),
        new At(MSTP_MSTI_ROOT_HW, 3, 6), new At(MSTP_MSTI_ROOT_COST, 9, 4)};
    /** An alternative MSTI message after its MSTID and flags. */
    private static final At[] ALTERNATIVE_MSTI = {new At(MSTP_MSTI_PRIORITY, 3, 1),
        new At(MSTP_MSTI_REGIONAL_ROOT_ID, 3, 2), new At(MSTP_MSTI_ROOT_HW, 5, 6), new At(MSTP_MSTI_ROOT_COST, 11, 4),
        new At(MSTP_MSTI_BRIDGE_ID, 15, 2), new At(MSTP_MSTI_BRIDGE_ID_PRIORITY, 15, 2),
        new At(MSTP_MSTI_BRIDGE_ID_MAC, 17, 6), new At(MSTP_MSTI_PORT, 23, 2), new At(MSTP_MSTI_REMAINING_HOPS, 25, 1)};

    /**
     * An MSTI message's subtree, worded by its regional root identifier at {@code root}: the
     * priority's four bits, the MSTID's twelve, the address.
     */
    private static int mstiTree(Bpdu b, int at, int root) {
        int first = b.u8(root);
        int priority = (first & 0xf0) << 8;
        int mstid = ((first & 0x0f) << 8) + b.u8(root + 1);
        String mac = b.mac(root + 2);
        return b.open(at, MSTI_SIZE, "MSTID %d, Regional Root Identifier %d / %s", mstid, priority, mac);
    }

    /** An SPT BPDU's part after the MSTI messages (at {@code at}). */
    private static void spt(Bpdu b, int at, int version) {
        int version4Length = b.u16(at);
        b.value(MSTP_VERSION_4_LENGTH, at, 2, version4Length);
        if (version4Length < MCID_SIZE + 2) {
            return;
        }
        int saved = b.open(at, -1, "SPT Extension");
        int mcid = b.open(at + 2, MCID_SIZE, "MCID Data");
        configId(b, at + 2);
        b.close(mcid);
        agreement(b, at + 2 + MCID_SIZE);
        b.close(saved);
        if (version == 4) {
            b.setActualLength(at + version4Length + 2);
        }
    }

    /**
     * The agreement data: its flags (the agreement numbers are the item's words), the digest's
     * format and convention, edge count and digest.
     */
    private static void agreement(Bpdu b, int at) {
        int item = b.text(at, -1, "Agreement Data");
        int saved = b.open(item);
        int flags = b.u8(at);
        b.label(item, "Agreement Data (AN: %d, DAN: %d)", flags & 0x03, (flags & 0x0c) >> 2);
        for (FieldSpec f : AGREEMENT_FLAGS) {
            b.value(f, at, 1, flags);
        }
        b.items(at, AGREEMENT_DIGEST);
        b.close(saved);
    }

    private static final FieldSpec[] AGREEMENT_FLAGS = {MSTP_AGREE_FLAGS_AGREEMENT_NUM,
        MSTP_AGREE_FLAGS_DAGREEMENT_NUM, MSTP_AGREE_FLAGS_AGREEMENT_VALID, MSTP_AGREE_FLAGS_REST_ROLE};
    /** Past the flags and a byte packet-stp.c skips: format, convention, edge count, 8 bytes on the digest. */
    private static final At[] AGREEMENT_DIGEST = {new At(BPDU_AGREEMENT_DIGEST_FORMAT_ID, 2, 1),
        new At(BPDU_AGREEMENT_DIGEST_FORMAT_CAPABILITIES, 2, 1), new At(BPDU_AGREEMENT_DIGEST_CONVENTION_ID, 3, 1),
        new At(BPDU_AGREEMENT_DIGEST_CONVENTION_CAPABILITIES, 3, 1), new At(BPDU_AGREEMENT_DIGEST_EDGE_COUNT, 4, 2),
        new At(MSTP_AGREEMENT_DIGEST, 14, 20)};
}
