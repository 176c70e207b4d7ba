package io.sharkfin.dissect.protocol.nbns;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;

import java.util.List;

/**
 * Wireshark's NBNS fields (packet-nbt.c) exactly as tshark 4.0 registers them ({@code tshark -G
 * fields}): header and flags, questions and records, the NB and NBSTAT record data, and the
 * expert info of a record whose data ends early.
 */
public final class NbnsFields {
    private NbnsFields() {
    }

    public static final FieldSpec NBNS = FieldSpec.protocol("nbns", "NetBIOS Name Service");

    public static final FieldSpec FLAGS = spec("nbns.flags",
            "Flags", FieldType.UINT16, "BASE_HEX", 0x0L, "");
    public static final FieldSpec FLAGS_RESPONSE = spec("nbns.flags.response",
            "Response", FieldType.BOOLEAN, "16", 0x8000L, "Is the message a response?");
    public static final FieldSpec FLAGS_OPCODE = spec("nbns.flags.opcode",
            "Opcode", FieldType.UINT16, "BASE_DEC", 0x7800L, "Operation code");
    public static final FieldSpec FLAGS_AUTHORITATIVE = spec("nbns.flags.authoritative",
            "Authoritative", FieldType.BOOLEAN, "16", 0x400L, "Is the server is an authority for the domain?");
    public static final FieldSpec FLAGS_TRUNCATED = spec("nbns.flags.truncated",
            "Truncated", FieldType.BOOLEAN, "16", 0x200L, "Is the message truncated?");
    public static final FieldSpec FLAGS_RECDESIRED = spec("nbns.flags.recdesired",
            "Recursion desired", FieldType.BOOLEAN, "16", 0x100L, "Do query recursively?");
    public static final FieldSpec FLAGS_RECAVAIL = spec("nbns.flags.recavail",
            "Recursion available", FieldType.BOOLEAN, "16", 0x80L, "Can the server do recursive queries?");
    public static final FieldSpec FLAGS_BROADCAST = spec("nbns.flags.broadcast",
            "Broadcast", FieldType.BOOLEAN, "16", 0x10L, "Is this a broadcast packet?");
    public static final FieldSpec FLAGS_RCODE = spec("nbns.flags.rcode",
            "Reply code", FieldType.UINT16, "BASE_DEC", 0xfL, "");
    public static final FieldSpec ID = spec("nbns.id",
            "Transaction ID", FieldType.UINT16, "BASE_HEX", 0x0L, "Identification of transaction");
    public static final FieldSpec COUNT_QUERIES = spec("nbns.count.queries",
            "Questions", FieldType.UINT16, "BASE_DEC", 0x0L, "Number of queries in packet");
    public static final FieldSpec COUNT_ANSWERS = spec("nbns.count.answers",
            "Answer RRs", FieldType.UINT16, "BASE_DEC", 0x0L, "Number of answers in packet");
    public static final FieldSpec COUNT_AUTH_RR = spec("nbns.count.auth_rr",
            "Authority RRs", FieldType.UINT16, "BASE_DEC", 0x0L, "Number of authoritative records in packet");
    public static final FieldSpec COUNT_ADD_RR = spec("nbns.count.add_rr",
            "Additional RRs", FieldType.UINT16, "BASE_DEC", 0x0L, "Number of additional records in packet");
    public static final FieldSpec NAME_FLAGS = spec("nbns.name_flags",
            "Name flags", FieldType.UINT16, "BASE_HEX", 0x0L, "");
    public static final FieldSpec NAME_FLAGS_GROUP = spec("nbns.name_flags.group",
            "Name type", FieldType.BOOLEAN, "16", 0x8000L, "");
    public static final FieldSpec NAME_FLAGS_ONT = spec("nbns.name_flags.ont",
            "ONT", FieldType.UINT16, "BASE_DEC", 0x6000L, "");
    public static final FieldSpec NAME_FLAGS_DRG = spec("nbns.name_flags.drg",
            "Name is being deregistered", FieldType.BOOLEAN, "16", 0x1000L, "");
    public static final FieldSpec NAME_FLAGS_CNF = spec("nbns.name_flags.cnf",
            "Name is in conflict", FieldType.BOOLEAN, "16", 0x800L, "");
    public static final FieldSpec NAME_FLAGS_ACT = spec("nbns.name_flags.act",
            "Name is active", FieldType.BOOLEAN, "16", 0x400L, "");
    public static final FieldSpec NAME_FLAGS_PRM = spec("nbns.name_flags.prm",
            "Permanent node name", FieldType.BOOLEAN, "16", 0x200L, "");
    public static final FieldSpec NB_FLAGS = spec("nbns.nb_flags",
            "Name flags", FieldType.UINT16, "BASE_HEX", 0x0L, "");
    public static final FieldSpec NB_FLAGS_GROUP = spec("nbns.nb_flags.group",
            "Name type", FieldType.BOOLEAN, "16", 0x8000L, "");
    public static final FieldSpec NB_FLAGS_ONT = spec("nbns.nb_flags.ont",
            "ONT", FieldType.UINT16, "BASE_DEC", 0x6000L, "");
    public static final FieldSpec TYPE = spec("nbns.type",
            "Type", FieldType.UINT16, "BASE_DEC", 0x0L, "");
    public static final FieldSpec CLASS = spec("nbns.class",
            "Class", FieldType.UINT16, "BASE_DEC", 0x0L, "");
    public static final FieldSpec NAME = spec("nbns.name",
            "Name", FieldType.STRING, "", 0x0L, "");
    public static final FieldSpec ADDR = spec("nbns.addr",
            "Addr", FieldType.IPv4, "", 0x0L, "");
    public static final FieldSpec NUMBER_OF_NAMES = spec("nbns.number_of_names",
            "Number of names", FieldType.UINT8, "BASE_DEC", 0x0L, "");
    public static final FieldSpec UNIT_ID = spec("nbns.unit_id",
            "Unit ID", FieldType.ETHER, "", 0x0L, "");
    public static final FieldSpec JUMPERS = spec("nbns.jumpers",
            "Jumpers", FieldType.UINT8, "BASE_HEX", 0x0L, "");
    public static final FieldSpec TEST_RESULT = spec("nbns.test_result",
            "Test result", FieldType.UINT8, "BASE_HEX", 0x0L, "");
    public static final FieldSpec VERSION_NUMBER = spec("nbns.version_number",
            "Version number", FieldType.UINT16, "BASE_HEX", 0x0L, "");
    public static final FieldSpec PERIOD_OF_STATISTICS = spec("nbns.period_of_statistics",
            "Period of statistics", FieldType.UINT16, "BASE_HEX", 0x0L, "");
    public static final FieldSpec NUM_CRCS = spec("nbns.num_crcs",
            "Number of CRCs", FieldType.UINT16, "BASE_DEC", 0x0L, "");
    public static final FieldSpec NUM_ALIGNMENT_ERRORS = spec("nbns.num_alignment_errors",
            "Number of alignment errors", FieldType.UINT16, "BASE_DEC", 0x0L, "");
    public static final FieldSpec NUM_COLLISIONS = spec("nbns.num_collisions",
            "Number of collisions", FieldType.UINT16, "BASE_DEC", 0x0L, "");
    public static final FieldSpec NUM_SEND_ABORTS = spec("nbns.num_send_aborts",
            "Number of send aborts", FieldType.UINT16, "BASE_DEC", 0x0L, "");
    public static final FieldSpec NUM_GOOD_SENDS = spec("nbns.num_good_sends",
            "Number of good sends", FieldType.UINT32, "BASE_DEC", 0x0L, "");
    public static final FieldSpec NUM_GOOD_RECEIVES = spec("nbns.num_good_receives",
            "Number of good receives", FieldType.UINT32, "BASE_DEC", 0x0L, "");
    public static final FieldSpec NUM_RETRANSMITS = spec("nbns.numretransmits",
            "Number of retransmits", FieldType.UINT16, "BASE_DEC", 0x0L, "");
    public static final FieldSpec NUM_NO_RESOURCE_CONDITIONS = spec("nbns.num_no_resource_conditions",
            "Number of no resource conditions", FieldType.UINT16, "BASE_DEC", 0x0L, "");
    public static final FieldSpec NUM_COMMAND_BLOCKS = spec("nbns.numcommand_blocks",
            "Number of command blocks", FieldType.UINT16, "BASE_DEC", 0x0L, "");
    public static final FieldSpec NUM_PENDING_SESSIONS = spec("nbns.numpending_sessions",
            "Number of pending sessions", FieldType.UINT16, "BASE_DEC", 0x0L, "");
    public static final FieldSpec MAX_NUM_PENDING_SESSIONS = spec("nbns.max_num_pending_sessions",
            "Max number of pending sessions", FieldType.UINT16, "BASE_DEC", 0x0L, "");
    public static final FieldSpec MAX_TOTAL_SESSIONS_POSSIBLE = spec("nbns.max_total_sessions_possible",
            "Max total sessions possible", FieldType.UINT16, "BASE_DEC", 0x0L, "");
    public static final FieldSpec SESSION_DATA_PACKET_SIZE = spec("nbns.session_data_packet_size",
            "Session data packet size", FieldType.UINT16, "BASE_DEC", 0x0L, "");
    public static final FieldSpec DATA = spec("nbns.data",
            "Data", FieldType.BYTES, "", 0x0L, "");
    public static final FieldSpec NETBIOS_NAME = spec("nbns.netbios_name",
            "Name", FieldType.STRING, "", 0x0L, "");
    public static final FieldSpec TTL = spec("nbns.ttl",
            "Time to live", FieldType.UINT32, "BASE_DEC", 0x0L, "");
    public static final FieldSpec DATA_LENGTH = spec("nbns.data_length",
            "Data length", FieldType.UINT16, "BASE_DEC", 0x0L, "");

