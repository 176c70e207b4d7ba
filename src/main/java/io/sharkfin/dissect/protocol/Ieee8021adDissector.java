package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;

import java.util.ArrayList;
import java.util.List;

/**
 * IEEE 802.1ad service tags ({@code ieee8021ad}, ethertype 0x88a8, "Q-in-Q"). A tag followed by
 * another 802.1ad tag is shown as one item with S-VID and C-VID; otherwise the payload goes on
 * by its type. 802.1ah (backbone) encapsulation is shown as data.
 */
public final class Ieee8021adDissector implements Dissector {

    public static final FieldSpec IEEE8021AD = FieldSpec.protocol("ieee8021ad", "IEEE 802.1ad");
    public static final FieldSpec PRIORITY =
            Fields.uint("ieee8021ad.priority", "Priority", FieldType.UINT16, "BASE_DEC", 0xe000);
    public static final FieldSpec DEI =
            Fields.uint("ieee8021ad.dei", "DEI", FieldType.UINT16, "BASE_DEC", 0x1000);
    public static final FieldSpec ID =
            Fields.uint("ieee8021ad.id", "ID", FieldType.UINT16, "BASE_DEC", 0x0fff);
    public static final FieldSpec SVID =
            Fields.uint("ieee8021ad.svid", "ID", FieldType.UINT16, "BASE_DEC", 0x0fff);
    public static final FieldSpec CVID =
            Fields.uint("ieee8021ad.cvid", "ID", FieldType.UINT16, "BASE_DEC", 0x0fff);
    /** The type field belongs to the 802.1ah protocol in Wireshark. */
    public static final FieldSpec ETYPE = Fields.u16("ieee8021ah.etype", "Type", "BASE_HEX");
    public static final FieldSpec TRAILER = Fields.bytes("ieee8021ah.trailer", "Trailer");

    private static final List<FieldSpec> FIELDS = List.of(PRIORITY, DEI, ID, SVID, CVID, ETYPE,
            TRAILER);
    private static final int TAG = 4;
    private static final int ETHERTYPE_802_1AD = 0x88a8;
    private static final int ETHERTYPE_802_1AH = 0x88e7;

    private final Dissectors ds;

    public Ieee8021adDissector(Dissectors ds) {
        this.ds = ds;
    }

    @Override
    public FieldSpec protocol() {
        return IEEE8021AD;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public String shortName() {
        return "IEEE 802.1AD";
    }

    @Override
    public List<String> calls() {
        List<String> out = new ArrayList<>(ds.ethertype.protocolNames());
        out.add("data");
        return out;
    }

    @Override
    public int dissect(Packet p, int buf, int off, int len) {
        Calls.needBeforeItem(p, buf, off, len, 2);
        p.setProtocolLength(TAG);
        int tci = p.u16(buf, off);
        int encap = p.u16(buf, off + 2);
        if (encap == ETHERTYPE_802_1AH) {
            addTag(p, buf, off, tci, ID);
            Calls.data(p, ds, buf, off + TAG, len - TAG);
            return len;
        }
        if (encap == ETHERTYPE_802_1AD) {
            Calls.need(len, TAG, TAG);
            int ctci = p.u16(buf, off + TAG);
            addTag(p, buf, off, tci, SVID);
            addTag(p, buf, off + TAG, ctci, CVID);
            int etype = p.u16(buf, off + 2 * TAG - 2);
            p.addUInt(ETYPE, buf, off + 2 * TAG - 2, 2, etype);
            Ethertype.dispatch(p, ds, etype, buf, off, len, 2 * TAG, TRAILER, 0);
            return len;
        }
        addTag(p, buf, off, tci, ID);
        p.addUInt(ETYPE, buf, off + 2, 2, encap);
        Ethertype.dispatch(p, ds, encap, buf, off, len, TAG, TRAILER, 0);
        return len;
    }

    private static void addTag(Packet p, int buf, int at, int tci, FieldSpec id) {
        p.addUInt(PRIORITY, buf, at, 1, tci >>> 13);
        p.addUInt(DEI, buf, at, 1, (tci >>> 12) & 1);
        p.addUInt(id, buf, at, 2, tci & 0x0fff);
    }

    @Override
    public String label(Packet p, int entry) {
        if (!Addresses.has(p, entry, TAG)) {
            return null;
        }
        int tci = Addresses.u16At(p, entry, 0);
        int encap = Addresses.u16At(p, entry, 2);
        if (encap == ETHERTYPE_802_1AH) {
            return "IEEE 802.1ah, B-VID: " + (tci & 0x0fff);
        }
        if (encap == ETHERTYPE_802_1AD && Addresses.has(p, entry, 2 * TAG)) {
            return "IEEE 802.1ad, S-VID: " + (tci & 0x0fff) + ", C-VID: "
                    + (Addresses.u16At(p, entry, TAG) & 0x0fff);
        }
        return "IEEE 802.1ad, ID: " + (tci & 0x0fff);
    }
}
