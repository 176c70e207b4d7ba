#!/usr/bin/env bash
# record-export-objects.sh — records the objects tshark exports from each test capture, as the
# truth for sharkfin's --export-objects (ExportObjectsTest) and http.file_data.sha256
# (HttpObjectsTest).
#
# usage: src/tools/record-export-objects.sh > src/test/resources/conformance/export-objects.tsv
# One line per file `tshark --export-objects TYPE,DIR` saves, for the types sharkfin exports (http:
# every HTTP message with a body, request or response; imf: every mail message; ftp-data: each
# file RETR or STOR moved; smb: each file SMB2 READs and WRITEs moved): the capture (a
# name under src/test/resources/corpus/captures or a path from the repository's root), the type,
# the file's name, its SHA-256 and its size. Needs tshark 4.0.x.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
printf 'capture\ttype\tname\tsha256\tsize\n'
for file in "$here"/src/test/resources/corpus/captures/*.pcap* "$here"/src/test/resources/dissect/*.pcap*; do
  case $file in
    */corpus/captures/*) cap=${file##*/} ;;
    *) cap=${file#"$here"/} ;;
  esac
  for type in ftp-data http imf smb; do
    dir=$(mktemp -d)
    WIRESHARK_CONFIG_DIR=$(mktemp -d) tshark -n -r "$file" --export-objects "$type,$dir" > /dev/null 2>&1 || true
    find "$dir" -type f -print0 | sort -z | while IFS= read -r -d '' f; do
      printf '%s\t%s\t%s\t%s\t%s\n' "$cap" "$type" "${f##*/}" "$(sha256sum < "$f" | cut -d' ' -f1)" "$(stat -c %s "$f")"
    done
    rm -rf "$dir"
  done
done
