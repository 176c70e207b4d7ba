package io.sharkfin.dissect.protocol.ocsp;

import io.sharkfin.dissect.FieldSpec;
import io.sharkfin.dissect.FieldType;
import io.sharkfin.dissect.protocol.DeclaredFields;

import java.util.List;

/**
 * The fields Wireshark 4.0's OCSP dissector registers, made with {@code src/tools/gen-field-specs.py}
 * from {@code src/tools/ocsp-fields.txt}. {@code ocsp.responseType} and {@code ocsp.response} are
 * registered there but never added (the response type is shown as {@code ocsp.responseType.id},
 * the response bytes as the structure their type selects); they are registered here too, so that
 * filters naming them are valid and never match, as in Wireshark.
 */
public final class OcspFields {
    private OcspFields() {
    }

    private static FieldSpec f(String name, String title, FieldType type, String base, long mask) {
        return FieldSpec.of(name, title, type).base(base).mask(mask);
    }

    public static final FieldSpec OCSP = FieldSpec.protocol("ocsp", "Online Certificate Status Protocol");

    public static final FieldSpec RESPONSE_TYPE_ID = f("ocsp.responseType.id", "ResponseType Id", FieldType.STRING, "", 0x0);
    public static final FieldSpec BASIC_OCSPRESPONSE_ELEMENT = f("ocsp.BasicOCSPResponse_element", "BasicOCSPResponse", FieldType.NONE, "", 0x0);
    public static final FieldSpec ARCHIVE_CUTOFF = f("ocsp.ArchiveCutoff", "ArchiveCutoff", FieldType.ABSOLUTE_TIME, "", 0x0);
    public static final FieldSpec ACCEPTABLE_RESPONSES = f("ocsp.AcceptableResponses", "AcceptableResponses", FieldType.UINT32, "BASE_DEC", 0x0);
    public static final FieldSpec SERVICE_LOCATOR_ELEMENT = f("ocsp.ServiceLocator_element", "ServiceLocator", FieldType.NONE, "", 0x0);
    public static final FieldSpec CRL_ID_ELEMENT = f("ocsp.CrlID_element", "CrlID", FieldType.NONE, "", 0x0);
    public static final FieldSpec RE_OCSP_NONCE = f("ocsp.ReOcspNonce", "ReOcspNonce", FieldType.BYTES, "", 0x0);
    public static final FieldSpec NULL_ELEMENT = f("ocsp.NULL_element", "NULL", FieldType.NONE, "", 0x0);
    public static final FieldSpec TBS_REQUEST_ELEMENT = f("ocsp.tbsRequest_element", "tbsRequest", FieldType.NONE, "", 0x0);
    public static final FieldSpec OPTIONAL_SIGNATURE_ELEMENT = f("ocsp.optionalSignature_element", "optionalSignature", FieldType.NONE, "", 0x0);
    public static final FieldSpec VERSION = f("ocsp.version", "version", FieldType.INT32, "BASE_DEC", 0x0);
    public static final FieldSpec REQUESTOR_NAME = f("ocsp.requestorName", "requestorName", FieldType.UINT32, "BASE_DEC", 0x0);
    public static final FieldSpec REQUEST_LIST = f("ocsp.requestList", "requestList", FieldType.UINT32, "BASE_DEC", 0x0);
    public static final FieldSpec REQUEST_ELEMENT = f("ocsp.Request_element", "Request", FieldType.NONE, "", 0x0);
    public static final FieldSpec REQUEST_EXTENSIONS = f("ocsp.requestExtensions", "requestExtensions", FieldType.UINT32, "BASE_DEC", 0x0);
    public static final FieldSpec SIGNATURE_ALGORITHM_ELEMENT = f("ocsp.signatureAlgorithm_element", "signatureAlgorithm", FieldType.NONE, "", 0x0);
    public static final FieldSpec SIGNATURE = f("ocsp.signature", "signature", FieldType.BYTES, "", 0x0);
    public static final FieldSpec CERTS = f("ocsp.certs", "certs", FieldType.UINT32, "BASE_DEC", 0x0);
    public static final FieldSpec CERTIFICATE_ELEMENT = f("ocsp.Certificate_element", "Certificate", FieldType.NONE, "", 0x0);
    public static final FieldSpec REQ_CERT_ELEMENT = f("ocsp.reqCert_element", "reqCert", FieldType.NONE, "", 0x0);
    public static final FieldSpec SINGLE_REQUEST_EXTENSIONS = f("ocsp.singleRequestExtensions", "singleRequestExtensions", FieldType.UINT32, "BASE_DEC", 0x0);
    public static final FieldSpec HASH_ALGORITHM_ELEMENT = f("ocsp.hashAlgorithm_element", "hashAlgorithm", FieldType.NONE, "", 0x0);
    public static final FieldSpec ISSUER_NAME_HASH = f("ocsp.issuerNameHash", "issuerNameHash", FieldType.BYTES, "", 0x0);
    public static final FieldSpec ISSUER_KEY_HASH = f("ocsp.issuerKeyHash", "issuerKeyHash", FieldType.BYTES, "", 0x0);
    public static final FieldSpec SERIAL_NUMBER = f("ocsp.serialNumber", "serialNumber", FieldType.BYTES, "", 0x0);
    public static final FieldSpec RESPONSE_STATUS = f("ocsp.responseStatus", "responseStatus", FieldType.UINT32, "BASE_DEC", 0x0);
    public static final FieldSpec RESPONSE_BYTES_ELEMENT = f("ocsp.responseBytes_element", "responseBytes", FieldType.NONE, "", 0x0);
    public static final FieldSpec RESPONSE_TYPE = f("ocsp.responseType", "responseType", FieldType.OID, "", 0x0);
    public static final FieldSpec RESPONSE = f("ocsp.response", "response", FieldType.BYTES, "", 0x0);
    public static final FieldSpec TBS_RESPONSE_DATA_ELEMENT = f("ocsp.tbsResponseData_element", "tbsResponseData", FieldType.NONE, "", 0x0);
    public static final FieldSpec RESPONDER_ID = f("ocsp.responderID", "responderID", FieldType.UINT32, "BASE_DEC", 0x0);
    public static final FieldSpec PRODUCED_AT = f("ocsp.producedAt", "producedAt", FieldType.ABSOLUTE_TIME, "", 0x0);
    public static final FieldSpec RESPONSES = f("ocsp.responses", "responses", FieldType.UINT32, "BASE_DEC", 0x0);
    public static final FieldSpec SINGLE_RESPONSE_ELEMENT = f("ocsp.SingleResponse_element", "SingleResponse", FieldType.NONE, "", 0x0);
    public static final FieldSpec RESPONSE_EXTENSIONS = f("ocsp.responseExtensions", "responseExtensions", FieldType.UINT32, "BASE_DEC", 0x0);
    public static final FieldSpec BY_NAME = f("ocsp.byName", "byName", FieldType.UINT32, "BASE_DEC", 0x0);
    public static final FieldSpec BY_KEY = f("ocsp.byKey", "byKey", FieldType.BYTES, "", 0x0);
    public static final FieldSpec CERT_ID_ELEMENT = f("ocsp.certID_element", "certID", FieldType.NONE, "", 0x0);
    public static final FieldSpec CERT_STATUS = f("ocsp.certStatus", "certStatus", FieldType.UINT32, "BASE_DEC", 0x0);
    public static final FieldSpec THIS_UPDATE = f("ocsp.thisUpdate", "thisUpdate", FieldType.ABSOLUTE_TIME, "", 0x0);
    public static final FieldSpec NEXT_UPDATE = f("ocsp.nextUpdate", "nextUpdate", FieldType.ABSOLUTE_TIME, "", 0x0);
    public static final FieldSpec SINGLE_EXTENSIONS = f("ocsp.singleExtensions", "singleExtensions", FieldType.UINT32, "BASE_DEC", 0x0);
    public static final FieldSpec GOOD_ELEMENT = f("ocsp.good_element", "good", FieldType.NONE, "", 0x0);
    public static final FieldSpec REVOKED_ELEMENT = f("ocsp.revoked_element", "revoked", FieldType.NONE, "", 0x0);
    public static final FieldSpec UNKNOWN_ELEMENT = f("ocsp.unknown_element", "unknown", FieldType.NONE, "", 0x0);
    public static final FieldSpec REVOCATION_TIME = f("ocsp.revocationTime", "revocationTime", FieldType.ABSOLUTE_TIME, "", 0x0);
    public static final FieldSpec REVOCATION_REASON = f("ocsp.revocationReason", "revocationReason", FieldType.UINT32, "BASE_DEC", 0x0);
    public static final FieldSpec ACCEPTABLE_RESPONSES_ITEM = f("ocsp.AcceptableResponses_item", "AcceptableResponses item", FieldType.OID, "", 0x0);
    public static final FieldSpec ISSUER = f("ocsp.issuer", "issuer", FieldType.UINT32, "BASE_DEC", 0x0);
    public static final FieldSpec LOCATOR = f("ocsp.locator", "locator", FieldType.UINT32, "BASE_DEC", 0x0);
    public static final FieldSpec CRL_URL = f("ocsp.crlUrl", "crlUrl", FieldType.STRING, "", 0x0);
    public static final FieldSpec CRL_NUM = f("ocsp.crlNum", "crlNum", FieldType.INT32, "BASE_DEC", 0x0);
    public static final FieldSpec CRL_TIME = f("ocsp.crlTime", "crlTime", FieldType.ABSOLUTE_TIME, "", 0x0);

    /** Every field of this class, the protocol first. */
    public static final List<FieldSpec> FIELDS = DeclaredFields.of(OcspFields.class);
}
