#!/usr/bin/env python3
"""Expected alerts of the shipped packs' rule tests, from tshark 4.0.17.

For every rule test (capture + frames or count) of the given packs, runs the rule's filter
through `tshark -Y` (after expanding the pack's macros as Wireshark does for `${name:a;b}`),
applies the rule's threshold (count matches within `seconds`, grouped by the `group_by`
fields, alert from the count-th on) and prints the frames. With --write, rewrites each test
line `{capture: X, frames: [...]}` / `{capture: X, count: N}` with tshark's answer.

    filters/tools/tshark-expected.py [--write] [--captures DIR] filters/*.yaml
"""
import argparse
import collections
import os
import re
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CAPTURES = os.path.join(HERE, "..", "..", "src", "test", "resources", "corpus", "captures")


def expand(text, macros):
    for _ in range(32):
        out, changed, i = [], False, 0
        while i < len(text):
            if text.startswith("${", i):
                j = text.index("}", i)
                body = text[i + 2:j]
                name, _, args = body.partition(":")
                if name in macros:
                    value = macros[name]
                    for n, a in enumerate(args.split(";") if args else [], 1):
                        value = value.replace("$%d" % n, a)
                    out.append(value)
                    changed = True
                else:
                    out.append(text[i:j + 1])
                i = j + 1
            else:
                out.append(text[i])
                i += 1
        text = "".join(out)
        if not changed:
            return text
    raise ValueError("macro nesting too deep")


def tshark(capture, flt, fields):
    cmd = ["tshark", "-n", "-r", capture, "-Y", flt, "-T", "fields", "-E", "occurrence=a",
           "-E", "aggregator=,", "-e", "frame.number", "-e", "frame.time_epoch"]
    for f in fields:
        cmd += ["-e", f]
    env = dict(os.environ, WIRESHARK_CONFIG_DIR="/nonexistent")
    res = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if res.returncode != 0:
        raise RuntimeError(res.stderr.strip())
    rows = []
    for line in res.stdout.splitlines():
        parts = line.split("\t")
        rows.append((int(parts[0]), float(parts[1]), tuple(parts[2:])))
    return rows


def alerts(rows, threshold):
    if not threshold:
        return [r[0] for r in rows]
    count, seconds = threshold["count"], threshold["seconds"]
    windows = collections.defaultdict(collections.deque)
    out = []
    for number, t, key in rows:
        w = windows[key]
        w.append(t)
        while w and w[0] < t - seconds:
            w.popleft()
        while len(w) > count:
            w.popleft()
        if len(w) >= count:
            out.append(number)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--captures", default=DEFAULT_CAPTURES)
    ap.add_argument("packs", nargs="+")
    args = ap.parse_args()
    for path in args.packs:
        with open(path) as f:
            text = f.read()
        pack = yaml.safe_load(text)
        macros = pack.get("macros") or {}
        lines = text.split("\n")
        for rule in pack["rules"]:
            flt = expand(rule["filter"], macros)
            thr = rule.get("threshold")
            fields = thr.get("group_by", []) if thr else []
            for test in rule.get("tests", []):
                cap = os.path.join(args.captures, test["capture"])
                got = alerts(tshark(cap, flt, fields), thr)
                print("%s %s %s: %s" % (os.path.basename(path), rule["id"], test["capture"], got))
                if args.write:
                    rewrite(lines, rule["id"], test, got)
        if args.write:
            with open(path, "w") as f:
                f.write("\n".join(lines))


def rewrite(lines, rule_id, test, got):
    """Replaces the test's line inside the rule's block."""
    start = next(i for i, l in enumerate(lines) if re.match(r"\s*- id: %s\s*$" % re.escape(rule_id), l))
    for i in range(start + 1, len(lines)):
        if re.match(r"\s*- id: ", lines[i]):
            break
        m = re.match(r"(\s*- \{capture: %s, )(frames|count): [^}]*\}" % re.escape(test["capture"]), lines[i])
        if m:
            if m.group(2) == "frames":
                lines[i] = m.group(1) + "frames: [" + ", ".join(map(str, got)) + "]}"
            else:
                lines[i] = m.group(1) + "count: %d}" % len(got)
            return
    raise KeyError(rule_id + " " + test["capture"])


if __name__ == "__main__":
    sys.exit(main())
