package io.sharkfin.dissect.protocol.kerberos;

import java.util.Map;

/**
 * The names {@code packet-kerberos.c} writes into the Info column ({@code krb5_msg_types},
 * {@code krb5_error_codes}): they differ from the value names of the fields
 * ({@code krb-as-req}, {@code eRR-PREAUTH-REQUIRED}), which come from the ASN.1 module.
 */
public final class KerberosNames {
    private KerberosNames() {
    }

    private static final Map<Integer, String> MESSAGE_TYPES = Map.ofEntries(
            Map.entry(1, "Ticket"),
            Map.entry(2, "Authenticator"),
            Map.entry(3, "EncTicketPart"),
            Map.entry(12, "TGS-REQ"),
            Map.entry(13, "TGS-REP"),
            Map.entry(10, "AS-REQ"),
            Map.entry(11, "AS-REP"),
            Map.entry(14, "AP-REQ"),
            Map.entry(15, "AP-REP"),
            Map.entry(16, "TGT-REQ"),
            Map.entry(17, "TGT-REP"),
            Map.entry(20, "KRB-SAFE"),
            Map.entry(21, "KRB-PRIV"),
            Map.entry(22, "KRB-CRED"),
            Map.entry(25, "EncASRepPart"),
            Map.entry(26, "EncTGSRepPart"),
            Map.entry(27, "EncAPRepPart"),
            Map.entry(28, "EncKrbPrivPart"),
            Map.entry(29, "EncKrbCredPart"),
            Map.entry(30, "KRB-ERROR"));

