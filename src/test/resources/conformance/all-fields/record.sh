#!/usr/bin/env bash
# Records what tshark 4.0 prints for every field and protocol that both tshark and sharkfin know
# (a protocol prints as its tree item's text), over every
# corpus capture: fields.txt (the field names, one per line) and CAPTURE.tsv.gz (tshark -T fields
# -e frame.number -e FIELD... : one line per frame, one column per field, in fields.txt's order).
# AllFieldsAloneTest runs sharkfin on each field alone and compares.
# usage (from the repository root, after bin/mvn -q package -DskipTests):
#   src/test/resources/conformance/all-fields/record.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../../.." && pwd)
captures=$root/src/test/resources/corpus/captures
# frame.number is the first column already
comm -12 <(tshark -G fields 2>/dev/null | awk -F'\t' '$1=="F" || $1=="P" {print $3}' | sort -u) \
         <("$root/bin/sharkfin" fields | awk -F'\t' '$1=="F" || $1=="P" {print $3}' | sort -u) \
  | grep -vx 'frame.number' > "$here/fields.txt"
args=()
while read -r f; do args+=(-e "$f"); done < "$here/fields.txt"
for c in "$captures"/*.pcap "$captures"/*.pcapng; do
  tshark -n -r "$c" -T fields -e frame.number "${args[@]}" 2>/dev/null | gzip -9n > "$here/$(basename "$c").tsv.gz"
done
