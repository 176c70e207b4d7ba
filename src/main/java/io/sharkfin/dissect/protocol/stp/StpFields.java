package io.sharkfin.dissect.protocol.stp;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.protocol.DeclaredFields;

import java.util.List;

/**
 * The Spanning Tree fields: Wireshark 4.0's (made with {@code src/tools/gen-field-specs.py} from
 * {@code src/tools/stp-fields.txt}; packet-stp.c names its MST and SPT fields {@code mstp.*} and
 * {@code bpdu.*}, yet they belong to {@code stp}) and packet-stp.c's expert infos.
 */
public final class StpFields {
    private StpFields() {
    }

    /** A field of {@code stp}, whatever its name's first segment. */
    private static FieldSpec f(String name, String title, FieldType type, String base, long mask) {
        return FieldSpec.of(name, title, type).base(base).mask(mask).inProtocol("stp");
    }

    /** A finding of {@code stp}, whatever its name's first segment. */
    private static Expert.Info finding(String name, Expert.Group group, Expert.Severity severity, String message) {
        Expert.Info info = Expert.Info.of(name, group, severity, message);
        info.field().inProtocol("stp");
        return info;
    }

    /** The constants below as they are made, in declaration order. */
    private static final DeclaredFields SPECS = new DeclaredFields();

    public static final FieldSpec STP = SPECS.add(FieldSpec.protocol("stp", "Spanning Tree Protocol"));

