#!/usr/bin/env bash
# Records tshark 4.0's -T fields column of one field alone for the captures and fields listed in
# pairs.tsv (capture<TAB>field), one file per pair: CAPTURE__FIELD.tsv with "frame<TAB>value" lines.
# SingleFieldSessionTest compares sharkfin's output of the same command with them.
# usage: src/test/resources/conformance/single-field/record.sh   (from the repository root)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
captures=$here/../../corpus/captures
while IFS=$'\t' read -r capture field; do
  [[ -z $capture || $capture == \#* ]] && continue
  tshark -n -r "$captures/$capture" -T fields -e frame.number -e "$field" > "$here/${capture}__${field}.tsv"
done < "$here/pairs.tsv"
