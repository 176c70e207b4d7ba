#!/usr/bin/env bash
# record-http-objects.sh — records the HTTP objects tshark exports from each test capture, as the
# truth for sharkfin's --export-objects http and http.file_data.sha256 (HttpObjectsTest).
#
# usage: src/tools/record-http-objects.sh > src/test/resources/conformance/http-objects.tsv
# One line per file `tshark --export-objects http,DIR` saves (every HTTP message with a body,
# request or response, is one): the capture (a name under src/test/resources/corpus/captures or a
# path from the repository's root), the file's name, its SHA-256 and its size. Needs tshark 4.0.x.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
printf 'capture\tname\tsha256\tsize\n'
for file in "$here"/src/test/resources/corpus/captures/*.pcap* "$here"/src/test/resources/dissect/*.pcap*; do
  case $file in
    */corpus/captures/*) cap=${file##*/} ;;
    *) cap=${file#"$here"/} ;;
  esac
  dir=$(mktemp -d)
  WIRESHARK_CONFIG_DIR=$(mktemp -d) tshark -n -r "$file" --export-objects "http,$dir" > /dev/null 2>&1 || true
  find "$dir" -type f -print0 | sort -z | while IFS= read -r -d '' f; do
    printf '%s\t%s\t%s\t%s\n' "$cap" "${f##*/}" "$(sha256sum < "$f" | cut -d' ' -f1)" "$(stat -c %s "$f")"
  done
  rm -rf "$dir"
done
