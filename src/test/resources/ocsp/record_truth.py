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
import glob, os, subprocess, tempfile

SEP = "\x1f"
PROTOCOLS = ["ocsp", "x509af", "x509ce", "x509if", "x509sat", "pkcs-1", "pkix1explicit", "pkix1implicit",
             "_ws.malformed"]
EXTRA = ["frame.protocols", "_ws.expert.message", "tls.handshake.ocsp_response_len",
         "tls.handshake.ocsp_response_list_len"]
CORPUS = ["ja4-browsers-x509.pcapng"]


def env():
    return dict(os.environ, WIRESHARK_CONFIG_DIR=tempfile.mkdtemp(), LC_ALL="C.UTF-8", TZ="UTC")


def fields():
    out = subprocess.run(["tshark", "-G", "fields"], capture_output=True, env=env(), check=True)
    names = []
    for line in out.stdout.decode().splitlines():
        p = line.split("\t")
        if p[0] == "F" and p[4] in PROTOCOLS and p[2] not in names:
            names.append(p[2])
    return names


def record(capture, fields, outdir):
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
        if cells[0] == "":
            continue  # no ocsp item
        for name, value in zip(columns, cells):
            if value == "":
                continue
            if name in PROTOCOLS:
                value = str(len(value.split(SEP)))
            lines.append(f"{frame}\t{name}\t{value}")
    path = os.path.join(outdir, os.path.basename(capture) + ".tsv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(path, len(lines))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    outdir = os.path.join(here, "truth")
    os.makedirs(outdir, exist_ok=True)
    names = fields()
    corpus = os.path.join(here, "..", "corpus", "captures")
    captures = [os.path.join(corpus, c) for c in CORPUS] + sorted(glob.glob(os.path.join(here, "synthetic", "*.pcap*")))
    for capture in captures:
        record(capture, names, outdir)


if __name__ == "__main__":
    main()
