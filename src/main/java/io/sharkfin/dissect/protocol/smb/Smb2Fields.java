package io.sharkfin.dissect.protocol.smb;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;

import java.util.List;

/**
 * The SMB2 fields of packet-smb2.c that sharkfin dissects, as tshark 4.0 registers them (made by
 * src/tools/gen-field-specs.py from src/tools/smb2-fields.txt): the header, what it names (session,
 * tree, request), the SMB3 transform header, and the fields of the commands that tell who
 * connected where and opened, listed, renamed, read or wrote what (with the sizes and attributes
 * of files and where a write's data lies, which the export of objects follows).
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
    public static final FieldSpec EOF = f("smb2.eof", "End Of File", FieldType.UINT64, "BASE_DEC", 0x0);
    public static final FieldSpec FILE_ATTRIBUTE = f("smb2.file_attribute", "File Attributes", FieldType.UINT32, "BASE_HEX", 0x0);
    public static final FieldSpec FILE_ATTRIBUTE_READ_ONLY = f("smb2.file_attribute.read_only", "Read Only", FieldType.BOOLEAN, "32", 0x1);
    public static final FieldSpec FILE_ATTRIBUTE_HIDDEN = f("smb2.file_attribute.hidden", "Hidden", FieldType.BOOLEAN, "32", 0x2);
    public static final FieldSpec FILE_ATTRIBUTE_SYSTEM = f("smb2.file_attribute.system", "System", FieldType.BOOLEAN, "32", 0x4);
    public static final FieldSpec FILE_ATTRIBUTE_DIRECTORY = f("smb2.file_attribute.directory", "Directory", FieldType.BOOLEAN, "32", 0x10);
    public static final FieldSpec FILE_ATTRIBUTE_ARCHIVE = f("smb2.file_attribute.archive", "Requires archived", FieldType.BOOLEAN, "32", 0x20);
    public static final FieldSpec FILE_ATTRIBUTE_NORMAL = f("smb2.file_attribute.normal", "Normal", FieldType.BOOLEAN, "32", 0x80);
    public static final FieldSpec FILE_ATTRIBUTE_TEMPORARY = f("smb2.file_attribute.temporary", "Temporary", FieldType.BOOLEAN, "32", 0x100);
    public static final FieldSpec FILE_ATTRIBUTE_SPARSE = f("smb2.file_attribute.sparse", "Sparse", FieldType.BOOLEAN, "32", 0x200);
    public static final FieldSpec FILE_ATTRIBUTE_REPARSE = f("smb2.file_attribute.reparse", "Reparse Point", FieldType.BOOLEAN, "32", 0x400);
    public static final FieldSpec FILE_ATTRIBUTE_COMPRESSED = f("smb2.file_attribute.compressed", "Compressed", FieldType.BOOLEAN, "32", 0x800);
    public static final FieldSpec FILE_ATTRIBUTE_OFFLINE = f("smb2.file_attribute.offline", "Offline", FieldType.BOOLEAN, "32", 0x1000);
    public static final FieldSpec FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = f("smb2.file_attribute.not_content_indexed", "Not Content Indexed", FieldType.BOOLEAN, "32", 0x2000);
    public static final FieldSpec FILE_ATTRIBUTE_ENCRYPTED = f("smb2.file_attribute.encrypted", "Encrypted", FieldType.BOOLEAN, "32", 0x4000);
    public static final FieldSpec FILE_ATTRIBUTE_INTEGRITY_STREAM = f("smb2.file_attribute.integrity_stream", "Integrity Stream", FieldType.BOOLEAN, "32", 0x8000);
    public static final FieldSpec FILE_ATTRIBUTE_NO_SCRUB_DATA = f("smb2.file_attribute.no_scrub_data", "No Scrub Data", FieldType.BOOLEAN, "32", 0x20000);
    public static final FieldSpec DATA_OFFSET = f("smb2.data_offset", "Data Offset", FieldType.UINT16, "BASE_HEX", 0x0);

    /** Every field above but the protocol. */
    static final List<FieldSpec> ALL = List.of(
            PROTOCOL_ID, HEADER_LEN, CREDIT_CHARGE, CHANNEL_SEQUENCE, NT_STATUS, CMD, CREDITS_REQUESTED,
            CREDITS_GRANTED, FLAGS, FLAGS_RESPONSE, FLAGS_ASYNC, FLAGS_CHAINED, FLAGS_SIGNATURE,
            FLAGS_PRIORITY_MASK, FLAGS_DFS, FLAGS_REPLAY, CHAIN_OFFSET, MSG_ID, PID, TID, AID, SESID,
            SIGNATURE, RESPONSE_TO, TIME, TREE, SHARE_TYPE, TCON_FRAME, ACCT, DOMAIN, HOST, AUTH_FRAME,
            HEADER_TRANSFORM_SIGNATURE, HEADER_TRANSFORM_NONCE, HEADER_TRANSFORM_MSG_SIZE,
            HEADER_TRANSFORM_FLAGS, HEADER_TRANSFORM_ENC_DATA, DIALECT_COUNT, DIALECT, SECURITY_BLOB,
            FILENAME, CREATE_DISPOSITION, CREATE_ACTION, FID, READ_LENGTH, WRITE_LENGTH, FILE_OFFSET, EOF,
            FILE_ATTRIBUTE, FILE_ATTRIBUTE_READ_ONLY, FILE_ATTRIBUTE_HIDDEN, FILE_ATTRIBUTE_SYSTEM,
            FILE_ATTRIBUTE_DIRECTORY, FILE_ATTRIBUTE_ARCHIVE, FILE_ATTRIBUTE_NORMAL, FILE_ATTRIBUTE_TEMPORARY,
            FILE_ATTRIBUTE_SPARSE, FILE_ATTRIBUTE_REPARSE, FILE_ATTRIBUTE_COMPRESSED, FILE_ATTRIBUTE_OFFLINE,
            FILE_ATTRIBUTE_NOT_CONTENT_INDEXED, FILE_ATTRIBUTE_ENCRYPTED, FILE_ATTRIBUTE_INTEGRITY_STREAM,
            FILE_ATTRIBUTE_NO_SCRUB_DATA, DATA_OFFSET);

    /** The bits of {@link #FILE_ATTRIBUTE}, in the order dissect_fscc_file_attr adds them. */
    static final List<FieldSpec> FILE_ATTRIBUTE_BITS = List.of(FILE_ATTRIBUTE_READ_ONLY, FILE_ATTRIBUTE_HIDDEN,
            FILE_ATTRIBUTE_SYSTEM, FILE_ATTRIBUTE_DIRECTORY, FILE_ATTRIBUTE_ARCHIVE, FILE_ATTRIBUTE_NORMAL,
            FILE_ATTRIBUTE_TEMPORARY, FILE_ATTRIBUTE_SPARSE, FILE_ATTRIBUTE_REPARSE, FILE_ATTRIBUTE_COMPRESSED,
            FILE_ATTRIBUTE_OFFLINE, FILE_ATTRIBUTE_NOT_CONTENT_INDEXED, FILE_ATTRIBUTE_ENCRYPTED,
            FILE_ATTRIBUTE_INTEGRITY_STREAM, FILE_ATTRIBUTE_NO_SCRUB_DATA);

    private static FieldSpec f(String name, String title, FieldType type, String base, long mask) {
        return FieldSpec.of(name, title, type).base(base).mask(mask);
    }
}
