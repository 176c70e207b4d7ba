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
import glob, json, os, subprocess, tempfile

SEP = "\x1f"
PROTOCOLS = ["quic", "tls", "_ws.malformed", "_ws.expert"]
EXTRA = ["frame.protocols", "_ws.expert.message", "_ws.expert.severity", "_ws.expert.group",
         "tls.handshake.type", "tls.handshake.extensions_server_name"]


def env():
    return dict(os.environ, WIRESHARK_CONFIG_DIR=tempfile.mkdtemp(), LC_ALL="C.UTF-8", TZ="UTC")


def quic_fields():
    out = subprocess.run(["tshark", "-G", "fields"], capture_output=True, env=env(), check=True)
    names = []
    for line in out.stdout.decode().splitlines():
        p = line.split("\t")
        if p[0] == "F" and p[4] == "quic" and p[2] not in names:
            names.append(p[2])
    return names


def record_fields(capture, fields, outdir):
    columns = PROTOCOLS + EXTRA + fields
    cmd = ["tshark", "-n", "-r", capture, "-T", "fields", "-E", "separator=/t",
           "-E", "occurrence=a", "-E", "aggregator=" + SEP]
    for f in ["frame.number"] + columns:
        cmd += ["-e", f]
    out = subprocess.run(cmd, capture_output=True, env=env(), check=True).stdout.decode("utf-8")
    lines = []
    for row in out.split("\n"):
        if not row:
            continue
        cells = row.split("\t")
        frame, cells = cells[0], cells[1:]
        if "quic" not in cells[len(PROTOCOLS)].split(":"):
            continue
        for name, value in zip(columns, cells):
            if value == "":
                continue
            if name in PROTOCOLS:
                value = str(len(value.split(SEP)))
            lines.append(f"{frame}\t{name}\t{value}")
    if lines:
        path = os.path.join(outdir, os.path.basename(capture) + ".fields.tsv")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        print(path, len(lines))
    return bool(lines)


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


def record_crypto(capture, outdir):
    cmd = ["tshark", "-n", "-r", capture, "-Y", "quic", "-T", "json", "-x", "-J", "frame quic"]
    out = subprocess.run(cmd, capture_output=True, env=env(), check=True).stdout.decode("utf-8")
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
    path = os.path.join(outdir, os.path.basename(capture) + ".crypto.tsv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + ("\n" if lines else ""))
    print(path, len(lines))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    outdir = os.path.join(here, "truth")
    os.makedirs(outdir, exist_ok=True)
    fields = quic_fields()
    corpus = os.path.join(here, "..", "corpus", "captures")
    captures = sorted(glob.glob(os.path.join(corpus, "*.pcap*")) + glob.glob(os.path.join(here, "*.pcap*")))
    for capture in captures:
        if record_fields(capture, fields, outdir):
            record_crypto(capture, outdir)


if __name__ == "__main__":
    main()
