#!/usr/bin/env python3
"""Records what tshark 4.0.17 says about QUIC, per frame, for the QUIC tests.

usage: src/test/resources/quic/make_quic_truth.py   (from anywhere; needs tshark 4.0.x)

For each capture of the corpus (src/test/resources/corpus/captures) and of this folder that has
QUIC, writes
  truth/<capture>.fields.tsv  one line per frame and field tshark shows:
                              frame <TAB> field <TAB> values joined by U+001F (occurrence=a)
      fields: every field tshark registers for quic, the expert-info fields, frame.protocols,
      tls.handshake.type and tls.handshake.extensions_server_name; protocol items (quic, tls,
      _ws.malformed, _ws.expert) are recorded as their number of occurrences.
  truth/<capture>.crypto.tsv  one line per call of TLS by QUIC (per "tls" layer), in order:
                              frame <TAB> n <TAB> hex of the bytes TLS got (tshark -T json -x)
Single pass, -n, default preferences (an empty WIRESHARK_CONFIG_DIR), as the corpus truth.
"""
import json, os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "tools"))
import tshark_truth

PROTOCOLS = ["quic", "tls", "_ws.malformed", "_ws.expert"]
EXTRA = ["frame.protocols", "_ws.expert.message", "_ws.expert.severity", "_ws.expert.group",
         "tls.handshake.type", "tls.handshake.extensions_server_name"]


def tls_raws(pairs, found):
    """Collects the values of "tls_raw" keys in document order (keys repeat in tshark's JSON)."""
    for key, value in pairs:
        if key == "tls_raw":
            if value and isinstance(value[0], list):
                found.extend(v[0] for v in value)
            else:
                found.append(value[0])
        elif isinstance(value, Holder):
            tls_raws(value.pairs, found)
        elif isinstance(value, list):
            for v in value:
                if isinstance(v, Holder):
                    tls_raws(v.pairs, found)


class Holder:
    def __init__(self, pairs):
        self.pairs = pairs


def crypto_truth(capture):
    out = tshark_truth.tshark("-n", "-r", capture, "-Y", "quic", "-T", "json", "-x", "-J", "frame quic")
    packets = json.loads(out, object_pairs_hook=Holder)
    lines = []
    for packet in packets:
        layers = dict(packet.pairs)["_source"]
        layers = dict(layers.pairs)["layers"]
        frame = None
        for key, value in layers.pairs:
            if key == "frame":
                frame = dict(value.pairs)["frame.number"]
        found = []
        tls_raws(layers.pairs, found)
        for n, hexdata in enumerate(found):
            lines.append(f"{frame}\t{n}\t{hexdata}")
    return lines


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    outdir = tshark_truth.truth_dir(here)
    fields = tshark_truth.registered_fields(["quic"])
    for capture in tshark_truth.captures(tshark_truth.CORPUS, here):
        lines = tshark_truth.field_truth(capture, PROTOCOLS, EXTRA, fields, tshark_truth.has_layer("quic"))
        if lines:
            path = os.path.join(outdir, os.path.basename(capture))
            tshark_truth.write_truth(path + ".fields.tsv", lines)
            tshark_truth.write_truth(path + ".crypto.tsv", crypto_truth(capture))


if __name__ == "__main__":
    main()