    public static final FieldSpec PROTOCOL = SPECS.add(f("stp.protocol", "Protocol Identifier", FieldType.UINT16, "BASE_HEX", 0x0));
    public static final FieldSpec VERSION = SPECS.add(f("stp.version", "Protocol Version Identifier", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec TYPE = SPECS.add(f("stp.type", "BPDU Type", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec FLAGS = SPECS.add(f("stp.flags", "BPDU flags", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec FLAGS_TCACK = SPECS.add(f("stp.flags.tcack", "Topology Change Acknowledgment", FieldType.BOOLEAN, "8", 0x80));
    public static final FieldSpec FLAGS_AGREEMENT = SPECS.add(f("stp.flags.agreement", "Agreement", FieldType.BOOLEAN, "8", 0x40));
    public static final FieldSpec FLAGS_FORWARDING = SPECS.add(f("stp.flags.forwarding", "Forwarding", FieldType.BOOLEAN, "8", 0x20));
    public static final FieldSpec FLAGS_LEARNING = SPECS.add(f("stp.flags.learning", "Learning", FieldType.BOOLEAN, "8", 0x10));
    public static final FieldSpec FLAGS_PORT_ROLE = SPECS.add(f("stp.flags.port_role", "Port Role", FieldType.UINT8, "BASE_DEC", 0xc));
    public static final FieldSpec FLAGS_PROPOSAL = SPECS.add(f("stp.flags.proposal", "Proposal", FieldType.BOOLEAN, "8", 0x2));
    public static final FieldSpec FLAGS_TC = SPECS.add(f("stp.flags.tc", "Topology Change", FieldType.BOOLEAN, "8", 0x1));
    public static final FieldSpec ROOT_PRIO = SPECS.add(f("stp.root.prio", "Root Bridge Priority", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec ROOT_EXT = SPECS.add(f("stp.root.ext", "Root Bridge System ID Extension", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec ROOT_HW = SPECS.add(f("stp.root.hw", "Root Bridge System ID", FieldType.ETHER, "", 0x0));
    public static final FieldSpec ROOT_COST = SPECS.add(f("stp.root.cost", "Root Path Cost", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec BRIDGE_PRIO = SPECS.add(f("stp.bridge.prio", "Bridge Priority", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec BRIDGE_EXT = SPECS.add(f("stp.bridge.ext", "Bridge System ID Extension", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec BRIDGE_HW = SPECS.add(f("stp.bridge.hw", "Bridge System ID", FieldType.ETHER, "", 0x0));
    public static final FieldSpec PORT = SPECS.add(f("stp.port", "Port identifier", FieldType.UINT16, "BASE_HEX", 0x0));
    public static final FieldSpec MSG_AGE = SPECS.add(f("stp.msg_age", "Message Age", FieldType.DOUBLE, "", 0x0));
    public static final FieldSpec MAX_AGE = SPECS.add(f("stp.max_age", "Max Age", FieldType.DOUBLE, "", 0x0));
    public static final FieldSpec HELLO = SPECS.add(f("stp.hello", "Hello Time", FieldType.DOUBLE, "", 0x0));
    public static final FieldSpec FORWARD = SPECS.add(f("stp.forward", "Forward Delay", FieldType.DOUBLE, "", 0x0));
    public static final FieldSpec VERSION_1_LENGTH = SPECS.add(f("stp.version_1_length", "Version 1 Length", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec PVST_TLVTYPE = SPECS.add(f("stp.pvst.tlvtype", "Type", FieldType.UINT16, "BASE_HEX", 0x0));
    public static final FieldSpec PVST_TLVLEN = SPECS.add(f("stp.pvst.tlvlen", "Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec PVST_ORIGVLAN = SPECS.add(f("stp.pvst.origvlan", "Originating VLAN", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec PVST_TLVVAL = SPECS.add(f("stp.pvst.tlvval", "Value", FieldType.BYTES, "", 0x0));
    public static final FieldSpec MSTP_VERSION_3_LENGTH = SPECS.add(f("mstp.version_3_length", "Version 3 Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec MSTP_CONFIG_FORMAT_SELECTOR = SPECS.add(f("mstp.config_format_selector", "MST Config ID format selector", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec MSTP_CONFIG_NAME = SPECS.add(f("mstp.config_name", "MST Config name", FieldType.STRINGZPAD, "", 0x0));
    public static final FieldSpec MSTP_CONFIG_REVISION_LEVEL = SPECS.add(f("mstp.config_revision_level", "MST Config revision", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec MSTP_CONFIG_DIGEST = SPECS.add(f("mstp.config_digest", "MST Config digest", FieldType.BYTES, "", 0x0));
    public static final FieldSpec MSTP_CIST_INTERNAL_ROOT_PATH_COST = SPECS.add(f("mstp.cist_internal_root_path_cost", "CIST Internal Root Path Cost", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec MSTP_CIST_BRIDGE_PRIO = SPECS.add(f("mstp.cist_bridge.prio", "CIST Bridge Priority", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec MSTP_CIST_BRIDGE_EXT = SPECS.add(f("mstp.cist_bridge.ext", "CIST Bridge Identifier System ID Extension", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec MSTP_CIST_BRIDGE_HW = SPECS.add(f("mstp.cist_bridge.hw", "CIST Bridge Identifier System ID", FieldType.ETHER, "", 0x0));
    public static final FieldSpec MSTP_CIST_REMAINING_HOPS = SPECS.add(f("mstp.cist_remaining_hops", "CIST Remaining hops", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec MSTP_MSTI_FLAGS = SPECS.add(f("mstp.msti.flags", "MSTI flags", FieldType.UINT8, "BASE_HEX", 0x0));
    public static final FieldSpec MSTP_MSTI_PRIORITY = SPECS.add(f("mstp.msti.priority", "Priority", FieldType.UINT8, "BASE_HEX", 0xf0));
    public static final FieldSpec MSTP_MSTI_MSTI_ID = SPECS.add(f("mstp.msti.msti_id", "MSTID", FieldType.UINT16, "BASE_DEC", 0xfff));
    public static final FieldSpec MSTP_MSTI_REGIONAL_ROOT_ID = SPECS.add(f("mstp.msti.regional_root_id", "MSTI Regional Root Identifier", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec MSTP_MSTI_ROOT_HW = SPECS.add(f("mstp.msti.root.hw", "Regional Root", FieldType.ETHER, "", 0x0));
    public static final FieldSpec MSTP_MSTI_ROOT_COST = SPECS.add(f("mstp.msti.root_cost", "Internal root path cost", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec MSTP_MSTI_BRIDGE_ID = SPECS.add(f("mstp.msti.bridge_id", "MSTI Bridge Identifier", FieldType.UINT16, "BASE_DEC", 0xfff));
    public static final FieldSpec MSTP_MSTI_BRIDGE_ID_PRIORITY = SPECS.add(f("mstp.msti.bridge_id_priority", "MSTI Bridge Priority", FieldType.UINT16, "BASE_DEC", 0xf000));
    public static final FieldSpec MSTP_MSTI_BRIDGE_ID_MAC = SPECS.add(f("mstp.msti.bridge_id_mac", "MSTI Bridge MAC", FieldType.ETHER, "", 0x0));
    public static final FieldSpec MSTP_MSTI_BRIDGE_PRIORITY = SPECS.add(f("mstp.msti.bridge_priority", "Bridge Identifier Priority", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec MSTP_MSTI_PORT_PRIORITY = SPECS.add(f("mstp.msti.port_priority", "Port identifier priority", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec MSTP_MSTI_PORT = SPECS.add(f("mstp.msti.port", "Port identifier", FieldType.UINT16, "BASE_HEX", 0x0));
    public static final FieldSpec MSTP_MSTI_REMAINING_HOPS = SPECS.add(f("mstp.msti.remaining_hops", "Remaining hops", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec MSTP_VERSION_4_LENGTH = SPECS.add(f("mstp.version_4_length", "Version 4 Length", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec MSTP_AGREE_FLAGS_AGREEMENT_NUM = SPECS.add(f("mstp.agree_flags.agreement_num", "Agreement Number", FieldType.UINT8, "BASE_DEC", 0x3));
    public static final FieldSpec MSTP_AGREE_FLAGS_DAGREEMENT_NUM = SPECS.add(f("mstp.agree_flags.dagreement_num", "Disagreement Number", FieldType.UINT8, "BASE_DEC", 0xc));
    public static final FieldSpec MSTP_AGREE_FLAGS_AGREEMENT_VALID = SPECS.add(f("mstp.agree_flags.agreement_valid", "Agreement Valid Flag", FieldType.BOOLEAN, "8", 0x10));
    public static final FieldSpec MSTP_AGREE_FLAGS_REST_ROLE = SPECS.add(f("mstp.agree_flags.rest_role", "Restricted Role", FieldType.BOOLEAN, "8", 0x20));
    public static final FieldSpec MSTP_AGREEMENT_DIGEST = SPECS.add(f("mstp.agreement_digest", "Agreement Digest", FieldType.BYTES, "", 0x0));
    public static final FieldSpec BPDU_AGREEMENT_DIGEST_FORMAT_ID = SPECS.add(f("bpdu.agreement_digest_format_id", "Agreement Digest Format Id", FieldType.UINT8, "BASE_DEC", 0xf0));
    public static final FieldSpec BPDU_AGREEMENT_DIGEST_FORMAT_CAPABILITIES = SPECS.add(f("bpdu.agreement_digest_format_capabilities", "Agreement Digest Format Capabilities", FieldType.UINT8, "BASE_DEC", 0xf));
    public static final FieldSpec BPDU_AGREEMENT_DIGEST_CONVENTION_ID = SPECS.add(f("bpdu.agreement_digest_convention_id", "Agreement Digest Convention Id", FieldType.UINT8, "BASE_DEC", 0xf0));
    public static final FieldSpec BPDU_AGREEMENT_DIGEST_CONVENTION_CAPABILITIES = SPECS.add(f("bpdu.agreement_digest_convention_capabilities", "Agreement Digest Convention Capabilities", FieldType.UINT8, "BASE_DEC", 0xf));
    public static final FieldSpec BPDU_AGREEMENT_DIGEST_EDGE_COUNT = SPECS.add(f("bpdu.agreement_digest_edge_count", "Agreement Digest Edge Count", FieldType.UINT16, "BASE_DEC", 0x0));

    public static final Expert.Info VERSION_SUPPORT = SPECS.add(finding("bpdu.version_support",
            Expert.Group.PROTOCOL, Expert.Severity.WARN,
            "This version of Wireshark only knows about versions 0, 2, 3 & 4"));
    public static final Expert.Info TYPE_UNKNOWN = SPECS.add(finding("stp.type.unknown",
            Expert.Group.PROTOCOL, Expert.Severity.WARN, "Unknown BPDU type data"));
    public static final Expert.Info PVST_TLV_TRUNCATED = SPECS.add(finding("stp.pvst.tlv.truncated",
            Expert.Group.MALFORMED, Expert.Severity.ERROR, "TLV record is truncated prematurely"));
    public static final Expert.Info PVST_TLVLEN_INVALID = SPECS.add(finding("stp.pvst.tlvlen.invalid",
            Expert.Group.MALFORMED, Expert.Severity.ERROR, "Indicated length is not valid for this record type"));
    public static final Expert.Info PVST_TLV_UNKNOWN = SPECS.add(finding("stp.pvst.tlv.unknown",
            Expert.Group.UNDECODED, Expert.Severity.COMMENT, "TLV type is unknown"));
    public static final Expert.Info PVST_ORIGVLAN_MISSING = SPECS.add(finding("stp.pvst.origvlan.missing",
            Expert.Group.MALFORMED, Expert.Severity.ERROR, "Originating (PVID) VLAN TLV is missing or corrupt"));

    static final List<FieldSpec> ALL = SPECS.list();
}
