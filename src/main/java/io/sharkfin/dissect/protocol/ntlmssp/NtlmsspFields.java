package io.sharkfin.dissect.protocol.ntlmssp;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;

import java.util.List;

/**
 * The NTLMSSP fields of packet-ntlmssp.c that sharkfin dissects, as tshark 4.0 registers them
 * (made by src/tools/gen-field-specs.py from src/tools/ntlmssp-fields.txt), and the GSS-API and
 * SPNEGO protocols that wrap them.
 */
public final class NtlmsspFields {
    private NtlmsspFields() {
    }

    public static final FieldSpec NTLMSSP = FieldSpec.protocol("ntlmssp", "NTLM Secure Service Provider");
    public static final FieldSpec GSSAPI = FieldSpec.protocol("gss-api", "GSS-API Generic Security Service Application Program Interface");
    public static final FieldSpec SPNEGO = FieldSpec.protocol("spnego", "Simple Protected Negotiation");

    public static final FieldSpec IDENTIFIER = f("ntlmssp.identifier", "NTLMSSP identifier", FieldType.STRING, "", 0x0);
    public static final FieldSpec MESSAGETYPE = f("ntlmssp.messagetype", "NTLM Message Type", FieldType.UINT32, "BASE_HEX", 0x0);
    public static final FieldSpec NEGOTIATEFLAGS = f("ntlmssp.negotiateflags", "Negotiate Flags", FieldType.UINT32, "BASE_HEX", 0x0);
    public static final FieldSpec NTLMSERVERCHALLENGE = f("ntlmssp.ntlmserverchallenge", "NTLM Server Challenge", FieldType.BYTES, "", 0x0);
    public static final FieldSpec AUTH_LMRESPONSE = f("ntlmssp.auth.lmresponse", "Lan Manager Response", FieldType.BYTES, "", 0x0);
    public static final FieldSpec AUTH_NTRESPONSE = f("ntlmssp.auth.ntresponse", "NTLM Response", FieldType.BYTES, "", 0x0);
    public static final FieldSpec AUTH_DOMAIN = f("ntlmssp.auth.domain", "Domain name", FieldType.STRING, "", 0x0);
    public static final FieldSpec AUTH_USERNAME = f("ntlmssp.auth.username", "User name", FieldType.STRING, "", 0x0);
    public static final FieldSpec AUTH_HOSTNAME = f("ntlmssp.auth.hostname", "Host name", FieldType.STRING, "", 0x0);
    public static final FieldSpec AUTH_SESSKEY = f("ntlmssp.auth.sesskey", "Session Key", FieldType.BYTES, "", 0x0);
    public static final FieldSpec VERSION_MAJOR = f("ntlmssp.version.major", "Major Version", FieldType.UINT8, "BASE_DEC", 0x0);
    public static final FieldSpec VERSION_MINOR = f("ntlmssp.version.minor", "Minor Version", FieldType.UINT8, "BASE_DEC", 0x0);
    public static final FieldSpec VERSION_BUILD_NUMBER = f("ntlmssp.version.build_number", "Build Number", FieldType.UINT16, "BASE_DEC", 0x0);
    public static final FieldSpec VERSION_NTLM_CURRENT_REVISION = f("ntlmssp.version.ntlm_current_revision", "NTLM Current Revision", FieldType.UINT8, "BASE_DEC", 0x0);
    public static final FieldSpec NTLMV2_RESPONSE_NTPROOFSTR = f("ntlmssp.ntlmv2_response.ntproofstr", "NTProofStr", FieldType.BYTES, "", 0x0);
    public static final FieldSpec GSS_API_OID = f("gss-api.OID", "OID", FieldType.STRING, "", 0x0);
    public static final FieldSpec SPNEGO_NEG_TOKEN_INIT_ELEMENT = f("spnego.negTokenInit_element", "negTokenInit", FieldType.NONE, "", 0x0);
    public static final FieldSpec SPNEGO_NEG_TOKEN_TARG_ELEMENT = f("spnego.negTokenTarg_element", "negTokenTarg", FieldType.NONE, "", 0x0);
    public static final FieldSpec SPNEGO_MECH_TYPES = f("spnego.mechTypes", "mechTypes", FieldType.UINT32, "BASE_DEC", 0x0);
    public static final FieldSpec SPNEGO_MECH_TYPE = f("spnego.MechType", "MechType", FieldType.OID, "", 0x0);
    public static final FieldSpec SPNEGO_MECH_TOKEN = f("spnego.mechToken", "mechToken", FieldType.BYTES, "", 0x0);
    public static final FieldSpec SPNEGO_MECH_LIST_MIC = f("spnego.mechListMIC", "mechListMIC", FieldType.BYTES, "", 0x0);
    public static final FieldSpec SPNEGO_NEG_HINTS_ELEMENT = f("spnego.negHints_element", "negHints", FieldType.NONE, "", 0x0);
    public static final FieldSpec SPNEGO_HINT_NAME = f("spnego.hintName", "hintName", FieldType.STRING, "", 0x0);
    public static final FieldSpec SPNEGO_HINT_ADDRESS = f("spnego.hintAddress", "hintAddress", FieldType.BYTES, "", 0x0);
    public static final FieldSpec SPNEGO_NEG_RESULT = f("spnego.negResult", "negResult", FieldType.UINT32, "BASE_DEC", 0x0);
    public static final FieldSpec SPNEGO_SUPPORTED_MECH = f("spnego.supportedMech", "supportedMech", FieldType.OID, "", 0x0);
    public static final FieldSpec SPNEGO_RESPONSE_TOKEN = f("spnego.responseToken", "responseToken", FieldType.BYTES, "", 0x0);

    /** SPNEGO's fields above. */
    static final List<FieldSpec> SPNEGO_FIELDS = List.of(SPNEGO, SPNEGO_NEG_TOKEN_INIT_ELEMENT,
            SPNEGO_NEG_TOKEN_TARG_ELEMENT, SPNEGO_MECH_TYPES, SPNEGO_MECH_TYPE, SPNEGO_MECH_TOKEN, SPNEGO_MECH_LIST_MIC,
            SPNEGO_NEG_HINTS_ELEMENT, SPNEGO_HINT_NAME, SPNEGO_HINT_ADDRESS, SPNEGO_NEG_RESULT, SPNEGO_SUPPORTED_MECH,
            SPNEGO_RESPONSE_TOKEN);

    /** Every NTLMSSP field above but the protocol. */
    static final List<FieldSpec> ALL = List.of(
            IDENTIFIER, MESSAGETYPE, NEGOTIATEFLAGS, NTLMSERVERCHALLENGE, AUTH_LMRESPONSE, AUTH_NTRESPONSE,
            AUTH_DOMAIN, AUTH_USERNAME, AUTH_HOSTNAME, AUTH_SESSKEY, VERSION_MAJOR, VERSION_MINOR,
            VERSION_BUILD_NUMBER, VERSION_NTLM_CURRENT_REVISION, NTLMV2_RESPONSE_NTPROOFSTR);

    private static FieldSpec f(String name, String title, FieldType type, String base, long mask) {
        return FieldSpec.of(name, title, type).base(base).mask(mask);
    }
}
