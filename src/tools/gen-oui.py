#!/usr/bin/env python3
"""Writes the vendors of Ethernet OUIs as Wireshark 4.0 resolves them (eth.src.oui_resolved ...).

usage: src/tools/gen-oui.py [MANUF] [-o OUT]
       (default MANUF: /usr/share/wireshark/manuf, Debian's wireshark-common of tshark 4.0.17;
        default OUT: src/main/resources/io/sharkfin/dissect/wireshark-oui.tsv.gz)

tshark adds a frame's OUI vendor even with -n (MAC name resolution stays on). Its manuf file is
read as epan/addr_resolv.c does (parse_ether_line, add_manuf_name): a '#' starts a comment; the
address and short name end at a space or tab, the long name at the next tab (the short name when
there is none); only entries of three octets without a mask are manufacturer IDs (masked ranges
and whole addresses are not looked up for oui_resolved); a later entry replaces an earlier one;
names are kept to 63 bytes (MAXNAMELEN 64 with g_strlcpy).

Output, gzipped: one line per OUI, "AABBCC<TAB>long name", sorted by OUI.
"""
import gzip, re, sys

args = sys.argv[1:]
out = "src/main/resources/io/sharkfin/dissect/wireshark-oui.tsv.gz"
if "-o" in args:
    i = args.index("-o")
    out = args[i + 1]
    del args[i:i + 2]
manuf = args[0] if args else "/usr/share/wireshark/manuf"
OCTETS3 = re.compile(r"^([0-9A-Fa-f]{2})[:\-.]([0-9A-Fa-f]{2})[:\-.]([0-9A-Fa-f]{2})$")


def limit(name):
    b = name.encode("utf-8")[:63]
    return b.decode("utf-8", "ignore")


def strtok(text, pos, delims):
    """C's strtok from pos: the token after any leading delimiters, and where the next call starts."""
    while pos < len(text) and text[pos] in delims:
        pos += 1
    if pos >= len(text):
        return None, pos
    end = pos
    while end < len(text) and text[end] not in delims:
        end += 1
    return text[pos:end], end + 1  # strtok overwrites the delimiter it stopped at


vendors = {}
with open(manuf, encoding="utf-8", errors="replace") as f:
    for raw in f:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        line = line.split("#", 1)[0].rstrip()
        address, at = strtok(line, 0, " \t")
        short, at = strtok(line, at, " \t")
        if address is None or short is None:
            continue
        m = OCTETS3.match(address)
        if not m:
            continue  # a masked range or a whole address
        longname, _ = strtok(line, at, "\t")
        vendors[int("".join(m.groups()), 16)] = limit(longname if longname is not None else short)

with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as g:
    for oui in sorted(vendors):
        g.write(f"{oui:06X}\t{vendors[oui]}\n")
print(f"{len(vendors)} OUIs -> {out}")
