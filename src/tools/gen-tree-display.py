#!/usr/bin/env python3
"""Writes which fields tshark hides from, or shows as generated in, its protocol tree (-V).

usage: src/tools/gen-tree-display.py CAPTURE... [-o OUT]
       (default OUT: src/main/resources/io/sharkfin/repl/view/tree-display.tsv)
The shipped table is made from the shared captures and the dissector tests' own captures:
  src/tools/gen-tree-display.py src/test/resources/corpus/captures/*.pcap* \
      src/test/resources/dissect/synthetic.pcapng src/test/resources/dissect/nbns.pcapng \
      src/test/resources/dissect/xml.pcapng src/test/resources/dissect/json.pcapng \
      src/test/resources/dissect/images.pcapng src/test/resources/dissect/cdp.pcapng \
      src/test/resources/dissect/ssh.pcapng src/test/resources/dissect/ssh-openssh.pcap \
      src/test/resources/dissect/ssh-tools.pcapng src/test/resources/dissect/ftp.pcapng \
      src/test/resources/dissect/dns-tunnel.pcapng src/test/resources/dissect/smtp.pcapng \
      src/test/resources/dissect/smtp-python.pcap src/test/resources/dissect/multipart.pcapng \
      src/test/resources/dissect/smb.pcapng src/test/resources/dissect/tcp-replayed.pcap \
      src/test/resources/dissect/pop.pcapng src/test/resources/dissect/imap.pcapng \
      src/test/resources/dissect/http-auth.pcapng src/test/resources/dissect/http-files.pcapng \
      src/test/resources/dissect/http-ntlm.pcapng src/test/resources/dissect/lldp.pcapng \
      src/test/resources/dissect/stp.pcapng \
      src/test/resources/http/synthetic/*.pcap

Needs tshark 4.0.x. A field's tree item is hidden (proto_item_set_hidden) or generated
(proto_item_set_generated: drawn in brackets) by the dissector that adds it, not by the field's
registration, so neither is in `tshark -G fields`. This reads both from tshark's own output: for
every frame, the PDML (-T pdml), which marks hidden items hide="yes", side by side with the text
tree (-V), which leaves hidden items out and brackets generated ones. Walking the PDML's items in
order, each item not hidden (nor under a hidden one) is the next line of the text; a line that is
the item's showname in brackets marks a generated one.

Output: one line per field, "name<TAB>H" (hidden wherever seen) or "name<TAB>G" (generated
wherever seen); fields seen both ways are left out (the tree then shows them plainly), and a frame
whose text does not line up with its PDML is skipped whole.
"""
import collections, os, re, subprocess, sys, tempfile
import xml.etree.ElementTree as ET


def tshark(capture, *args):
    env = dict(os.environ, WIRESHARK_CONFIG_DIR=tempfile.mkdtemp(), LC_ALL="C.UTF-8")
    return subprocess.run(["tshark", "-r", capture, *args], capture_output=True, env=env,
                          check=True).stdout.decode("utf-8", "replace")


def text_frames(text):
    """The -V output cut into frames (each starts with "Frame N: " at the margin, or with the
    "Packet comments" item packet-frame.c puts before it): lists of lines without their
    indentation. A frame ends with a blank line; text items may be blank too."""
    frames = []
    commented = False
    for line in text.split("\n"):
        if line == "Packet comments":
            frames.append([])
            commented = True
        elif re.match(r"Frame \d+: ", line):
            if not commented:
                frames.append([])
            commented = False
        if frames:
            frames[-1].append(line.strip())
    hexdump = re.compile(r"[0-9a-f]{4}  ")
    for i, lines in enumerate(frames):
        # a data item's hex dump (and the blank line before it) is no item of the tree
        kept = [l for j, l in enumerate(lines) if not hexdump.match(l)
                and not (l == "" and j + 1 < len(lines) and hexdump.match(lines[j + 1]))]
        while kept and kept[-1] == "":
            kept.pop()
        frames[i] = kept
    return frames


def visible_items(element, out):
    """The PDML items tshark -V prints, in order: (field name, showname)."""
    for child in element:
        if child.tag not in ("proto", "field") or child.get("hide") == "yes":
            continue
        name = child.get("name") or ""
        if name == "geninfo":
            continue
        if name == "fake-field-wrapper":
            # PDML's wrapper around items added outside any protocol: not a line of the text
            visible_items(child, out)
            continue
        # kept as given: a generated item's text keeps its own leading blank inside the brackets
        shown = child.get("showname") or child.get("show") or ""
        out.append((name, shown))
        visible_items(child, out)
    return out


def main():
    args = sys.argv[1:]
    out_path = "src/main/resources/io/sharkfin/repl/view/tree-display.tsv"
    if "-o" in args:
        i = args.index("-o")
        out_path = args[i + 1]
        del args[i:i + 2]
    seen = collections.defaultdict(collections.Counter)
    skipped = total = 0
    for capture in args:
        pdml = ET.fromstring(tshark(capture, "-T", "pdml").encode("utf-8"))
        frames = text_frames(tshark(capture, "-V"))
        packets = pdml.findall("packet")
        if len(packets) != len(frames):
            print(f"{capture}: {len(packets)} PDML packets, {len(frames)} text frames; skipped", file=sys.stderr)
            continue
        for packet, lines in zip(packets, frames):
            total += 1
            items = visible_items(packet, [])
            if len(items) != len(lines):
                skipped += 1
                continue
            kinds = []
            for (name, shown), line in zip(items, lines):
                if name == "data" and not shown and line.startswith("Data ("):
                    # PDML gives the data protocol no text; -V says "Data (N bytes)"
                    kinds.append((name, "plain"))
                elif line == shown.strip():
                    kinds.append((name, "plain"))
                elif line in ("[" + shown + "]", "[" + shown.strip() + "]"):
                    kinds.append((name, "generated"))
                else:
                    kinds = None
                    break
            if kinds is None:
                skipped += 1
                continue
            for name, kind in kinds:
                if name:
                    seen[name][kind] += 1
            for element in packet.iter():
                if element.get("hide") == "yes" and element.get("name"):
                    seen[element.get("name")]["hidden"] += 1
    rows = []
    for name in sorted(seen):
        kinds = seen[name]
        if set(kinds) == {"hidden"}:
            rows.append(f"{name}\tH")
        elif set(kinds) == {"generated"}:
            rows.append(f"{name}\tG")
    version = subprocess.run(["tshark", "-v"], capture_output=True).stdout.decode().splitlines()[0]
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("# fields tshark -V hides (H) or brackets as generated (G); made by\n")
        f.write(f"# src/tools/gen-tree-display.py with {version}; do not edit\n")
        f.write("\n".join(rows) + "\n")
    print(f"{total} frames, {skipped} not lined up; {len(rows)} fields written to {out_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
