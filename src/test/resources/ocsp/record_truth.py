#!/usr/bin/env python3
"""Records what tshark 4.0.17 says about every OCSP and X.509 field of the frames that hold OCSP.

usage: src/test/resources/ocsp/record_truth.py   (from anywhere; needs tshark 4.0.x)

For the corpus capture with OCSP responses in TLS (ja4-browsers-x509.pcapng) and each capture of
synthetic/ here (made by make_synthetic.py), writes truth/<capture>.tsv with one line per frame
and field that tshark shows, for the frames that have an ocsp item:
    frame <TAB> field <TAB> values
values in occurrence order joined by U+001F (tshark -E occurrence=a). Protocol items are
recorded as their number of occurrences, not their text. Fields: every field tshark registers
for ocsp, x509af, x509ce, x509if, x509sat, pkcs-1, pkix1explicit and pkix1implicit, TLS's two
OCSP length fields, frame.protocols, _ws.malformed and _ws.expert.message. Single pass, -n, default preferences (an
empty WIRESHARK_CONFIG_DIR), TZ=UTC.
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "tools"))
import tshark_truth

PROTOCOLS = ["ocsp", "x509af", "x509ce", "x509if", "x509sat", "pkcs-1", "pkix1explicit", "pkix1implicit",
             "_ws.malformed"]
EXTRA = ["frame.protocols", "_ws.expert.message", "tls.handshake.ocsp_response_len",
         "tls.handshake.ocsp_response_list_len"]
CORPUS_CAPTURES = ["ja4-browsers-x509.pcapng"]


def has_ocsp_item(row):
    """A `wanted` for field_truth: the frames that have an ocsp item."""
    return row["ocsp"] != ""


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    outdir = tshark_truth.truth_dir(here)
    names = tshark_truth.registered_fields(PROTOCOLS)
    captures = [os.path.join(tshark_truth.CORPUS, c) for c in CORPUS_CAPTURES] \
        + tshark_truth.captures(os.path.join(here, "synthetic"))
    for capture in captures:
        lines = tshark_truth.field_truth(capture, PROTOCOLS, EXTRA, names, has_ocsp_item)
        tshark_truth.write_truth(os.path.join(outdir, os.path.basename(capture) + ".tsv"), lines)


if __name__ == "__main__":
    main()
