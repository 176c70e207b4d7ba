#!/bin/sh
# Records what tshark 4.0.17 prints for every field sharkfin's link/network/UDP dissectors add,
# for the corpus captures and synthetic.pcapng, as expected/<capture>.tsv (one row per frame,
# occurrences joined with ','). Rerun after changing expected/fields.txt:
#   cd src/test/resources/dissect && ./record-expected.sh
set -e
cd "$(dirname "$0")"
args=""
for f in $(cat expected/fields.txt); do args="$args -e $f"; done
export WIRESHARK_CONFIG_DIR=$(mktemp -d)
for cap in ../corpus/captures/*.pcap ../corpus/captures/*.pcapng synthetic.pcapng; do
  name=$(basename "$cap")
  TZ=UTC tshark -n -r "$cap" -T fields -E header=y -E separator=/t -E occurrence=a -E aggregator=, \
    $args 2>/dev/null | gzip -9n > "expected/$name.tsv.gz"
done