    /** A record's data ends before the part its type needs next ({@code ei_nbns_incomplete_entry}). */
    public static final Expert.Info INCOMPLETE_ENTRY = Expert.Info.of("nbns.incomplete_entry",
            Expert.Group.MALFORMED, Expert.Severity.ERROR, "incomplete entry");

    /** Every field above but the protocol, in Wireshark's registration order. */
    static final List<FieldSpec> ALL = List.of(
            FLAGS, FLAGS_RESPONSE, FLAGS_OPCODE, FLAGS_AUTHORITATIVE, FLAGS_TRUNCATED, FLAGS_RECDESIRED,
            FLAGS_RECAVAIL, FLAGS_BROADCAST, FLAGS_RCODE, ID, COUNT_QUERIES, COUNT_ANSWERS, COUNT_AUTH_RR,
            COUNT_ADD_RR, NAME_FLAGS, NAME_FLAGS_GROUP, NAME_FLAGS_ONT, NAME_FLAGS_DRG, NAME_FLAGS_CNF,
            NAME_FLAGS_ACT, NAME_FLAGS_PRM, NB_FLAGS, NB_FLAGS_GROUP, NB_FLAGS_ONT, TYPE, CLASS, NAME, ADDR,
            NUMBER_OF_NAMES, UNIT_ID, JUMPERS, TEST_RESULT, VERSION_NUMBER, PERIOD_OF_STATISTICS, NUM_CRCS,
            NUM_ALIGNMENT_ERRORS, NUM_COLLISIONS, NUM_SEND_ABORTS, NUM_GOOD_SENDS, NUM_GOOD_RECEIVES,
            NUM_RETRANSMITS, NUM_NO_RESOURCE_CONDITIONS, NUM_COMMAND_BLOCKS, NUM_PENDING_SESSIONS,
            MAX_NUM_PENDING_SESSIONS, MAX_TOTAL_SESSIONS_POSSIBLE, SESSION_DATA_PACKET_SIZE, DATA,
            NETBIOS_NAME, TTL, DATA_LENGTH);

    private static FieldSpec spec(String name, String title, FieldType type, String display,
                                  long mask, String description) {
        return FieldSpec.of(name, title, type).base(display).mask(mask).describe(description);
    }
}
