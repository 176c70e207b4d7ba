package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;

import java.util.ArrayList;
import java.util.List;

/**
 * IEEE 802.1Q VLAN tags ({@code vlan}), registered for ethertypes 0x8100 and 0x9100; tags may
 * stack (each is its own layer, so {@code vlan.id} occurs once per tag).
 */
public final class VlanDissector implements Dissector {

    public static final FieldSpec VLAN = FieldSpec.protocol("vlan", "802.1Q Virtual LAN");
    public static final FieldSpec PRIORITY =
            Fields.uint("vlan.priority", "Priority", FieldType.UINT16, "BASE_DEC", 0xe000);
    public static final FieldSpec DEI = Fields.bool("vlan.dei", "DEI", 16, 0x1000);
    public static final FieldSpec ID =
            Fields.uint("vlan.id", "ID", FieldType.UINT16, "BASE_DEC", 0x0fff);
    public static final FieldSpec ETYPE = Fields.u16("vlan.etype", "Type", "BASE_HEX");
    public static final FieldSpec LEN = Fields.u16("vlan.len", "Length", "BASE_DEC");
    public static final FieldSpec TRAILER = Fields.bytes("vlan.trailer", "Trailer");

    static final Expert.Info LEN_PAST_END = Expert.Info.of("vlan.len.past_end",
            Expert.Group.MALFORMED, Expert.Severity.ERROR,
            "Length field value goes past the end of the payload");
    static final Expert.Info TOO_MANY_TAGS = Expert.Info.of("vlan.too_many_tags",
            Expert.Group.UNDECODED, Expert.Severity.WARN, "Too many nested VLAN tags");

    private static final List<FieldSpec> FIELDS = List.of(PRIORITY, DEI, ID, ETYPE, LEN, TRAILER,
            LEN_PAST_END.field(), TOO_MANY_TAGS.field());
    private static final int MAX_NESTED_TAGS = 20;

    private final Dissectors ds;

    public VlanDissector(Dissectors ds) {
        this.ds = ds;
    }

    @Override
    public FieldSpec protocol() {
        return VLAN;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public List<String> calls() {
        List<String> out = new ArrayList<>(ds.ethertype.protocolNames());
        out.add("llc");
        out.add("data");
        return out;
    }

    /**
     * The fields {@link #addHeaderOnly} adds; a session wanting another VLAN field uses this
     * dissector.
     */
    static final List<FieldSpec> HEADER_ONLY_FIELDS = List.of(VLAN, PRIORITY, DEI, ID, ETYPE);

    /**
     * Adds the {@link #HEADER_ONLY_FIELDS} of a single tag whose type is an Ethernet II type, in
     * the order and with the values and spans {@link #dissect} gives them. The protocol item is
     * the caller's.
     */
    static void addHeaderOnly(Packet p, int buf, int off) {
        addTci(p, buf, off, p.u16(buf, off));
        p.addUInt(ETYPE, buf, off + 2, 2, p.u16(buf, off + 2));
    }

    /** The tag control information: priority, drop eligibility, VLAN id. */
    private static void addTci(Packet p, int buf, int off, int tci) {
        p.addUInt(PRIORITY, buf, off, 2, tci >>> 13);
        p.addBoolean(DEI, buf, off, 2, (tci & 0x1000) != 0);
        p.addUInt(ID, buf, off, 2, tci & 0x0fff);
    }

    @Override
    public int dissect(Packet p, int buf, int off, int len) {
        Calls.needBeforeItem(p, buf, off, len, 2);
        p.setProtocolLength(4);
        int tci = p.u16(buf, off);
        if (Calls.depth(p, VLAN) > MAX_NESTED_TAGS) {
            Expert.add(p, -1, TOO_MANY_TAGS, buf, off);
            return len;
        }
        addTci(p, buf, off, tci);
        Calls.need(len, 2, 2);
        int encap = p.u16(buf, off + 2);
        if (encap <= 1500) {
            boolean is8022 = !p.available(buf, off + 4, 2) || p.u16(buf, off + 4) != 0xffff;
            Ieee8023.dissect(p, ds, encap, is8022, buf, off, len, 4, LEN, TRAILER, LEN_PAST_END, 0);
        } else {
            p.addUInt(ETYPE, buf, off + 2, 2, encap);
            Ethertype.dispatch(p, ds, encap, buf, off, len, 4, TRAILER, 0);
        }
        return len;
    }

    @Override
    public String label(Packet p, int entry) {
        if (!Addresses.has(p, entry, 2)) {
            return null;
        }
        int tci = Addresses.u16At(p, entry, 0);
        return "802.1Q Virtual LAN, PRI: " + (tci >>> 13) + ", DEI: " + ((tci >>> 12) & 1)
                + ", ID: " + (tci & 0x0fff);
    }
}
