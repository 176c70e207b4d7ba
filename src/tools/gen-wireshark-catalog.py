#!/usr/bin/env python3
"""Writes sharkfin's copy of Wireshark's field catalogue from tshark's own dumps.

usage: src/tools/gen-wireshark-catalog.py [OUTDIR]   (default: src/main/resources/io/sharkfin/dissect)

Needs tshark (Debian package tshark, 4.0.x: the version sharkfin follows). Produces
  wireshark-fields.tsv.gz       every protocol (P) and field (F) of `tshark -G fields`, sorted by name
  wireshark-first-names.txt     the distinct first segments of all names (for a quick "unknown")
  wireshark-values-core.tsv.gz  value names of the protocols sharkfin dissects (loaded at start)
  wireshark-values-rest.tsv.gz  value names of all other fields (loaded when a filter needs one)
Value tables shared by several fields are stored once: a line '#' + the fields' names, then rows
'V low name' (value_string), 'R low high name' (range_string) or 'T true false' (true_false_string).
"""
import collections, gzip, io, os, subprocess, sys, tempfile

# The protocols sharkfin dissects (first name segments). The list is written as the first line of
# the core table ("#!core" and the names), which is where WiresharkCatalog reads it from; a test
# checks that every field sharkfin registers belongs to one of them, so building the registry
# never loads the big table.
CORE = {"frame", "_ws", "eth", "sll", "null", "raw", "vlan", "ieee8021ad", "arp", "ip", "ipv6",
        "icmp", "icmpv6", "tcp", "udp", "gre", "vxlan", "dns", "mdns", "llmnr", "http", "ssdp",
        "tls", "x509af", "x509ce", "x509if", "x509sat", "pkix1explicit", "pkix1implicit",
        "pkcs-1", "quic", "data", "ethertype", "llc", "media", "urlencoded-form", "json", "xml",
        "cdp", "ieee8021ah", "nbns", "dhcp", "ocsp", "ajp13", "data-text-lines", "image-gif",
        "image-jfif", "png", "mysql", "nbss", "rip", "ssh", "x11", "ber", "pkt_comment", "ftp", "ftp-data",
        "smtp", "imf", "pop", "imap", "mime_multipart", "smb2", "ntlmssp", "gss-api", "spnego", "kerberos",
        "lldp", "stp"}

def gz_text(path):
    # mtime 0: the same dump gives the same bytes, so regenerating leaves git clean
    return io.TextIOWrapper(gzip.GzipFile(path, "wb", mtime=0), encoding="utf-8")

def tshark(arg):
    env = dict(os.environ, WIRESHARK_CONFIG_DIR=tempfile.mkdtemp(), LC_ALL="C.UTF-8")
    out = subprocess.run(["tshark", "-G", arg], capture_output=True, env=env, check=True).stdout
    return out.decode("utf-8", "replace").splitlines()

def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "src/main/resources/io/sharkfin/dissect"
    version = subprocess.run(["tshark", "-v"], capture_output=True).stdout.decode().splitlines()[0]
    protocol_of = {}
    rows = []
    for line in tshark("fields"):
        p = line.split("\t")
        if p[0] == "P" and len(p) >= 3:
            # P name title
            rows.append((p[2], "\t".join(["P", p[2], p[1]])))
            protocol_of[p[2]] = p[2]
        elif p[0] == "F" and len(p) >= 8:
            # F name type protocol display bitmask title description
            _, title, name, ftype, proto, display, mask = p[:7]
            blurb = p[7] if len(p) > 7 else ""
            rows.append((name, "\t".join(["F", name, ftype, proto, display, mask, title, blurb])))
            protocol_of[name] = proto
    # sorted by the UTF-8 bytes of the name, as WiresharkCatalog searches it
    rows.sort(key=lambda r: r[0].encode("utf-8"))
    with gz_text(os.path.join(outdir, "wireshark-fields.tsv.gz")) as out:
        out.write("# " + version + "\n")
        for _, row in rows:
            out.write(row + "\n")
    with open(os.path.join(outdir, "wireshark-first-names.txt"), "w", encoding="utf-8") as out:
        for first in sorted({name.split(".")[0] for name, _ in rows}):
            out.write(first + "\n")
    # A field registered several times (vlan.priority) lists one table per registration; a
    # filter's value names come from the first registration, so later tables are dropped: a
    # table ends when another field's rows come between, or when its first value comes again.
    # A value named twice inside one table (kerberos.padata_type's 22) keeps its first name, as
    # val_to_str finds it, and the table goes on.
    rows = collections.OrderedDict()
    closed = set()
    seen = collections.defaultdict(set)
    first = {}
    previous = None
    for line in tshark("values"):
        p = line.split("\t")
        if len(p) < 2 or p[0] not in ("V", "V64", "R", "T"):
            continue
        field = p[1]
        if previous is not None and previous != field:
            closed.add(previous)
        previous = field
        key = (p[0], p[2] if len(p) > 2 else "")
        first.setdefault(field, key)
        if field in closed or (key in seen[field] and key == first[field]):
            closed.add(field)
            continue
        if key in seen[field]:
            continue
        seen[field].add(key)
        if p[0] in ("V", "V64") and len(p) >= 4:
            rows.setdefault(field, []).append(("V", p[2], p[3]))
        elif p[0] == "R" and len(p) >= 5:
            rows.setdefault(field, []).append(("R", p[2], p[3], p[4]))
        elif p[0] == "T" and len(p) >= 4:
            rows.setdefault(field, []).append(("T", p[2], p[3]))
    groups = {True: collections.OrderedDict(), False: collections.OrderedDict()}
    for field, rs in rows.items():
        # a field belongs to the core table when its protocol's first name segment is core
        # (ipv6.routing -> ipv6, _ws.expert -> _ws); WiresharkCatalog applies the same rule
        core = protocol_of.get(field, "").split(".")[0] in CORE
        groups[core].setdefault(tuple(rs), []).append(field)
    for core, name in ((True, "core"), (False, "rest")):
        with gz_text(os.path.join(outdir, f"wireshark-values-{name}.tsv.gz")) as out:
            if core:
                out.write("#!core\t" + "\t".join(sorted(CORE)) + "\n")
            for rs, fields in groups[core].items():
                out.write("#" + "\t".join(fields) + "\n")
                for r in rs:
                    out.write("\t".join(r) + "\n")

main()
