#!/usr/bin/env bash
# record-statistics.sh — records what tshark's -z conversation and endpoint tables and
# follow streams print for each test capture, as the truth for sharkfin's -z (StatisticsTest).
#
# usage: src/tools/record-statistics.sh
# For every capture under src/test/resources/corpus/captures and src/test/resources/dissect,
# writes src/test/resources/stats/CAPTURE.txt.gz: the output of `tshark -n -q` with each line of
# src/test/resources/stats/arguments.txt as a -z argument, in that order (tshark prints the last
# first). Needs tshark 4.0.x; run in the C locale, whose numbers have no thousands separators.
# Also writes src/test/resources/stats/trees/tree-cases.txt: the stats trees of tree-cases.pcap
# (the cases the test captures lack, see make-tree-cases.py), for TreeStatisticTest.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
out=$here/src/test/resources/stats
args=()
while IFS= read -r a; do
  args+=(-z "$a")
done < "$out/arguments.txt"
export LC_ALL=C TZ=UTC WIRESHARK_CONFIG_DIR=$(mktemp -d)
for file in "$here"/src/test/resources/corpus/captures/*.pcap* "$here"/src/test/resources/dissect/*.pcap*; do
  tshark -n -q -r "$file" "${args[@]}" 2>/dev/null | gzip -9n > "$out/${file##*/}.txt.gz"
done
trees=$out/trees
tshark -n -q -r "$trees/tree-cases.pcap" -z http,tree -z http_req,tree -z http_srv,tree -z dns,tree \
  -z 'http_srv,tree,ipv6' 2>/dev/null > "$trees/tree-cases.txt"
