package io.sharkfin.dissect.protocol.ftp;

import io.sharkfin.dissect.Expert;
import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.protocol.DeclaredFields;

import java.util.List;

/**
 * The FTP and FTP-DATA fields: Wireshark 4.0's ({@code ftp.*}, {@code ftp-data.*}, made with
 * {@code src/tools/gen-field-specs.py} from {@code src/tools/ftp-fields.txt}) and packet-ftp.c's
 * expert infos. packet-ftp.c registers the {@code ftp-data.*} fields with FTP's protocol.
 */
public final class FtpFields {
    private FtpFields() {
    }

    private static FieldSpec f(String name, String title, FieldType type, String base, long mask) {
        return FieldSpec.of(name, title, type).base(base).mask(mask);
    }

    /** The constants below as they are made, in declaration order. */
    private static final DeclaredFields SPECS = new DeclaredFields();

    public static final FieldSpec FTP = SPECS.add(FieldSpec.protocol("ftp", "File Transfer Protocol (FTP)"));
    public static final FieldSpec FTP_DATA = SPECS.add(FieldSpec.protocol("ftp-data", "FTP Data"));

    public static final FieldSpec CURRENT_WORKING_DIRECTORY = SPECS.add(f("ftp.current-working-directory", "Current working directory", FieldType.STRING, "", 0x0));
    public static final FieldSpec RESPONSE = SPECS.add(f("ftp.response", "Response", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec REQUEST = SPECS.add(f("ftp.request", "Request", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec REQUEST_COMMAND = SPECS.add(f("ftp.request.command", "Request command", FieldType.STRING, "", 0x0));
    public static final FieldSpec REQUEST_ARG = SPECS.add(f("ftp.request.arg", "Request arg", FieldType.STRING, "", 0x0));
    public static final FieldSpec RESPONSE_CODE = SPECS.add(f("ftp.response.code", "Response code", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec RESPONSE_ARG = SPECS.add(f("ftp.response.arg", "Response arg", FieldType.STRING, "", 0x0));
    public static final FieldSpec PASSIVE_IP = SPECS.add(f("ftp.passive.ip", "Passive IP address", FieldType.IPv4, "", 0x0));
    public static final FieldSpec PASSIVE_PORT = SPECS.add(f("ftp.passive.port", "Passive port", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec PASSIVE_NAT = SPECS.add(f("ftp.passive.nat", "Passive IP NAT", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec ACTIVE_CIP = SPECS.add(f("ftp.active.cip", "Active IP address", FieldType.IPv4, "", 0x0));
    public static final FieldSpec ACTIVE_PORT = SPECS.add(f("ftp.active.port", "Active port", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec ACTIVE_NAT = SPECS.add(f("ftp.active.nat", "Active IP NAT", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec EPRT_AF = SPECS.add(f("ftp.eprt.af", "Extended active address family", FieldType.UINT8, "BASE_DEC", 0x0));
    public static final FieldSpec EPRT_IP = SPECS.add(f("ftp.eprt.ip", "Extended active IP address", FieldType.IPv4, "", 0x0));
    public static final FieldSpec EPRT_IPV6 = SPECS.add(f("ftp.eprt.ipv6", "Extended active IPv6 address", FieldType.IPv6, "", 0x0));
    public static final FieldSpec EPRT_PORT = SPECS.add(f("ftp.eprt.port", "Extended active port", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec EPSV_IP = SPECS.add(f("ftp.epsv.ip", "Extended passive IPv4 address", FieldType.IPv4, "", 0x0));
    public static final FieldSpec EPSV_IPV6 = SPECS.add(f("ftp.epsv.ipv6", "Extended passive IPv6 address", FieldType.IPv6, "", 0x0));
    public static final FieldSpec EPSV_PORT = SPECS.add(f("ftp.epsv.port", "Extended passive port", FieldType.UINT16, "BASE_DEC", 0x0));
    public static final FieldSpec COMMAND_RESPONSE_FIRST_FRAME_NUM = SPECS.add(f("ftp.command-response.first-frame-num", "Command response first frame", FieldType.FRAMENUM, "", 0x0));
    public static final FieldSpec COMMAND_RESPONSE_LAST_FRAME_NUM = SPECS.add(f("ftp.command-response.last-frame-num", "Command response last frame", FieldType.FRAMENUM, "", 0x0));
    public static final FieldSpec COMMAND_RESPONSE_DURATION = SPECS.add(f("ftp.command-response.duration", "Response duration", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec COMMAND_RESPONSE_BITRATE = SPECS.add(f("ftp.command-response.bitrate", "Response bitrate", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec COMMAND_RESPONSE_FRAMES = SPECS.add(f("ftp.command-response.frames", "Command response frames", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec COMMAND_RESPONSE_BYTES = SPECS.add(f("ftp.command-response.bytes", "Command response bytes", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec SETUP_FRAME = SPECS.add(f("ftp.setup-frame", "Setup frame", FieldType.FRAMENUM, "", 0x0));
    public static final FieldSpec COMMAND_FRAME = SPECS.add(f("ftp.command-frame", "Command frame", FieldType.FRAMENUM, "", 0x0));
    public static final FieldSpec COMMAND = SPECS.add(f("ftp.command", "Command", FieldType.STRING, "", 0x0));

    public static final FieldSpec FTP_DATA_SETUP_FRAME = SPECS.add(f("ftp-data.setup-frame", "Setup frame", FieldType.FRAMENUM, "", 0x0).inProtocol("ftp"));
    public static final FieldSpec FTP_DATA_SETUP_METHOD = SPECS.add(f("ftp-data.setup-method", "Setup method", FieldType.STRING, "", 0x0).inProtocol("ftp"));
    public static final FieldSpec FTP_DATA_COMMAND = SPECS.add(f("ftp-data.command", "Command", FieldType.STRING, "", 0x0).inProtocol("ftp"));
    public static final FieldSpec FTP_DATA_COMMAND_FRAME = SPECS.add(f("ftp-data.command-frame", "Command frame", FieldType.FRAMENUM, "", 0x0).inProtocol("ftp"));
    public static final FieldSpec FTP_DATA_CURRENT_WORKING_DIRECTORY = SPECS.add(f("ftp-data.current-working-directory", "Current working directory", FieldType.STRING, "", 0x0).inProtocol("ftp"));

    public static final Expert.Info EPRT_ARGS_INVALID = SPECS.add(Expert.Info.of("ftp.eprt.args_invalid",
            Expert.Group.MALFORMED, Expert.Severity.WARN,
            "EPRT arguments must have the form: |<family>|<addr>|<port>|"));
    public static final Expert.Info EPSV_ARGS_INVALID = SPECS.add(Expert.Info.of("ftp.epsv.args_invalid",
            Expert.Group.MALFORMED, Expert.Severity.WARN, "EPSV arguments must have the form (|||<port>|)"));
    public static final Expert.Info RESPONSE_CODE_INVALID = SPECS.add(Expert.Info.of("ftp.response.code.invalid",
            Expert.Group.MALFORMED, Expert.Severity.ERROR, "Invalid response code"));
    public static final Expert.Info PWD_RESPONSE_INVALID = SPECS.add(Expert.Info.of("ftp.response.pwd.invalid",
            Expert.Group.MALFORMED, Expert.Severity.ERROR, "Invalid PWD response"));

    private static final List<FieldSpec> DECLARED = SPECS.list();

    /** FTP's fields and findings, protocol first. */
    static final List<FieldSpec> CONTROL = DECLARED.stream().filter(f -> !f.name().startsWith("ftp-data")).toList();

    /** FTP-DATA's fields, protocol first. */
    static final List<FieldSpec> DATA = DECLARED.stream().filter(f -> f.name().startsWith("ftp-data")).toList();
}
