#!/usr/bin/env python3
"""Records what tshark 4.0.17 says about every HTTP field (and those of the body dissectors HTTP
calls), per frame, as the HTTP tests' expected values.

usage: src/test/resources/http/record-truth.py   (from the project root; needs tshark 4.0.x)

For each capture of the corpus (src/test/resources/corpus/captures) and of synthetic/, writes
truth/<capture>.tsv.gz with one line per frame and field that tshark shows, for the frames whose
layers include http or ssdp:
    frame <TAB> field <TAB> values
values in occurrence order joined by U+001F (tshark -E occurrence=a). Protocol items are recorded
as their number of occurrences, not their text. Fields: every field tshark 4.0 registers for http,
ssdp, media, urlencoded-form, the body protocols' items, the expert-info fields and
frame.protocols. Single pass, -n, default preferences (an empty WIRESHARK_CONFIG_DIR), as the
corpus truth was made.
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "tools"))
import tshark_truth

PROTOCOLS = ["http", "ssdp", "media", "data-text-lines", "xml", "json", "urlencoded-form",
             "image-jfif", "image-gif", "png", "data", "_ws.malformed", "_ws.expert"]
EXTRA = ["frame.protocols", "_ws.expert.message", "_ws.expert.severity", "_ws.expert.group"]
OWNERS = ("http", "media", "urlencoded-form")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    outdir = tshark_truth.truth_dir(here)
    # FT_NONE items of these protocols are subtrees with no value of their own
    names = tshark_truth.registered_fields(OWNERS, skip_types=("FT_NONE",))
    for capture in tshark_truth.captures(tshark_truth.CORPUS, os.path.join(here, "synthetic")):
        lines = tshark_truth.field_truth(capture, PROTOCOLS, EXTRA, names,
                                         tshark_truth.has_layer("http", "ssdp"))
        if lines:
            tshark_truth.write_truth(os.path.join(outdir, os.path.basename(capture) + ".tsv.gz"), lines)


if __name__ == "__main__":
    main()
