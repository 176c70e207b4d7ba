#!/usr/bin/env python3
"""Records what tshark 4.0.17 says about every DNS, mDNS and LLMNR field, per frame.

usage: src/test/resources/dns/make_dns_truth.py   (from the project root; needs tshark 4.0.x)

For each capture of the corpus (src/test/resources/corpus/captures) and of this folder, writes
truth/<capture>.tsv with one line per frame and field that tshark shows:
    frame <TAB> field <TAB> values
values in occurrence order joined by U+001F (tshark -E occurrence=a). Protocol items (dns, mdns,
llmnr, _ws.malformed, _ws.expert) are recorded as their number of occurrences, not their text. Fields: every
field tshark registers for dns, the expert-info fields, and frame.protocols. Single pass, -n,
default preferences (an empty WIRESHARK_CONFIG_DIR), as the corpus truth was made.
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "tools"))
import tshark_truth

PROTOCOLS = ["dns", "mdns", "llmnr", "_ws.malformed", "_ws.expert"]
EXTRA = ["frame.protocols", "_ws.expert.message", "_ws.expert.severity", "_ws.expert.group",
         "_ws.string.trailing_stray_characters"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    outdir = tshark_truth.truth_dir(here)
    fields = tshark_truth.registered_fields(["dns"])
    for capture in tshark_truth.captures(tshark_truth.CORPUS, here):
        lines = tshark_truth.field_truth(capture, PROTOCOLS, EXTRA, fields,
                                         tshark_truth.has_layer("dns", "mdns", "llmnr"))
        if lines:
            tshark_truth.write_truth(os.path.join(outdir, os.path.basename(capture) + ".tsv"), lines)


if __name__ == "__main__":
    main()
