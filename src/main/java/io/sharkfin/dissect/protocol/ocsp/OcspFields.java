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

    /** The constants below as they are made, in declaration order. */
    private static final DeclaredFields SPECS = new DeclaredFields();

    public static final FieldSpec OCSP = SPECS.add(FieldSpec.protocol("ocsp", "Online Certificate Status Protocol"));

    public static final FieldSpec RESPONSE_TYPE_ID = SPECS.add(f("ocsp.responseType.id", "ResponseType Id", FieldType.STRING, "", 0x0));
    public static final FieldSpec BASIC_OCSPRESPONSE_ELEMENT = SPECS.add(f("ocsp.BasicOCSPResponse_element", "BasicOCSPResponse", FieldType.NONE, "", 0x0));
    public static final FieldSpec ARCHIVE_CUTOFF = SPECS.add(f("ocsp.ArchiveCutoff", "ArchiveCutoff", FieldType.ABSOLUTE_TIME, "", 0x0));
    public static final FieldSpec ACCEPTABLE_RESPONSES = SPECS.add(f("ocsp.AcceptableResponses", "AcceptableResponses", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec SERVICE_LOCATOR_ELEMENT = SPECS.add(f("ocsp.ServiceLocator_element", "ServiceLocator", FieldType.NONE, "", 0x0));
    public static final FieldSpec CRL_ID_ELEMENT = SPECS.add(f("ocsp.CrlID_element", "CrlID", FieldType.NONE, "", 0x0));
    public static final FieldSpec RE_OCSP_NONCE = SPECS.add(f("ocsp.ReOcspNonce", "ReOcspNonce", FieldType.BYTES, "", 0x0));
    public static final FieldSpec NULL_ELEMENT = SPECS.add(f("ocsp.NULL_element", "NULL", FieldType.NONE, "", 0x0));
    public static final FieldSpec TBS_REQUEST_ELEMENT = SPECS.add(f("ocsp.tbsRequest_element", "tbsRequest", FieldType.NONE, "", 0x0));
    public static final FieldSpec OPTIONAL_SIGNATURE_ELEMENT = SPECS.add(f("ocsp.optionalSignature_element", "optionalSignature", FieldType.NONE, "", 0x0));
    public static final FieldSpec VERSION = SPECS.add(f("ocsp.version", "version", FieldType.INT32, "BASE_DEC", 0x0));
    public static final FieldSpec REQUESTOR_NAME = SPECS.add(f("ocsp.requestorName", "requestorName", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec REQUEST_LIST = SPECS.add(f("ocsp.requestList", "requestList", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec REQUEST_ELEMENT = SPECS.add(f("ocsp.Request_element", "Request", FieldType.NONE, "", 0x0));
    public static final FieldSpec REQUEST_EXTENSIONS = SPECS.add(f("ocsp.requestExtensions", "requestExtensions", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec SIGNATURE_ALGORITHM_ELEMENT = SPECS.add(f("ocsp.signatureAlgorithm_element", "signatureAlgorithm", FieldType.NONE, "", 0x0));
    public static final FieldSpec SIGNATURE = SPECS.add(f("ocsp.signature", "signature", FieldType.BYTES, "", 0x0));
    public static final FieldSpec CERTS = SPECS.add(f("ocsp.certs", "certs", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec CERTIFICATE_ELEMENT = SPECS.add(f("ocsp.Certificate_element", "Certificate", FieldType.NONE, "", 0x0));
    public static final FieldSpec REQ_CERT_ELEMENT = SPECS.add(f("ocsp.reqCert_element", "reqCert", FieldType.NONE, "", 0x0));
    public static final FieldSpec SINGLE_REQUEST_EXTENSIONS = SPECS.add(f("ocsp.singleRequestExtensions", "singleRequestExtensions", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec HASH_ALGORITHM_ELEMENT = SPECS.add(f("ocsp.hashAlgorithm_element", "hashAlgorithm", FieldType.NONE, "", 0x0));
    public static final FieldSpec ISSUER_NAME_HASH = SPECS.add(f("ocsp.issuerNameHash", "issuerNameHash", FieldType.BYTES, "", 0x0));
    public static final FieldSpec ISSUER_KEY_HASH = SPECS.add(f("ocsp.issuerKeyHash", "issuerKeyHash", FieldType.BYTES, "", 0x0));
    public static final FieldSpec SERIAL_NUMBER = SPECS.add(f("ocsp.serialNumber", "serialNumber", FieldType.BYTES, "", 0x0));
    public static final FieldSpec RESPONSE_STATUS = SPECS.add(f("ocsp.responseStatus", "responseStatus", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec RESPONSE_BYTES_ELEMENT = SPECS.add(f("ocsp.responseBytes_element", "responseBytes", FieldType.NONE, "", 0x0));
    public static final FieldSpec RESPONSE_TYPE = SPECS.add(f("ocsp.responseType", "responseType", FieldType.OID, "", 0x0));
    public static final FieldSpec RESPONSE = SPECS.add(f("ocsp.response", "response", FieldType.BYTES, "", 0x0));
    public static final FieldSpec TBS_RESPONSE_DATA_ELEMENT = SPECS.add(f("ocsp.tbsResponseData_element", "tbsResponseData", FieldType.NONE, "", 0x0));
    public static final FieldSpec RESPONDER_ID = SPECS.add(f("ocsp.responderID", "responderID", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec PRODUCED_AT = SPECS.add(f("ocsp.producedAt", "producedAt", FieldType.ABSOLUTE_TIME, "", 0x0));
    public static final FieldSpec RESPONSES = SPECS.add(f("ocsp.responses", "responses", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec SINGLE_RESPONSE_ELEMENT = SPECS.add(f("ocsp.SingleResponse_element", "SingleResponse", FieldType.NONE, "", 0x0));
    public static final FieldSpec RESPONSE_EXTENSIONS = SPECS.add(f("ocsp.responseExtensions", "responseExtensions", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec BY_NAME = SPECS.add(f("ocsp.byName", "byName", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec BY_KEY = SPECS.add(f("ocsp.byKey", "byKey", FieldType.BYTES, "", 0x0));
    public static final FieldSpec CERT_ID_ELEMENT = SPECS.add(f("ocsp.certID_element", "certID", FieldType.NONE, "", 0x0));
    public static final FieldSpec CERT_STATUS = SPECS.add(f("ocsp.certStatus", "certStatus", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec THIS_UPDATE = SPECS.add(f("ocsp.thisUpdate", "thisUpdate", FieldType.ABSOLUTE_TIME, "", 0x0));
    public static final FieldSpec NEXT_UPDATE = SPECS.add(f("ocsp.nextUpdate", "nextUpdate", FieldType.ABSOLUTE_TIME, "", 0x0));
    public static final FieldSpec SINGLE_EXTENSIONS = SPECS.add(f("ocsp.singleExtensions", "singleExtensions", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec GOOD_ELEMENT = SPECS.add(f("ocsp.good_element", "good", FieldType.NONE, "", 0x0));
    public static final FieldSpec REVOKED_ELEMENT = SPECS.add(f("ocsp.revoked_element", "revoked", FieldType.NONE, "", 0x0));
    public static final FieldSpec UNKNOWN_ELEMENT = SPECS.add(f("ocsp.unknown_element", "unknown", FieldType.NONE, "", 0x0));
    public static final FieldSpec REVOCATION_TIME = SPECS.add(f("ocsp.revocationTime", "revocationTime", FieldType.ABSOLUTE_TIME, "", 0x0));
    public static final FieldSpec REVOCATION_REASON = SPECS.add(f("ocsp.revocationReason", "revocationReason", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec ACCEPTABLE_RESPONSES_ITEM = SPECS.add(f("ocsp.AcceptableResponses_item", "AcceptableResponses item", FieldType.OID, "", 0x0));
    public static final FieldSpec ISSUER = SPECS.add(f("ocsp.issuer", "issuer", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec LOCATOR = SPECS.add(f("ocsp.locator", "locator", FieldType.UINT32, "BASE_DEC", 0x0));
    public static final FieldSpec CRL_URL = SPECS.add(f("ocsp.crlUrl", "crlUrl", FieldType.STRING, "", 0x0));
    public static final FieldSpec CRL_NUM = SPECS.add(f("ocsp.crlNum", "crlNum", FieldType.INT32, "BASE_DEC", 0x0));
    public static final FieldSpec CRL_TIME = SPECS.add(f("ocsp.crlTime", "crlTime", FieldType.ABSOLUTE_TIME, "", 0x0));

    /** Every field of this class, the protocol first. */
    public static final List<FieldSpec> FIELDS = SPECS.list();
}
