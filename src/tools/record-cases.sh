#!/usr/bin/env bash
# record-cases.sh — records tshark's verdicts for sharkfin's own conformance cases.
#
# usage: src/tools/record-cases.sh < cases.in > src/test/resources/conformance/sharkfin-cases.tsv
#   cases.in: lines "CAPTURE<TAB>FILTER" (capture names under src/test/resources/corpus/captures,
#   or paths from the repository's root)
# Output has the columns of the shared cases.tsv (capture, filter, matched_frames, count), so
# CorpusCasesTest runs both files alike. Needs tshark 4.0.x (the version sharkfin follows).
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
caps=$here/src/test/resources/corpus/captures
printf 'capture\tfilter\tmatched_frames\tcount\n'
while IFS=$'\t' read -r cap filter; do
  [[ -z $cap || $cap == \#* ]] && continue
  if [[ $cap == */* ]]; then file=$here/$cap; else file=$caps/$cap; fi
  frames=$(WIRESHARK_CONFIG_DIR=$(mktemp -d) tshark -n -r "$file" -Y "$filter" -T fields -e frame.number 2>/dev/null | paste -sd, -)
  count=$(awk -F, -v f="$frames" 'BEGIN {print f == "" ? 0 : split(f, a, ",")}')
  printf '%s\t%s\t%s\t%s\n' "$cap" "$filter" "$frames" "$count"
done
