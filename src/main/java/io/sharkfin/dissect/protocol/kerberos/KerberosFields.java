package io.sharkfin.dissect.protocol.kerberos;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.protocol.DeclaredFields;

import java.util.List;

/**
 * The Wireshark 4.0 Kerberos fields sharkfin dissects, made with {@code src/tools/gen-field-specs.py}
 * from {@code src/tools/kerberos-fields.txt}. Wireshark registers several fields under one name
 * ({@code kerberos.cipher} once per kind of encrypted data, {@code kerberos.armored_data_element}
 * for requests and replies); they are one field here, as a filter sees them. The counts
 * {@code kerberos.cname_string} and {@code kerberos.sname_string} are {@code CNAME_STRINGS} and
 * {@code SNAME_STRINGS}, apart from the strings {@code CNameString} and {@code SNameString}.
 */
public final class KerberosFields {
    private KerberosFields() {
    }

    private static FieldSpec f(String name, String title, FieldType type, String base, long mask) {
        return FieldSpec.of(name, title, type).base(base).mask(mask);
    }

    /** The constants below as they are made, in declaration order. */
    private static final DeclaredFields SPECS = new DeclaredFields();

    public static final FieldSpec KERBEROS = SPECS.add(FieldSpec.protocol("kerberos", "Kerberos"));

