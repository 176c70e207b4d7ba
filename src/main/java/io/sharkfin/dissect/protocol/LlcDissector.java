package io.sharkfin.dissect.protocol;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.protocol.stp.StpDissector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * IEEE 802.2 Logical-Link Control ({@code llc}) with SNAP: the SAPs, the control field (always
 * in LLC's extended form for I and S frames), and the SNAP OUI and protocol id. SNAP with OUI 0
 * hands on by ethertype; Cisco's OUI by its protocol id (CDP, PVST+ and plain BPDUs); IP by DSAP
 * 0x06, Spanning Tree BPDUs by DSAP 0x42. Other payloads are shown as data.
 */
public final class LlcDissector implements Dissector {

    public static final FieldSpec LLC = FieldSpec.protocol("llc", "Logical-Link Control");
    public static final FieldSpec DSAP = Fields.u8("llc.dsap", "DSAP", "BASE_HEX");
    public static final FieldSpec DSAP_SAP =
            Fields.uint("llc.dsap.sap", "SAP", FieldType.UINT8, "BASE_CUSTOM", 0xfe);
    public static final FieldSpec DSAP_IG = Fields.bool("llc.dsap.ig", "IG Bit", 8, 0x01);
    public static final FieldSpec SSAP = Fields.u8("llc.ssap", "SSAP", "BASE_HEX");
    public static final FieldSpec SSAP_SAP =
            Fields.uint("llc.ssap.sap", "SAP", FieldType.UINT8, "BASE_CUSTOM", 0xfe);
    public static final FieldSpec SSAP_CR = Fields.bool("llc.ssap.cr", "CR Bit", 8, 0x01);
    public static final FieldSpec CONTROL = Fields.u16("llc.control", "Control", "BASE_HEX");
    public static final FieldSpec N_R =
            Fields.uint("llc.control.n_r", "N(R)", FieldType.UINT16, "BASE_DEC", 0xfe00);
    public static final FieldSpec N_S =
            Fields.uint("llc.control.n_s", "N(S)", FieldType.UINT16, "BASE_DEC", 0x00fe);
    public static final FieldSpec P = Fields.bool("llc.control.p", "Poll", 8, 0x10);
    public static final FieldSpec F = Fields.bool("llc.control.f", "Final", 8, 0x10);
    public static final FieldSpec S_FTYPE =
            Fields.uint("llc.control.s_ftype", "Supervisory frame type", FieldType.UINT16, "BASE_HEX", 0x0c);
    public static final FieldSpec U_MODIFIER_CMD =
            Fields.uint("llc.control.u_modifier_cmd", "Command", FieldType.UINT8, "BASE_HEX", 0xec);
    public static final FieldSpec U_MODIFIER_RESP =
            Fields.uint("llc.control.u_modifier_resp", "Response", FieldType.UINT8, "BASE_HEX", 0xec);
    /** Wireshark also registers this name as a 16-bit field for I frames; sharkfin keeps one. */
    public static final FieldSpec FTYPE =
            Fields.uint("llc.control.ftype", "Frame type", FieldType.UINT8, "BASE_HEX", 0x03);
    public static final FieldSpec TYPE = Fields.u16("llc.type", "Type", "BASE_HEX");
    public static final FieldSpec OUI = Fields.uint("llc.oui", "Organization Code", FieldType.UINT24, "BASE_OUI");
    public static final FieldSpec PID = Fields.u16("llc.pid", "Protocol ID", "BASE_HEX");
    public static final FieldSpec CISCO_PID = Fields.u16("llc.cisco_pid", "PID", "BASE_HEX");

    private static final List<FieldSpec> FIELDS = List.of(DSAP, DSAP_SAP, DSAP_IG, SSAP, SSAP_SAP,
            SSAP_CR, CONTROL, N_R, N_S, P, F, S_FTYPE, U_MODIFIER_CMD, U_MODIFIER_RESP, FTYPE, TYPE,
            OUI, PID, CISCO_PID);

    private static final int SAP_SNAP = 0xaa;
    private static final int SAP_IP = 0x06;
    private static final int SAP_BPDU = 0x42;
    private static final int OUI_ENCAP_ETHER = 0x000000;
    private static final int OUI_CISCO_90 = 0x0000f8;
    private static final int OUI_CISCO = 0x00000c;
    private static final int CISCO_PID_CDP = 0x2000;
    private static final int CISCO_PID_PVST = 0x010b;
    /** Cisco's VLAN-bridge STP, which is plain STP. */
    private static final int CISCO_PID_VLAN_BRIDGE = 0x010c;

    private final Dissectors ds;
    private final Dissector stp;
    private final Dissector pvst;

    public LlcDissector(Dissectors ds, StpDissector stp) {
        this.ds = ds;
        this.stp = stp;
        this.pvst = stp.pvst();
    }

    @Override
    public FieldSpec protocol() {
        return LLC;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public List<String> calls() {
        List<String> out = new ArrayList<>(ds.ethertype.protocolNames());
        out.add("cdp");
        out.add("stp");
        out.add("ip");
        out.add("data");
        return out;
    }

    @Override
    public int dissect(Packet p, int buf, int off, int len) {
        Calls.needBeforeItem(p, buf, off, len, 1);
        int dsap = p.u8(buf, off);
        addSap(p, buf, off, dsap, DSAP, DSAP_SAP, DSAP_IG);
        int ssap = p.u8(buf, off + 1);
        addSap(p, buf, off + 1, ssap, SSAP, SSAP_SAP, SSAP_CR);
        boolean response = (ssap & 0x01) != 0;
        int control = addControl(p, buf, off + 2, response);
        int controlLen = (control & 0x03) == 0x03 ? 1 : 2;
        boolean snap = dsap == SAP_SNAP && ssap == SAP_SNAP;
        int header = 2 + controlLen + (snap ? 5 : 0);
        p.setProtocolLength(header);
        boolean information = (control & 0x01) == 0 || control == 0x03;
        if (snap) {
            dissectSnap(p, buf, off + 2 + controlLen, off + len, information);
        } else if (len - header > 0) {
            Dissector next = !information ? null : dsap == SAP_IP ? ds.byName("ip") : dsap == SAP_BPDU ? stp : null;
            if (next == null || Calls.ifNeeded(p, next, buf, off + header, len - header) == 0) {
                Calls.data(p, ds, buf, off + header, len - header);
            }
        }
        return len;
    }

    private static void addSap(Packet p, int buf, int at, int sap, FieldSpec field, FieldSpec sapField,
                               FieldSpec bit) {
        int e = p.addUInt(field, buf, at, 1, sap);
        int saved = p.openSubtree(e);
        p.addUInt(sapField, buf, at, 1, sap >>> 1);
        p.addBoolean(bit, buf, at, 1, (sap & 0x01) != 0);
        p.closeSubtree(saved);
    }

    /** xdlc.c's modifier_short_vals_cmd: an unnumbered command's function, by its modifier bits. */
    private static final Map<Integer, String> U_SHORT_COMMANDS = Map.ofEntries(
            Map.entry(0x00, "UI"), Map.entry(0x20, "UP"), Map.entry(0x40, "DISC"), Map.entry(0x60, "UA"),
            Map.entry(0x80, "SNRM"), Map.entry(0xcc, "SNRME"), Map.entry(0xe0, "TEST"), Map.entry(0x04, "SIM"),
            Map.entry(0x84, "FRMR"), Map.entry(0xc4, "CFGR"), Map.entry(0x0c, "SARM"), Map.entry(0x2c, "SABM"),
            Map.entry(0x4c, "SARME"), Map.entry(0x6c, "SABME"), Map.entry(0x8c, "RESET"), Map.entry(0xac, "XID"),
            Map.entry(0xec, "BCN"));
    /** modifier_short_vals_resp: the same, but for the three bit patterns a response reads otherwise. */
    private static final Map<Integer, String> U_SHORT_RESPONSES = withResponses(U_SHORT_COMMANDS);

    private static Map<Integer, String> withResponses(Map<Integer, String> commands) {
        Map<Integer, String> m = new HashMap<>(commands);
        m.put(0x40, "RD");
        m.put(0x04, "RIM");
        m.put(0x0c, "DM");
        return Map.copyOf(m);
    }

    /** The control field as Wireshark's {@code dissect_xdlc_control} shows it (extended mode). */
    private static int addControl(Packet p, int buf, int at, boolean response) {
        int first = p.u8(buf, at);
        if ((first & 0x03) == 0x03) {
            int e = p.addUInt(CONTROL, buf, at, 1, first);
            if (e >= 0 && p.wantsText()) {
                // dissect_xdlc_control's words: "Control field: U, func=UI (0x03)"
                String func = (response ? U_SHORT_RESPONSES : U_SHORT_COMMANDS).getOrDefault(first & 0xec, "Unknown");
                p.setLabel(e, String.format(Locale.ROOT, "Control field: U%s, func=%s (0x%02X)",
                        (first & 0x10) == 0 ? "" : response ? " F" : " P", func, first));
            }
            int saved = p.openSubtree(e);
            if ((first & 0x10) != 0) {
                p.addBoolean(response ? F : P, buf, at, 1, true);
            }
            p.addUInt(response ? U_MODIFIER_RESP : U_MODIFIER_CMD, buf, at, 1, (first & 0xec) >>> 2);
            p.addUInt(FTYPE, buf, at, 1, first & 0x03);
            p.closeSubtree(saved);
            return first;
        }
        int control = p.u16le(buf, at);
        int e = p.addUInt(CONTROL, buf, at, 2, control);
        int saved = p.openSubtree(e);
        p.addUInt(N_R, buf, at, 2, (control & 0xfe00) >>> 9);
        boolean poll = (control & 0x0100) != 0;
        if ((first & 0x01) == 0) {
            p.addUInt(N_S, buf, at, 2, (control & 0x00fe) >>> 1);
            if (poll) {
                p.addBoolean(P, buf, at, 2, true);
            }
            p.addUInt(FTYPE, buf, at, 2, control & 0x01);
        } else {
            if (poll) {
                p.addBoolean(response ? F : P, buf, at, 2, true);
            }
            p.addUInt(S_FTYPE, buf, at, 2, (control & 0x0c) >>> 2);
            p.addUInt(FTYPE, buf, at, 2, control & 0x03);
        }
        p.closeSubtree(saved);
        return control;
    }

    private void dissectSnap(Packet p, int buf, int at, int end, boolean information) {
        int oui = p.u24(buf, at);
        int pid = p.u16(buf, at + 3);
        p.addUInt(OUI, buf, at, 3, oui);
        int payload = at + 5;
        int payloadLen = Math.max(0, end - payload);
        Dissector next = null;
        if (oui == OUI_ENCAP_ETHER || oui == OUI_CISCO_90) {
            if (information) {
                p.addUInt(TYPE, buf, at + 3, 2, pid);
                next = ds.ethertype.get(pid);
            }
        } else if (oui == OUI_CISCO) {
            p.addUInt(CISCO_PID, buf, at + 3, 2, pid);
            if (information) {
                next = switch (pid) {
                    case CISCO_PID_CDP -> ds.byName("cdp");
                    case CISCO_PID_PVST -> pvst;
                    case CISCO_PID_VLAN_BRIDGE -> stp;
                    default -> null;
                };
            }
        } else {
            p.addUInt(PID, buf, at + 3, 2, pid);
        }
        if (next == null || Calls.ifNeeded(p, next, buf, payload, payloadLen) == 0) {
            Calls.data(p, ds, buf, payload, payloadLen);
        }
    }
}
