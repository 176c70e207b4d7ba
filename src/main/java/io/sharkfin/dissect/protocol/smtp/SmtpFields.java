package io.sharkfin.dissect.protocol.smtp;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.protocol.DeclaredFields;

import java.util.List;

/**
 * The SMTP fields: Wireshark 4.0's ({@code smtp.*}, made with {@code src/tools/gen-field-specs.py}
 * from {@code src/tools/smtp-fields.txt}) and packet-smtp.c's expert infos.
 */
public final class SmtpFields {
    private SmtpFields() {
    }

    private static FieldSpec f(String name, String title, FieldType type, String base, long mask) {
        return FieldSpec.of(name, title, type).base(base).mask(mask);
    }

    /** The constants below as they are made, in declaration order. */
    private static final DeclaredFields SPECS = new DeclaredFields();

    public static final FieldSpec SMTP = SPECS.add(FieldSpec.protocol("smtp", "Simple Mail Transfer Protocol"));

    public static final FieldSpec REQ = SPECS.add(f("smtp.req", "Request", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec RSP = SPECS.add(f("smtp.rsp", "Response", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec MESSAGE = SPECS.add(f("smtp.message", "Message", FieldType.STRING, "", 0x0));
    public static final FieldSpec COMMAND_LINE = SPECS.add(f("smtp.command_line", "Command Line", FieldType.STRING, "", 0x0));
    public static final FieldSpec REQ_COMMAND = SPECS.add(f("smtp.req.command", "Command", FieldType.STRING, "", 0x0));
    public static final FieldSpec REQ_PARAMETER = SPECS.add(f("smtp.req.parameter", "Request parameter", FieldType.STRING, "", 0x0));
    public static final FieldSpec RESPONSE = SPECS.add(f("smtp.response", "Response", FieldType.STRING, "", 0x0));
    public static final FieldSpec RESPONSE_CODE = SPECS.add(f("smtp.response.code", "Response code", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec RSP_PARAMETER = SPECS.add(f("smtp.rsp.parameter", "Response parameter", FieldType.STRING, "", 0x0));
    public static final FieldSpec AUTH_USERNAME = SPECS.add(f("smtp.auth.username", "Username", FieldType.STRING, "", 0x0));
    public static final FieldSpec AUTH_PASSWORD = SPECS.add(f("smtp.auth.password", "Password", FieldType.STRING, "", 0x0));
    public static final FieldSpec AUTH_USERNAME_PASSWORD = SPECS.add(f("smtp.auth.username_password", "Username/Password", FieldType.STRING, "", 0x0));
    public static final FieldSpec EOM = SPECS.add(f("smtp.eom", "EOM", FieldType.NONE, "", 0x0));
    public static final FieldSpec DATA_FRAGMENTS = SPECS.add(f("smtp.data.fragments", "DATA fragments", FieldType.NONE, "", 0x0));
    public static final FieldSpec DATA_FRAGMENT = SPECS.add(f("smtp.data.fragment", "DATA fragment", FieldType.FRAMENUM, "", 0x0));
    public static final FieldSpec DATA_FRAGMENT_OVERLAP = SPECS.add(f("smtp.data.fragment.overlap", "DATA fragment overlap", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec DATA_FRAGMENT_OVERLAP_CONFLICTS = SPECS.add(f("smtp.data.fragment.overlap.conflicts", "DATA fragment overlapping with conflicting data", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec DATA_FRAGMENT_MULTIPLE_TAILS = SPECS.add(f("smtp.data.fragment.multiple_tails", "DATA has multiple tail fragments", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec DATA_FRAGMENT_TOO_LONG_FRAGMENT = SPECS.add(f("smtp.data.fragment.too_long_fragment", "DATA fragment too long", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec DATA_FRAGMENT_ERROR = SPECS.add(f("smtp.data.fragment.error", "DATA defragmentation error", FieldType.FRAMENUM, "", 0x0));
    public static final FieldSpec DATA_FRAGMENT_COUNT = SPECS.add(f("smtp.data.fragment.count", "DATA fragment count", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec DATA_REASSEMBLED_IN = SPECS.add(f("smtp.data.reassembled.in", "Reassembled DATA in frame", FieldType.FRAMENUM, "", 0x0));
    public static final FieldSpec DATA_REASSEMBLED_LENGTH = SPECS.add(f("smtp.data.reassembled.length", "Reassembled DATA length", FieldType.UINT32, "BASE_DEC", 0x0));

    public static final Expert.Info BASE64_DECODE = SPECS.add(Expert.Info.of("smtp.base64_decode",
            Expert.Group.PROTOCOL, Expert.Severity.WARN,
            "base64 decode failed or is not enabled (check SMTP preferences)"));
    public static final Expert.Info RESPONSE_CODE_UNEXPECTED = SPECS.add(Expert.Info.of("smtp.response.code.unexpected",
            Expert.Group.PROTOCOL, Expert.Severity.WARN, "Unexpected response code in multiline response"));

    /** SMTP's fields and findings, protocol first. */
    static final List<FieldSpec> ALL = SPECS.list();
}
