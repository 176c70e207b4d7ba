#!/usr/bin/env bash
# record-http-objects.sh — records the HTTP objects tshark exports from each test capture, as the
# truth for sharkfin's http.file_data.sha256 (HttpObjectsTest).
#
# usage: src/tools/record-http-objects.sh > src/test/resources/conformance/http-objects.tsv
# One line per capture and distinct object: capture (a name under src/test/resources/corpus/captures
# or a path from the repository's root), the SHA-256 of the saved file, its size and how many of
# the exported files have it (`tshark --export-objects http,DIR` saves every HTTP message with a
# body, request or response, as one file). Needs tshark 4.0.x.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
printf 'capture\tsha256\tsize\tcount\n'
for file in "$here"/src/test/resources/corpus/captures/*.pcap* "$here"/src/test/resources/dissect/*.pcap*; do
  case $file in
    */corpus/captures/*) cap=${file##*/} ;;
    *) cap=${file#"$here"/} ;;
  esac
  dir=$(mktemp -d)
  WIRESHARK_CONFIG_DIR=$(mktemp -d) tshark -n -r "$file" --export-objects "http,$dir" > /dev/null 2>&1 || true
  find "$dir" -type f -print0 | while IFS= read -r -d '' f; do
    printf '%s\t%s\n' "$(sha256sum < "$f" | cut -d' ' -f1)" "$(stat -c %s "$f")"
  done | sort | uniq -c | awk -v cap="$cap" '{printf "%s\t%s\t%s\t%s\n", cap, $2, $3, $1}'
  rm -rf "$dir"
done
