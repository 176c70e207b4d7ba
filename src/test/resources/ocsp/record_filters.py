#!/usr/bin/env python3
"""Records which frames tshark 4.0.17 selects with display filters on OCSP, X.509 and BER fields.

usage: src/test/resources/ocsp/record_filters.py   (from anywhere; needs tshark 4.0.x)

Writes filters.tsv: capture <TAB> filter <TAB> selected frame numbers (comma-separated), for the
filters below, run on the corpus capture with OCSP in TLS and on synthetic/ (run it again after
make_synthetic.py). Default preferences (an empty WIRESHARK_CONFIG_DIR), TZ=UTC.
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "tools"))
import tshark_truth

CASES = {
    "corpus/captures/ja4-browsers-x509.pcapng": [
        "ocsp", "ocsp.responseStatus == 0", "ocsp.certStatus == 0", "ocsp.responderID == 2",
        "ocsp.byKey == f8:f3:dd:80:bb:08:2a:b2:8f:f8:49:af:b9:49:9d:b8:4c:af:e7:16",
        "ocsp.producedAt > \"2023-08-06 00:00:00\"", "ocsp.certs == 1", "ocsp.Certificate_element",
        "x509sat.UTCTime", "x509sat.Integer == 0", "pkix1explicit.id == \"1.3.6.1.4.1.311.21.4\"",
        "ocsp.NULL_element", "x509sat.printableString == \"AzureCA05 OCSP Cert\"",
        "x509ce.policyIdentifier == 1.3.6.1.5.5.7.3.9", "ocsp.responseType.id == \"1.3.6.1.5.5.7.48.1.1\"",
        "ocsp.responseType", "ocsp.response",
    ],
    "ocsp/synthetic/http-ocsp.pcap": [
        "ocsp", "ocsp.certStatus == 1", "ocsp.revocationReason == 1", "ocsp.ReOcspNonce",
        "ocsp.responderID == 2", "ocsp.byName == 0", "x509ce.dNSName == \"www.example.test\"",
        "ber.error.invalid_format.generalized_time", "ber.error.length", "_ws.malformed",
        "ocsp.requestorName", "ocsp.optionalSignature_element", "ocsp.crlNum == 42",
        "ocsp.crlUrl contains \"crl.example\"", "ocsp.crlTime", "ocsp.ArchiveCutoff",
        "ocsp.AcceptableResponses_item == 1.3.6.1.5.5.7.48.1.1", "ocsp.ServiceLocator_element",
        "ocsp.locator == 1", "ocsp.thisUpdate == \"2024-03-01 12:00:00.25\"",
        "ocsp.nextUpdate == \"2024-03-08 10:30:00\"", "ocsp.responseStatus == 3", "ocsp.serialNumber == 10:03",
        "ocsp.unknown_element", "ocsp.version == 0", "media", "http.content_type contains \"ocsp\"",
    ],
    "ocsp/synthetic/tls-ocsp-multi.pcap": [
        "tls.handshake.ocsp_response_list_len", "tls.handshake.ocsp_response_len", "ocsp.responseStatus == 3",
        "ocsp.BasicOCSPResponse_element",
    ],
}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    lines = []
    for capture, filters in CASES.items():
        path = os.path.join(here, "..", capture)
        for f in filters:
            out = tshark_truth.tshark("-n", "-r", path, "-Y", f, "-T", "fields", "-e", "frame.number")
            lines.append(f"{capture}\t{f}\t{','.join(out.split())}")
    tshark_truth.write_truth(os.path.join(here, "filters.tsv"), lines)


if __name__ == "__main__":
    main()
