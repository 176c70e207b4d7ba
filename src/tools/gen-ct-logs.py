#!/usr/bin/env python3
"""Writes the Certificate Transparency logs Wireshark 4.0 names in a Signed Certificate Timestamp.

usage: src/tools/gen-ct-logs.py WIRESHARK_SRC [-o OUT]
       (WIRESHARK_SRC: the wireshark 4.0.17 source tree, e.g. from `apt-get source wireshark`;
        default OUT: src/main/resources/io/sharkfin/dissect/protocol/tls/ct-logs.tsv)

tls_dissect_sct appends " (name)" to the SCT's subtree from the table ct_logids of
epan/dissectors/packet-tls-utils.c (bytesval_to_str: the first entry with the log ID wins,
"Unknown Log" when none). Output: one line per log, "64 hex digits<TAB>name", in table order.
"""
import re, sys

args = sys.argv[1:]
out = "src/main/resources/io/sharkfin/dissect/protocol/tls/ct-logs.tsv"
if "-o" in args:
    i = args.index("-o")
    out = args[i + 1]
    del args[i:i + 2]
if len(args) != 1:
    sys.exit(__doc__)
src = open(args[0] + "/epan/dissectors/packet-tls-utils.c", encoding="utf-8").read()
table = src[src.index("static const bytes_string ct_logids[]"):]
table = table[:table.index("};\n")]
ENTRY = re.compile(r"\{\s*\(const guint8\[\]\)\{([^}]*)\},\s*32,\s*\"((?:[^\"\\]|\\.)*)\"\s*\}")
rows = []
for m in ENTRY.finditer(table):
    octets = [int(x, 16) for x in re.findall(r"0x([0-9a-fA-F]{2})", m.group(1))]
    assert len(octets) == 32, m.group(0)
    rows.append(bytes(octets).hex() + "\t" + m.group(2).encode().decode("unicode_escape"))
assert rows, "no ct_logids entries found"
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write("".join(r + "\n" for r in rows))
print(f"{len(rows)} logs -> {out}")