    public static final FieldSpec RM_RESERVED = SPECS.add(f("kerberos.rm.reserved", "Reserved", FieldType.BOOLEAN, "32", 0x80000000L));
    public static final FieldSpec RM_LENGTH = SPECS.add(f("kerberos.rm.length", "Record Length", FieldType.UINT32, "BASE_DEC", 0x7fffffff));
    public static final FieldSpec TICKET_ELEMENT = SPECS.add(f("kerberos.ticket_element", "ticket", FieldType.NONE, "", 0x0));
    public static final FieldSpec AS_REQ_ELEMENT = SPECS.add(f("kerberos.as_req_element", "as-req", FieldType.NONE, "", 0x0));
    public static final FieldSpec AS_REP_ELEMENT = SPECS.add(f("kerberos.as_rep_element", "as-rep", FieldType.NONE, "", 0x0));
    public static final FieldSpec TGS_REQ_ELEMENT = SPECS.add(f("kerberos.tgs_req_element", "tgs-req", FieldType.NONE, "", 0x0));
    public static final FieldSpec TGS_REP_ELEMENT = SPECS.add(f("kerberos.tgs_rep_element", "tgs-rep", FieldType.NONE, "", 0x0));
    public static final FieldSpec AP_REQ_ELEMENT = SPECS.add(f("kerberos.ap_req_element", "ap-req", FieldType.NONE, "", 0x0));
    public static final FieldSpec KRB_ERROR_ELEMENT = SPECS.add(f("kerberos.krb_error_element", "krb-error", FieldType.NONE, "", 0x0));
    public static final FieldSpec PVNO = SPECS.add(f("kerberos.pvno", "pvno", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec MSG_TYPE = SPECS.add(f("kerberos.msg_type", "msg-type", FieldType.INT32, "BASE_DEC", 0x0));
    public static final FieldSpec PADATA = SPECS.add(f("kerberos.padata", "padata", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec PA_DATA_ELEMENT = SPECS.add(f("kerberos.PA_DATA_element", "PA-DATA", FieldType.NONE, "", 0x0));
    public static final FieldSpec PADATA_TYPE = SPECS.add(f("kerberos.padata_type", "padata-type", FieldType.INT32, "BASE_DEC", 0x0));
    public static final FieldSpec PADATA_VALUE = SPECS.add(f("kerberos.padata_value", "padata-value", FieldType.BYTES, "", 0x0));
    public static final FieldSpec REQ_BODY_ELEMENT = SPECS.add(f("kerberos.req_body_element", "req-body", FieldType.NONE, "", 0x0));
    public static final FieldSpec KDC_OPTIONS = SPECS.add(f("kerberos.kdc_options", "kdc-options", FieldType.BYTES, "", 0x0));
    public static final FieldSpec KDCOPTIONS_RESERVED = SPECS.add(f("kerberos.KDCOptions.reserved", "reserved", FieldType.BOOLEAN, "8", 0x80));
    public static final FieldSpec KDCOPTIONS_FORWARDABLE = SPECS.add(f("kerberos.KDCOptions.forwardable", "forwardable", FieldType.BOOLEAN, "8", 0x40));
    public static final FieldSpec KDCOPTIONS_FORWARDED = SPECS.add(f("kerberos.KDCOptions.forwarded", "forwarded", FieldType.BOOLEAN, "8", 0x20));
    public static final FieldSpec KDCOPTIONS_PROXIABLE = SPECS.add(f("kerberos.KDCOptions.proxiable", "proxiable", FieldType.BOOLEAN, "8", 0x10));
    public static final FieldSpec KDCOPTIONS_PROXY = SPECS.add(f("kerberos.KDCOptions.proxy", "proxy", FieldType.BOOLEAN, "8", 0x8));
    public static final FieldSpec KDCOPTIONS_ALLOW_POSTDATE = SPECS.add(f("kerberos.KDCOptions.allow.postdate", "allow-postdate", FieldType.BOOLEAN, "8", 0x4));
    public static final FieldSpec KDCOPTIONS_POSTDATED = SPECS.add(f("kerberos.KDCOptions.postdated", "postdated", FieldType.BOOLEAN, "8", 0x2));
    public static final FieldSpec KDCOPTIONS_UNUSED7 = SPECS.add(f("kerberos.KDCOptions.unused7", "unused7", FieldType.BOOLEAN, "8", 0x1));
    public static final FieldSpec KDCOPTIONS_RENEWABLE = SPECS.add(f("kerberos.KDCOptions.renewable", "renewable", FieldType.BOOLEAN, "8", 0x80));
    public static final FieldSpec KDCOPTIONS_UNUSED9 = SPECS.add(f("kerberos.KDCOptions.unused9", "unused9", FieldType.BOOLEAN, "8", 0x40));
    public static final FieldSpec KDCOPTIONS_UNUSED10 = SPECS.add(f("kerberos.KDCOptions.unused10", "unused10", FieldType.BOOLEAN, "8", 0x20));
    public static final FieldSpec KDCOPTIONS_OPT_HARDWARE_AUTH = SPECS.add(f("kerberos.KDCOptions.opt.hardware.auth", "opt-hardware-auth", FieldType.BOOLEAN, "8", 0x10));
    public static final FieldSpec KDCOPTIONS_UNUSED12 = SPECS.add(f("kerberos.KDCOptions.unused12", "unused12", FieldType.BOOLEAN, "8", 0x8));
    public static final FieldSpec KDCOPTIONS_UNUSED13 = SPECS.add(f("kerberos.KDCOptions.unused13", "unused13", FieldType.BOOLEAN, "8", 0x4));
    public static final FieldSpec KDCOPTIONS_CONSTRAINED_DELEGATION = SPECS.add(f("kerberos.KDCOptions.constrained.delegation", "constrained-delegation", FieldType.BOOLEAN, "8", 0x2));
    public static final FieldSpec KDCOPTIONS_CANONICALIZE = SPECS.add(f("kerberos.KDCOptions.canonicalize", "canonicalize", FieldType.BOOLEAN, "8", 0x1));
    public static final FieldSpec KDCOPTIONS_REQUEST_ANONYMOUS = SPECS.add(f("kerberos.KDCOptions.request.anonymous", "request-anonymous", FieldType.BOOLEAN, "8", 0x80));
    public static final FieldSpec KDCOPTIONS_UNUSED17 = SPECS.add(f("kerberos.KDCOptions.unused17", "unused17", FieldType.BOOLEAN, "8", 0x40));
    public static final FieldSpec KDCOPTIONS_UNUSED18 = SPECS.add(f("kerberos.KDCOptions.unused18", "unused18", FieldType.BOOLEAN, "8", 0x20));
    public static final FieldSpec KDCOPTIONS_UNUSED19 = SPECS.add(f("kerberos.KDCOptions.unused19", "unused19", FieldType.BOOLEAN, "8", 0x10));
    public static final FieldSpec KDCOPTIONS_UNUSED20 = SPECS.add(f("kerberos.KDCOptions.unused20", "unused20", FieldType.BOOLEAN, "8", 0x8));
    public static final FieldSpec KDCOPTIONS_UNUSED21 = SPECS.add(f("kerberos.KDCOptions.unused21", "unused21", FieldType.BOOLEAN, "8", 0x4));
    public static final FieldSpec KDCOPTIONS_UNUSED22 = SPECS.add(f("kerberos.KDCOptions.unused22", "unused22", FieldType.BOOLEAN, "8", 0x2));
    public static final FieldSpec KDCOPTIONS_UNUSED23 = SPECS.add(f("kerberos.KDCOptions.unused23", "unused23", FieldType.BOOLEAN, "8", 0x1));
    public static final FieldSpec KDCOPTIONS_UNUSED24 = SPECS.add(f("kerberos.KDCOptions.unused24", "unused24", FieldType.BOOLEAN, "8", 0x80));
    public static final FieldSpec KDCOPTIONS_UNUSED25 = SPECS.add(f("kerberos.KDCOptions.unused25", "unused25", FieldType.BOOLEAN, "8", 0x40));
    public static final FieldSpec KDCOPTIONS_DISABLE_TRANSITED_CHECK = SPECS.add(f("kerberos.KDCOptions.disable.transited.check", "disable-transited-check", FieldType.BOOLEAN, "8", 0x20));
    public static final FieldSpec KDCOPTIONS_RENEWABLE_OK = SPECS.add(f("kerberos.KDCOptions.renewable.ok", "renewable-ok", FieldType.BOOLEAN, "8", 0x10));
    public static final FieldSpec KDCOPTIONS_ENC_TKT_IN_SKEY = SPECS.add(f("kerberos.KDCOptions.enc.tkt.in.skey", "enc-tkt-in-skey", FieldType.BOOLEAN, "8", 0x8));
    public static final FieldSpec KDCOPTIONS_UNUSED29 = SPECS.add(f("kerberos.KDCOptions.unused29", "unused29", FieldType.BOOLEAN, "8", 0x4));
    public static final FieldSpec KDCOPTIONS_RENEW = SPECS.add(f("kerberos.KDCOptions.renew", "renew", FieldType.BOOLEAN, "8", 0x2));
    public static final FieldSpec KDCOPTIONS_VALIDATE = SPECS.add(f("kerberos.KDCOptions.validate", "validate", FieldType.BOOLEAN, "8", 0x1));
    public static final FieldSpec CNAME_ELEMENT = SPECS.add(f("kerberos.cname_element", "cname", FieldType.NONE, "", 0x0));
    public static final FieldSpec SNAME_ELEMENT = SPECS.add(f("kerberos.sname_element", "sname", FieldType.NONE, "", 0x0));
    public static final FieldSpec NAME_TYPE = SPECS.add(f("kerberos.name_type", "name-type", FieldType.INT32, "BASE_DEC", 0x0));
    public static final FieldSpec CNAME_STRINGS = SPECS.add(f("kerberos.cname_string", "cname-string", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec SNAME_STRINGS = SPECS.add(f("kerberos.sname_string", "sname-string", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec CNAME_STRING = SPECS.add(f("kerberos.CNameString", "CNameString", FieldType.STRING, "", 0x0));
    public static final FieldSpec SNAME_STRING = SPECS.add(f("kerberos.SNameString", "SNameString", FieldType.STRING, "", 0x0));
    public static final FieldSpec REALM = SPECS.add(f("kerberos.realm", "realm", FieldType.STRING, "", 0x0));
    public static final FieldSpec CREALM = SPECS.add(f("kerberos.crealm", "crealm", FieldType.STRING, "", 0x0));
    public static final FieldSpec FROM = SPECS.add(f("kerberos.from", "from", FieldType.ABSOLUTE_TIME, "", 0x0));
    public static final FieldSpec TILL = SPECS.add(f("kerberos.till", "till", FieldType.ABSOLUTE_TIME, "", 0x0));
    public static final FieldSpec RTIME = SPECS.add(f("kerberos.rtime", "rtime", FieldType.ABSOLUTE_TIME, "", 0x0));
    public static final FieldSpec NONCE = SPECS.add(f("kerberos.nonce", "nonce", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec KDC_REQ_BODY_ETYPE = SPECS.add(f("kerberos.kdc-req-body.etype", "etype", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec ENCTYPE = SPECS.add(f("kerberos.ENCTYPE", "ENCTYPE", FieldType.INT32, "BASE_DEC", 0x0));
    public static final FieldSpec ENC_PART_ELEMENT = SPECS.add(f("kerberos.enc_part_element", "enc-part", FieldType.NONE, "", 0x0));
    public static final FieldSpec ETYPE = SPECS.add(f("kerberos.etype", "etype", FieldType.INT32, "BASE_DEC", 0x0));
    public static final FieldSpec KVNO = SPECS.add(f("kerberos.kvno", "kvno", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec CIPHER = SPECS.add(f("kerberos.cipher", "cipher", FieldType.BYTES, "", 0x0));
    public static final FieldSpec TKT_VNO = SPECS.add(f("kerberos.tkt_vno", "tkt-vno", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec AP_OPTIONS = SPECS.add(f("kerberos.ap_options", "ap-options", FieldType.BYTES, "", 0x0));
    public static final FieldSpec APOPTIONS_RESERVED = SPECS.add(f("kerberos.APOptions.reserved", "reserved", FieldType.BOOLEAN, "8", 0x80));
    public static final FieldSpec APOPTIONS_USE_SESSION_KEY = SPECS.add(f("kerberos.APOptions.use.session.key", "use-session-key", FieldType.BOOLEAN, "8", 0x40));
    public static final FieldSpec APOPTIONS_MUTUAL_REQUIRED = SPECS.add(f("kerberos.APOptions.mutual.required", "mutual-required", FieldType.BOOLEAN, "8", 0x20));
    public static final FieldSpec AUTHENTICATOR_ELEMENT = SPECS.add(f("kerberos.authenticator_element", "authenticator", FieldType.NONE, "", 0x0));
    public static final FieldSpec CTIME = SPECS.add(f("kerberos.ctime", "ctime", FieldType.ABSOLUTE_TIME, "", 0x0));
    public static final FieldSpec CUSEC = SPECS.add(f("kerberos.cusec", "cusec", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec STIME = SPECS.add(f("kerberos.stime", "stime", FieldType.ABSOLUTE_TIME, "", 0x0));
    public static final FieldSpec SUSEC = SPECS.add(f("kerberos.susec", "susec", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec ERROR_CODE = SPECS.add(f("kerberos.error_code", "error-code", FieldType.INT32, "BASE_DEC", 0x0));
    public static final FieldSpec E_TEXT = SPECS.add(f("kerberos.e_text", "e-text", FieldType.STRING, "", 0x0));
    public static final FieldSpec E_DATA = SPECS.add(f("kerberos.e_data", "e-data", FieldType.BYTES, "", 0x0));
    public static final FieldSpec E_CHECKSUM_ELEMENT = SPECS.add(f("kerberos.e_checksum_element", "e-checksum", FieldType.NONE, "", 0x0));
    public static final FieldSpec CKSUMTYPE = SPECS.add(f("kerberos.cksumtype", "cksumtype", FieldType.INT32, "BASE_DEC", 0x0));
    public static final FieldSpec CHECKSUM = SPECS.add(f("kerberos.checksum", "checksum", FieldType.BYTES, "", 0x0));
    public static final FieldSpec ETYPE_INFO_ENTRY_ELEMENT = SPECS.add(f("kerberos.ETYPE_INFO_ENTRY_element", "ETYPE-INFO-ENTRY", FieldType.NONE, "", 0x0));
    public static final FieldSpec INFO_SALT = SPECS.add(f("kerberos.info_salt", "salt", FieldType.BYTES, "", 0x0));
    public static final FieldSpec ETYPE_INFO2_ENTRY_ELEMENT = SPECS.add(f("kerberos.ETYPE_INFO2_ENTRY_element", "ETYPE-INFO2-ENTRY", FieldType.NONE, "", 0x0));
    public static final FieldSpec INFO2_SALT = SPECS.add(f("kerberos.info2_salt", "salt", FieldType.STRING, "", 0x0));
    public static final FieldSpec S2KPARAMS = SPECS.add(f("kerberos.s2kparams", "s2kparams", FieldType.BYTES, "", 0x0));
    public static final FieldSpec INCLUDE_PAC = SPECS.add(f("kerberos.include_pac", "include-pac", FieldType.BOOLEAN, "0", 0x0));
    public static final FieldSpec ARMORED_DATA_ELEMENT = SPECS.add(f("kerberos.armored_data_element", "armored-data", FieldType.NONE, "", 0x0));
    public static final FieldSpec ARMOR_ELEMENT = SPECS.add(f("kerberos.armor_element", "armor", FieldType.NONE, "", 0x0));
    public static final FieldSpec ARMOR_TYPE = SPECS.add(f("kerberos.armor_type", "armor-type", FieldType.INT32, "BASE_DEC", 0x0));
    public static final FieldSpec ARMOR_VALUE = SPECS.add(f("kerberos.armor_value", "armor-value", FieldType.BYTES, "", 0x0));
    public static final FieldSpec REQ_CHECKSUM_ELEMENT = SPECS.add(f("kerberos.req_checksum_element", "req-checksum", FieldType.NONE, "", 0x0));
    public static final FieldSpec ENC_FAST_REQ_ELEMENT = SPECS.add(f("kerberos.enc_fast_req_element", "enc-fast-req", FieldType.NONE, "", 0x0));
    public static final FieldSpec ENC_FAST_REP_ELEMENT = SPECS.add(f("kerberos.enc_fast_rep_element", "enc-fast-rep", FieldType.NONE, "", 0x0));

    /** The flags of KDCOptions, bit 0 (the most significant of the first byte) first. */
    static final FieldSpec[] KDC_OPTION_BITS = {
        KDCOPTIONS_RESERVED, KDCOPTIONS_FORWARDABLE, KDCOPTIONS_FORWARDED, KDCOPTIONS_PROXIABLE,
        KDCOPTIONS_PROXY, KDCOPTIONS_ALLOW_POSTDATE, KDCOPTIONS_POSTDATED, KDCOPTIONS_UNUSED7,
        KDCOPTIONS_RENEWABLE, KDCOPTIONS_UNUSED9, KDCOPTIONS_UNUSED10, KDCOPTIONS_OPT_HARDWARE_AUTH,
        KDCOPTIONS_UNUSED12, KDCOPTIONS_UNUSED13, KDCOPTIONS_CONSTRAINED_DELEGATION, KDCOPTIONS_CANONICALIZE,
        KDCOPTIONS_REQUEST_ANONYMOUS, KDCOPTIONS_UNUSED17, KDCOPTIONS_UNUSED18, KDCOPTIONS_UNUSED19,
        KDCOPTIONS_UNUSED20, KDCOPTIONS_UNUSED21, KDCOPTIONS_UNUSED22, KDCOPTIONS_UNUSED23,
        KDCOPTIONS_UNUSED24, KDCOPTIONS_UNUSED25, KDCOPTIONS_DISABLE_TRANSITED_CHECK, KDCOPTIONS_RENEWABLE_OK,
        KDCOPTIONS_ENC_TKT_IN_SKEY, KDCOPTIONS_UNUSED29, KDCOPTIONS_RENEW, KDCOPTIONS_VALIDATE,
    };

    /** The flags of APOptions. */
    static final FieldSpec[] AP_OPTION_BITS = {
        APOPTIONS_RESERVED, APOPTIONS_USE_SESSION_KEY, APOPTIONS_MUTUAL_REQUIRED,
    };

    /** Every field of this class, the protocol first. */
    public static final List<FieldSpec> FIELDS = SPECS.list();
}
