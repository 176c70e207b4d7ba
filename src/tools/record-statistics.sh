#!/usr/bin/env bash
# record-statistics.sh — records what tshark's -z conversation and endpoint tables, follow
# streams, io,stat tables and stats trees print for each test capture, as the truth for sharkfin's -z
# (StatisticsTest, IoStatTest, TreeStatisticTest).
#
# usage: src/tools/record-statistics.sh
# For every capture under src/test/resources/corpus/captures and src/test/resources/dissect,
# writes src/test/resources/stats/CAPTURE.txt.gz: the output of `tshark -n -q` with each line of
# src/test/resources/stats/arguments.txt as a -z argument, in that order (tshark prints the last
# first). Likewise src/test/resources/stats/io/CAPTURE.txt.gz with the io,stat arguments of
# src/test/resources/stats/io/arguments.txt, kept apart because tshark cannot print those of a
# capture whose clock jumps years (one row per interval, all in memory): it then runs out of
# memory, and that capture gets no recording (IoStatTest expects sharkfin to refuse it).
# Also writes src/test/resources/stats/phs/CAPTURE.txt.gz: three runs with -z io,phs (see below),
# for ProtocolHierarchyTest, and src/test/resources/stats/expert/CAPTURE.txt.gz: three runs with
# -z expert, for ExpertStatisticTest. And src/test/resources/stats/trees/tree-cases.txt: the stats trees of tree-cases.pcap
# (the cases the test captures lack, see make-tree-cases.py), for TreeStatisticTest.
# Needs tshark 4.0.x; run in the C locale, whose numbers have no thousands separators.
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

io=$out/io
args=()
while IFS= read -r a; do
  args+=(-z "$a")
done < "$io/arguments.txt"
for file in "$here"/src/test/resources/corpus/captures/*.pcap* "$here"/src/test/resources/dissect/*.pcap*; do
  rm -f "$io/${file##*/}.txt.gz"
  # a memory limit makes tshark fail at once where it would take all memory
  if ( ulimit -v 4000000; tshark -n -q -r "$file" "${args[@]}" > "$io/${file##*/}.txt" 2>/dev/null ); then
    gzip -9n "$io/${file##*/}.txt"
  else
    rm -f "$io/${file##*/}.txt"
    echo "tshark failed on ${file##*/}: not recorded" >&2
  fi
done

trees=$out/trees
tshark -n -q -r "$trees/tree-cases.pcap" -z http,tree -z http_req,tree -z http_srv,tree -z dns,tree \
  -z 'http_srv,tree,ipv6' 2>/dev/null > "$trees/tree-cases.txt"

# the protocol hierarchies: three runs a capture, their outputs one after the other: a tree not
# drawn (-q), whose frame item is left out; a filter naming a frame field, which puts it back; a
# drawn tree (-T fields), where TCP's reassembled segments move next to TCP
phs=$out/phs
mkdir -p "$phs"
for file in "$here"/src/test/resources/corpus/captures/*.pcap* "$here"/src/test/resources/dissect/*.pcap*; do
  {
    tshark -n -q -r "$file" -z io,phs -z 'io,phs,udp || http' -z 'io,phs,tcp.len > 0'
    tshark -n -q -r "$file" -z 'io,phs,frame.len > 100'
    tshark -n -r "$file" -T fields -e frame.number -z io,phs -z 'io,phs,!tcp'
  } 2>/dev/null | gzip -9n > "$phs/${file##*/}.txt.gz"
done

# the expert findings: three runs a capture, one after the other (tshark applies the level of
# the last -z expert to all of them, so each run has one): all findings without a tree; notes and
# worse of TCP frames, whose filter builds a tree; warnings and worse beside a drawn tree
expert=$out/expert
mkdir -p "$expert"
for file in "$here"/src/test/resources/corpus/captures/*.pcap* "$here"/src/test/resources/dissect/*.pcap*; do
  {
    tshark -n -q -r "$file" -z expert
    tshark -n -q -r "$file" -z 'expert,note,tcp'
    tshark -n -r "$file" -T fields -e frame.number -z expert,warn
  } 2>/dev/null | gzip -9n > "$expert/${file##*/}.txt.gz"
done
