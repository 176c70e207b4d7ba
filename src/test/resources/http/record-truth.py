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
import glob, gzip, os, subprocess, tempfile

SEP = "\x1f"
PROTOCOLS = ["http", "ssdp", "media", "data-text-lines", "xml", "json", "urlencoded-form",
             "image-jfif", "image-gif", "png", "data", "_ws.malformed", "_ws.expert"]
EXTRA = ["frame.protocols", "_ws.expert.message", "_ws.expert.severity", "_ws.expert.group"]
OWNERS = ("http", "media", "urlencoded-form")


def env():
    return dict(os.environ, WIRESHARK_CONFIG_DIR=tempfile.mkdtemp(), LC_ALL="C.UTF-8", TZ="UTC")


def fields():
    out = subprocess.run(["tshark", "-G", "fields"], capture_output=True, env=env(), check=True)
    names = []
    for line in out.stdout.decode().splitlines():
        p = line.split("\t")
        if p[0] == "F" and p[4] in OWNERS and p[2] not in names and p[3] != "FT_NONE":
            names.append(p[2])
    return names


def record(capture, names, outdir):
    columns = PROTOCOLS + EXTRA + names
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
        layers = cells[len(PROTOCOLS)].split(":")
        if "http" not in layers and "ssdp" not in layers:
            continue
        for name, value in zip(columns, cells):
            if value == "":
                continue
            if name in PROTOCOLS:
                value = str(len(value.split(SEP)))
            lines.append(f"{frame}\t{name}\t{value}")
    if lines:
        path = os.path.join(outdir, os.path.basename(capture) + ".tsv.gz")
        with gzip.GzipFile(path, "wb", mtime=0) as f:
            f.write(("\n".join(lines) + "\n").encode("utf-8"))
        print(path, len(lines))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    outdir = os.path.join(here, "truth")
    os.makedirs(outdir, exist_ok=True)
    names = fields()
    corpus = os.path.join(here, "..", "corpus", "captures")
    captures = sorted(glob.glob(os.path.join(corpus, "*.pcap*"))
                      + glob.glob(os.path.join(here, "synthetic", "*.pcap*")))
    for capture in captures:
        record(capture, names, outdir)


if __name__ == "__main__":
    main()
