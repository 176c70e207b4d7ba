package io.sharkfin.dissect.protocol.smb;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;

import java.util.List;

/**
 * The SMB2 fields of packet-smb2.c that sharkfin dissects, as tshark 4.0 registers them (made by
 * src/tools/gen-field-specs.py from src/tools/smb2-fields.txt): the header, what it names (session,
 * tree, request), the SMB3 transform header, and the fields of the commands that tell who
 * connected where and opened, listed, renamed, read or wrote what.
 */
public final class Smb2Fields {
    private Smb2Fields() {
    }

    public static final FieldSpec SMB2 = FieldSpec.protocol("smb2", "SMB2 (Server Message Block Protocol version 2)");

    public static final FieldSpec PROTOCOL_ID = f("smb2.protocol_id", "ProtocolId", FieldType.UINT32, "BASE_HEX", 0x0);
    public static final FieldSpec HEADER_LEN = f("smb2.header_len", "Header Length", FieldType.UINT16, "BASE_DEC", 0x0);
    public static final FieldSpec CREDIT_CHARGE = f("smb2.credit.charge", "Credit Charge", FieldType.UINT16, "BASE_DEC", 0x0);
    public static final FieldSpec CHANNEL_SEQUENCE = f("smb2.channel_sequence", "Channel Sequence", FieldType.UINT16, "BASE_DEC", 0x0);
    public static final FieldSpec NT_STATUS = f("smb2.nt_status", "NT Status", FieldType.UINT32, "BASE_HEX", 0x0);
    public static final FieldSpec CMD = f("smb2.cmd", "Command", FieldType.UINT16, "BASE_DEC", 0x0);
    public static final FieldSpec CREDITS_REQUESTED = f("smb2.credits.requested", "Credits requested", FieldType.UINT16, "BASE_DEC", 0x0);
    public static final FieldSpec CREDITS_GRANTED = f("smb2.credits.granted", "Credits granted", FieldType.UINT16, "BASE_DEC", 0x0);
    public static final FieldSpec FLAGS = f("smb2.flags", "Flags", FieldType.UINT32, "BASE_HEX", 0x0);
    public static final FieldSpec FLAGS_RESPONSE = f("smb2.flags.response", "Response", FieldType.BOOLEAN, "32", 0x1);
    public static final FieldSpec FLAGS_ASYNC = f("smb2.flags.async", "Async command", FieldType.BOOLEAN, "32", 0x2);
    public static final FieldSpec FLAGS_CHAINED = f("smb2.flags.chained", "Chained", FieldType.BOOLEAN, "32", 0x4);
    public static final FieldSpec FLAGS_SIGNATURE = f("smb2.flags.signature", "Signing", FieldType.BOOLEAN, "32", 0x8);
    public static final FieldSpec FLAGS_PRIORITY_MASK = f("smb2.flags.priority_mask", "Priority", FieldType.BOOLEAN, "32", 0x70);
    public static final FieldSpec FLAGS_DFS = f("smb2.flags.dfs", "DFS operation", FieldType.BOOLEAN, "32", 0x10000000);
    public static final FieldSpec FLAGS_REPLAY = f("smb2.flags.replay", "Replay operation", FieldType.BOOLEAN, "32", 0x20000000);
    public static final FieldSpec CHAIN_OFFSET = f("smb2.chain_offset", "Chain Offset", FieldType.UINT32, "BASE_HEX", 0x0);
    public static final FieldSpec MSG_ID = f("smb2.msg_id", "Message ID", FieldType.UINT64, "BASE_DEC", 0x0);
    public static final FieldSpec PID = f("smb2.pid", "Process Id", FieldType.UINT32, "BASE_HEX", 0x0);
    public static final FieldSpec TID = f("smb2.tid", "Tree Id", FieldType.UINT32, "BASE_HEX", 0x0);
    public static final FieldSpec AID = f("smb2.aid", "Async Id", FieldType.UINT64, "BASE_HEX", 0x0);
    public static final FieldSpec SESID = f("smb2.sesid", "Session Id", FieldType.UINT64, "BASE_HEX", 0x0);
    public static final FieldSpec SIGNATURE = f("smb2.signature", "Signature", FieldType.BYTES, "", 0x0);
    public static final FieldSpec RESPONSE_TO = f("smb2.response_to", "Response to", FieldType.FRAMENUM, "", 0x0);
    public static final FieldSpec TIME = f("smb2.time", "Time from request", FieldType.RELATIVE_TIME, "", 0x0);
    public static final FieldSpec TREE = f("smb2.tree", "Tree", FieldType.STRING, "", 0x0);
    public static final FieldSpec SHARE_TYPE = f("smb2.share_type", "Share Type", FieldType.UINT8, "BASE_HEX", 0x0);
    public static final FieldSpec TCON_FRAME = f("smb2.tcon_frame", "Connected in Frame", FieldType.UINT32, "BASE_DEC", 0x0);
    public static final FieldSpec ACCT = f("smb2.acct", "Account", FieldType.STRING, "", 0x0);
    public static final FieldSpec DOMAIN = f("smb2.domain", "Domain", FieldType.STRING, "", 0x0);
    public static final FieldSpec HOST = f("smb2.host", "Host", FieldType.STRING, "", 0x0);
    public static final FieldSpec AUTH_FRAME = f("smb2.auth_frame", "Authenticated in Frame", FieldType.UINT32, "BASE_DEC", 0x0);
    public static final FieldSpec HEADER_TRANSFORM_SIGNATURE = f("smb2.header.transform.signature", "Signature", FieldType.BYTES, "", 0x0);
    public static final FieldSpec HEADER_TRANSFORM_NONCE = f("smb2.header.transform.nonce", "Nonce", FieldType.BYTES, "", 0x0);
    public static final FieldSpec HEADER_TRANSFORM_MSG_SIZE = f("smb2.header.transform.msg_size", "Message size", FieldType.UINT32, "BASE_DEC", 0x0);
    public static final FieldSpec HEADER_TRANSFORM_FLAGS = f("smb2.header.transform.flags", "Flags", FieldType.UINT16, "BASE_HEX", 0x0);
    public static final FieldSpec HEADER_TRANSFORM_ENC_DATA = f("smb2.header.transform.enc_data", "Data", FieldType.BYTES, "", 0x0);
    public static final FieldSpec DIALECT_COUNT = f("smb2.dialect_count", "Dialect count", FieldType.UINT16, "BASE_DEC", 0x0);
    public static final FieldSpec DIALECT = f("smb2.dialect", "Dialect", FieldType.UINT16, "BASE_HEX", 0x0);
    public static final FieldSpec SECURITY_BLOB = f("smb2.security_blob", "Security Blob", FieldType.BYTES, "", 0x0);
    public static final FieldSpec FILENAME = f("smb2.filename", "Filename", FieldType.STRING, "", 0x0);
    public static final FieldSpec CREATE_DISPOSITION = f("smb2.create.disposition", "Disposition", FieldType.UINT32, "BASE_DEC", 0x0);
    public static final FieldSpec CREATE_ACTION = f("smb2.create.action", "Create Action", FieldType.UINT32, "BASE_DEC", 0x0);
    public static final FieldSpec FID = f("smb2.fid", "File Id", FieldType.GUID, "", 0x0);
    public static final FieldSpec READ_LENGTH = f("smb2.read_length", "Read Length", FieldType.UINT32, "BASE_DEC", 0x0);
    public static final FieldSpec WRITE_LENGTH = f("smb2.write_length", "Write Length", FieldType.UINT32, "BASE_DEC", 0x0);
    public static final FieldSpec FILE_OFFSET = f("smb2.file_offset", "File Offset", FieldType.UINT64, "BASE_DEC", 0x0);

