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
  # a bare name is a corpus capture; a path is relative to the repository's root
  if [[ $capture == */* ]]; then file=$here/../../../../../$capture; else file=$captures/$capture; fi
  tshark -n -r "$file" -T fields -e frame.number -e "$field" > "$here/$(basename "$capture")__${field}.tsv"
done < "$here/pairs.tsv"
