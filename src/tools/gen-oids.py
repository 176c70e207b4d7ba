#!/usr/bin/env python3
"""Writes the names Wireshark 4.0 gives ASN.1 object identifiers (the tree's "2.5.4.3 (id-at-commonName)").

usage: src/tools/gen-oids.py WIRESHARK_SRC [-o OUT]
       (WIRESHARK_SRC: a Wireshark 4.0.17 source tree, e.g. from `apt-get source wireshark` on Debian 12;
        default OUT: src/main/resources/io/sharkfin/dissect/wireshark-oids.tsv.gz)

Names come from the dissectors' registrations, as epan/oids.c collects them: oid_add_from_string(name,
oid), register_ber_oid_dissector(oid, ..., name) and register_ber_oid_dissector_handle(oid, ..., name)
(both through register_ber_oid_name), register_ber_oid_name itself, and gssapi_init_oid (GSS-API's
mechanisms); plus the three root arcs oids.c
names. Registrations run protocol by protocol in the order Wireshark calls them: every proto_register_*
function, then every proto_reg_handoff_* one, each set in the order of their names (the generated
dissectors list is sorted); a later name for the same OID replaces the earlier one (oids.c's add_oid).
Names from MIB files (libsmi) are not included: the default profile loads none for X.509's OIDs.

Output, gzipped: one line per OID, "OID<TAB>name", sorted by OID text.
"""
import gzip, os, re, sys

args = sys.argv[1:]
out = "src/main/resources/io/sharkfin/dissect/wireshark-oids.tsv.gz"
if "-o" in args:
    i = args.index("-o")
    out = args[i + 1]
    del args[i:i + 2]
if len(args) != 1:
    sys.exit(__doc__)
src = args[0]

STR = r'"((?:[^"\\]|\\.)*)"'
CALLS = [
    (re.compile(r'\boid_add_from_string\s*\(\s*' + STR + r'\s*,\s*' + STR + r'\s*\)'), 1, 0),
    (re.compile(r'\bregister_ber_oid_dissector(?:_handle)?\s*\(\s*' + STR + r'\s*,[^;]*?,\s*' + STR + r'\s*\)\s*;', re.S), 0, 1),
    (re.compile(r'\bregister_ber_oid_name\s*\(\s*' + STR + r'\s*,\s*' + STR + r'\s*\)'), 0, 1),
    # gssapi_init_oid(oid, proto, ett, handle, wrap_handle, comment) names the OID through oid_add_from_string
    (re.compile(r'\bgssapi_init_oid\s*\(\s*' + STR + r'\s*,[^;]*?,\s*' + STR + r'\s*\)\s*;', re.S), 0, 1),
]
FUNC = re.compile(r'^(?:\w[\w\s\*]*\s)?(proto_register_\w+|proto_reg_handoff_\w+)\s*\(', re.M)
OID = re.compile(r'^[0-2](\.\d+)+$')

registrations = {"register": [], "handoff": []}
files = []
for d in ("epan/dissectors", "epan/dissectors/asn1", "plugins/epan"):
    root = os.path.join(src, d)
    for dirpath, _, names in os.walk(root):
        files += [os.path.join(dirpath, n) for n in names if n.endswith(".c")]
for path in files:
    text = open(path, encoding="utf-8", errors="replace").read()
    funcs = [(m.start(), m.group(1)) for m in FUNC.finditer(text)]
    for pattern, oid_group, name_group in CALLS:
        for m in pattern.finditer(text):
            oid, name = m.group(oid_group + 1), m.group(name_group + 1)
            if not OID.match(oid) or not name:
                continue
            owner = None
            for start, fname in funcs:
                if start <= m.start():
                    owner = fname
            phase = "handoff" if owner and owner.startswith("proto_reg_handoff_") else "register"
            registrations[phase].append((owner or "", m.start(), path, oid, name))

names = {"0": "itu-t", "1": "iso", "2": "joint-iso-itu-t"}
for phase in ("register", "handoff"):
    for _, _, _, oid, name in sorted(registrations[phase], key=lambda r: (r[0], r[2], r[1])):
        names[oid] = name
with gzip.open(out, "wt", encoding="utf-8") as f:
    for oid in sorted(names):
        f.write(oid + "\t" + names[oid] + "\n")
print(f"{out}: {len(names)} OIDs", file=sys.stderr)