    /** Every field above but the protocol. */
    static final List<FieldSpec> ALL = List.of(
            PROTOCOL_ID, HEADER_LEN, CREDIT_CHARGE, CHANNEL_SEQUENCE, NT_STATUS, CMD, CREDITS_REQUESTED,
            CREDITS_GRANTED, FLAGS, FLAGS_RESPONSE, FLAGS_ASYNC, FLAGS_CHAINED, FLAGS_SIGNATURE,
            FLAGS_PRIORITY_MASK, FLAGS_DFS, FLAGS_REPLAY, CHAIN_OFFSET, MSG_ID, PID, TID, AID, SESID,
            SIGNATURE, RESPONSE_TO, TIME, TREE, SHARE_TYPE, TCON_FRAME, ACCT, DOMAIN, HOST, AUTH_FRAME,
            HEADER_TRANSFORM_SIGNATURE, HEADER_TRANSFORM_NONCE, HEADER_TRANSFORM_MSG_SIZE,
            HEADER_TRANSFORM_FLAGS, HEADER_TRANSFORM_ENC_DATA, DIALECT_COUNT, DIALECT, SECURITY_BLOB,
            FILENAME, CREATE_DISPOSITION, CREATE_ACTION, FID, READ_LENGTH, WRITE_LENGTH, FILE_OFFSET);

    private static FieldSpec f(String name, String title, FieldType type, String base, long mask) {
        return FieldSpec.of(name, title, type).base(base).mask(mask);
    }
}
