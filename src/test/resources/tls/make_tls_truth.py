#!/usr/bin/env python3
"""Records what tshark 4.0.17 says about every TLS and X.509 field, per frame.

usage: src/test/resources/tls/make_tls_truth.py   (from anywhere; needs tshark 4.0.x)

For each capture of the corpus (src/test/resources/corpus/captures) and of synthetic/ here,
writes truth/<capture>.tsv with one line per frame and field that tshark shows:
    frame <TAB> field <TAB> values
values in occurrence order joined by U+001F (tshark -E occurrence=a). Protocol items are
recorded as their number of occurrences, not their text. Fields: every field tshark registers
for the protocols tls, x509af, x509ce, x509if, x509sat, pkcs-1, pkix1explicit, pkix1implicit,
plus frame.protocols and the expert-info fields. Only frames whose layers include tls are
written. Single pass, -n, default preferences (an empty WIRESHARK_CONFIG_DIR), as the corpus
truth was made.
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "tools"))
import tshark_truth

PROTOCOLS = ["tls", "x509af", "x509ce", "x509if", "x509sat", "pkcs-1", "pkix1explicit",
             "pkix1implicit", "_ws.malformed", "_ws.expert"]
EXTRA = ["frame.protocols", "_ws.expert.message", "_ws.expert.severity", "_ws.expert.group"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    outdir = tshark_truth.truth_dir(here)
    names = tshark_truth.registered_fields(PROTOCOLS)
    for capture in tshark_truth.captures(tshark_truth.CORPUS, os.path.join(here, "synthetic")):
        lines = tshark_truth.field_truth(capture, PROTOCOLS, EXTRA, names, tshark_truth.has_layer("tls"))
        if lines:
            tshark_truth.write_truth(os.path.join(outdir, os.path.basename(capture) + ".tsv"), lines)


if __name__ == "__main__":
    main()
