package io.sharkfin.dissect.protocol.imap;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.protocol.DeclaredFields;

import java.util.List;

/**
 * The IMAP fields: Wireshark 4.0's ({@code imap.*}, made with {@code src/tools/gen-field-specs.py}
 * from {@code src/tools/imap-fields.txt}).
 */
public final class ImapFields {
    private ImapFields() {
    }

    private static FieldSpec f(String name, String title, FieldType type, String base, long mask) {
        return FieldSpec.of(name, title, type).base(base).mask(mask);
    }

    /** The constants below as they are made, in declaration order. */
    private static final DeclaredFields SPECS = new DeclaredFields();

    public static final FieldSpec IMAP = SPECS.add(FieldSpec.protocol("imap", "Internet Message Access Protocol"));

    public static final FieldSpec ISREQUEST = SPECS.add(f("imap.isrequest", "Request", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec LINE = SPECS.add(f("imap.line", "Line", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec REQUEST = SPECS.add(f("imap.request", "Request", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec REQUEST_TAG = SPECS.add(f("imap.request_tag", "Request Tag", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec RESPONSE = SPECS.add(f("imap.response", "Response", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec RESPONSE_TAG = SPECS.add(f("imap.response_tag", "Response Tag", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec REQUEST_COMMAND = SPECS.add(f("imap.request.command", "Request Command", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec RESPONSE_COMMAND = SPECS.add(f("imap.response.command", "Response Command", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec RESPONSE_STATUS = SPECS.add(f("imap.response.status", "Response Status", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec TAG = SPECS.add(f("imap.tag", "Tag", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec COMMAND = SPECS.add(f("imap.command", "Command", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec REQUEST_FOLDER = SPECS.add(f("imap.request.folder", "Request Folder", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec REQUEST_COMMAND_UID = SPECS.add(f("imap.request.command.uid", "Request isUID", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec REQUEST_USERNAME = SPECS.add(f("imap.request.username", "Request Username", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec REQUEST_PASSWORD = SPECS.add(f("imap.request.password", "Request Password", FieldType.STRINGZ, "", 0x0));
    public static final FieldSpec RESPONSE_IN = SPECS.add(f("imap.response_in", "Response In", FieldType.FRAMENUM, "", 0x0));
    public static final FieldSpec RESPONSE_TO = SPECS.add(f("imap.response_to", "Request In", FieldType.FRAMENUM, "", 0x0));
    public static final FieldSpec TIME = SPECS.add(f("imap.time", "Response Time", FieldType.RELATIVE_TIME, "", 0x0));

    /** IMAP's fields, protocol first. */
    static final List<FieldSpec> ALL = SPECS.list();
}