    private static final Map<Integer, String> ERROR_CODES = Map.ofEntries(
            Map.entry(0, "KRB5KDC_ERR_NONE"),
            Map.entry(1, "KRB5KDC_ERR_NAME_EXP"),
            Map.entry(2, "KRB5KDC_ERR_SERVICE_EXP"),
            Map.entry(3, "KRB5KDC_ERR_BAD_PVNO"),
            Map.entry(4, "KRB5KDC_ERR_C_OLD_MAST_KVNO"),
            Map.entry(5, "KRB5KDC_ERR_S_OLD_MAST_KVNO"),
            Map.entry(6, "KRB5KDC_ERR_C_PRINCIPAL_UNKNOWN"),
            Map.entry(7, "KRB5KDC_ERR_S_PRINCIPAL_UNKNOWN"),
            Map.entry(8, "KRB5KDC_ERR_PRINCIPAL_NOT_UNIQUE"),
            Map.entry(9, "KRB5KDC_ERR_NULL_KEY"),
            Map.entry(10, "KRB5KDC_ERR_CANNOT_POSTDATE"),
            Map.entry(11, "KRB5KDC_ERR_NEVER_VALID"),
            Map.entry(12, "KRB5KDC_ERR_POLICY"),
            Map.entry(13, "KRB5KDC_ERR_BADOPTION"),
            Map.entry(14, "KRB5KDC_ERR_ETYPE_NOSUPP"),
            Map.entry(15, "KRB5KDC_ERR_SUMTYPE_NOSUPP"),
            Map.entry(16, "KRB5KDC_ERR_PADATA_TYPE_NOSUPP"),
            Map.entry(17, "KRB5KDC_ERR_TRTYPE_NOSUPP"),
            Map.entry(18, "KRB5KDC_ERR_CLIENT_REVOKED"),
            Map.entry(19, "KRB5KDC_ERR_SERVICE_REVOKED"),
            Map.entry(20, "KRB5KDC_ERR_TGT_REVOKED"),
            Map.entry(21, "KRB5KDC_ERR_CLIENT_NOTYET"),
            Map.entry(22, "KRB5KDC_ERR_SERVICE_NOTYET"),
            Map.entry(23, "KRB5KDC_ERR_KEY_EXP"),
            Map.entry(24, "KRB5KDC_ERR_PREAUTH_FAILED"),
            Map.entry(25, "KRB5KDC_ERR_PREAUTH_REQUIRED"),
            Map.entry(26, "KRB5KDC_ERR_SERVER_NOMATCH"),
            Map.entry(27, "KRB5KDC_ERR_MUST_USE_USER2USER"),
            Map.entry(28, "KRB5KDC_ERR_PATH_NOT_ACCEPTED"),
            Map.entry(29, "KRB5KDC_ERR_SVC_UNAVAILABLE"),
            Map.entry(31, "KRB5KRB_AP_ERR_BAD_INTEGRITY"),
            Map.entry(32, "KRB5KRB_AP_ERR_TKT_EXPIRED"),
            Map.entry(33, "KRB5KRB_AP_ERR_TKT_NYV"),
            Map.entry(34, "KRB5KRB_AP_ERR_REPEAT"),
            Map.entry(35, "KRB5KRB_AP_ERR_NOT_US"),
            Map.entry(36, "KRB5KRB_AP_ERR_BADMATCH"),
            Map.entry(37, "KRB5KRB_AP_ERR_SKEW"),
            Map.entry(38, "KRB5KRB_AP_ERR_BADADDR"),
            Map.entry(39, "KRB5KRB_AP_ERR_BADVERSION"),
            Map.entry(40, "KRB5KRB_AP_ERR_MSG_TYPE"),
            Map.entry(41, "KRB5KRB_AP_ERR_MODIFIED"),
            Map.entry(42, "KRB5KRB_AP_ERR_BADORDER"),
            Map.entry(43, "KRB5KRB_AP_ERR_ILL_CR_TKT"),
            Map.entry(44, "KRB5KRB_AP_ERR_BADKEYVER"),
            Map.entry(45, "KRB5KRB_AP_ERR_NOKEY"),
            Map.entry(46, "KRB5KRB_AP_ERR_MUT_FAIL"),
            Map.entry(47, "KRB5KRB_AP_ERR_BADDIRECTION"),
            Map.entry(48, "KRB5KRB_AP_ERR_METHOD"),
            Map.entry(49, "KRB5KRB_AP_ERR_BADSEQ"),
            Map.entry(50, "KRB5KRB_AP_ERR_INAPP_CKSUM"),
            Map.entry(51, "KRB5KDC_AP_PATH_NOT_ACCEPTED"),
            Map.entry(52, "KRB5KRB_ERR_RESPONSE_TOO_BIG"),
            Map.entry(60, "KRB5KRB_ERR_GENERIC"),
            Map.entry(61, "KRB5KRB_ERR_FIELD_TOOLONG"),
            Map.entry(62, "KDC_ERROR_CLIENT_NOT_TRUSTED"),
            Map.entry(63, "KDC_ERROR_KDC_NOT_TRUSTED"),
            Map.entry(64, "KDC_ERROR_INVALID_SIG"),
            Map.entry(65, "KDC_ERR_KEY_TOO_WEAK"),
            Map.entry(66, "KDC_ERR_CERTIFICATE_MISMATCH"),
            Map.entry(67, "KRB_AP_ERR_NO_TGT"),
            Map.entry(68, "KDC_ERR_WRONG_REALM"),
            Map.entry(69, "KRB_AP_ERR_USER_TO_USER_REQUIRED"),
            Map.entry(70, "KDC_ERR_CANT_VERIFY_CERTIFICATE"),
            Map.entry(71, "KDC_ERR_INVALID_CERTIFICATE"),
            Map.entry(72, "KDC_ERR_REVOKED_CERTIFICATE"),
            Map.entry(73, "KDC_ERR_REVOCATION_STATUS_UNKNOWN"),
            Map.entry(74, "KDC_ERR_REVOCATION_STATUS_UNAVAILABLE"),
            Map.entry(75, "KDC_ERR_CLIENT_NAME_MISMATCH"),
            Map.entry(76, "KDC_ERR_KDC_NAME_MISMATCH"),
            Map.entry(90, "KDC_ERR_PREAUTH_EXPIRED"),
            Map.entry(91, "KDC_ERR_MORE_PREAUTH_DATA_REQUIRED"),
            Map.entry(92, "KDC_ERR_PREAUTH_BAD_AUTHENTICATION_SET"),
            Map.entry(93, "KDC_ERR_UNKNOWN_CRITICAL_FAST_OPTIONS"));

    /** A message type as the Info column names it ({@code AS-REQ}, {@code Unknown msg type 0x63}). */
    public static String messageType(long type) {
        String name = MESSAGE_TYPES.get((int) type);
        return name != null ? name : "Unknown msg type " + hex(type);
    }

    /** An error code as the Info column names it, after "KRB Error: " ({@code KRB5KDC_ERR_PREAUTH_REQUIRED}). */
    public static String errorCode(long code) {
        String name = ERROR_CODES.get((int) code);
        return name != null ? name : "Unknown error code " + hex(code);
    }

    /** C's {@code %#x} of a 32-bit value: 0 alone, otherwise 0x and lower-case digits. */
    private static String hex(long v) {
        long u = v & 0xffffffffL;
        return u == 0 ? "0" : "0x" + Long.toHexString(u);
    }
}
