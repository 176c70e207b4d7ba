#!/usr/bin/env bash
# compare.sh — whole-process speed of sharkfin against tshark -Y and tcpdump on the same capture.
#
# usage: bench/compare.sh [-n RUNS] [-d DATADIR] [FILTER...]
#   RUNS     runs per measurement; the median is reported (default 5)
#   DATADIR  holds big4.pcap and slice.pcap from bench/make-bench-pcap.sh (default bench/data;
#            made there when missing)
#   FILTER   display filters to time (default: the core-engine and application-layer filters of
#            the issues)
#
# sharkfin reads big4.pcap (~3.8 M frames) and prints matching frame numbers
# (-T fields -e frame.number) with its heap capped at 256 MB (-Xmx256m), so a run that needed
# more would fail. tshark, ~150x slower, reads slice.pcap (its first 80,000 frames); rates are
# compared as frames per second. tcpdump runs the BPF equivalent of the core filter on big4.pcap.
# Output: one line per filter with medians and ratios, as Markdown table rows.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
runs=5
data=$here/data
while getopts "n:d:" o; do
  case $o in
    n) runs=$OPTARG ;;
    d) data=$OPTARG ;;
    *) sed -n '2,16p' "$0"; exit 1 ;;
  esac
done
shift $((OPTIND - 1))
filters=("$@")
if (( ${#filters[@]} == 0 )); then
  filters=('ip.addr == 127.0.0.10 && tcp.port == 443'
           'dns.flags.rcode == 3'
           'http.user_agent contains "MSIE"'
           'tls.handshake.extensions_server_name matches "\\.top$"')
fi
BENCH_DIR=$here
. "$here/lib.sh"
ensure_inputs "$data" big4.pcap slice.pcap
sharkfin=$here/../bin/sharkfin

big_frames=$(count_frames "$data/big4.pcap")
slice_frames=$(count_frames "$data/slice.pcap")

timing=$(mktemp)
trap 'rm -f "$timing"' EXIT
# time_runs CMD...: prints "median_seconds max_rss_kb", output of CMD discarded
time_runs() {
  local t=() m=() i out
  for ((i = 0; i < runs; i++)); do
    # time writes to a file of its own: the command's output and errors are discarded
    if ! /usr/bin/time -o "$timing" -f '%e %M' "$@" >/dev/null 2>/dev/null; then
      echo "compare.sh: failed: $*" >&2
      exit 1
    fi
    out=$(tail -1 "$timing")
    t+=("${out% *}"); m+=("${out#* }")
  done
  printf '%s %s\n' "$(printf '%s\n' "${t[@]}" | median)" "$(printf '%s\n' "${m[@]}" | sort -n | tail -1)"
}

echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores; big4.pcap $big_frames frames, slice.pcap $slice_frames frames; median of $runs runs"
echo "| filter | sharkfin s (big4) | sharkfin frames/s | max RSS MB | tshark frames/s (slice) | sharkfin/tshark | tcpdump s (big4) | sharkfin/tcpdump |"
echo "|---|---|---|---|---|---|---|---|"
for f in "${filters[@]}"; do
  read -r st sm < <(SHARKFIN_JAVA_OPTS="-Xmx256m -XX:+UseParallelGC" time_runs "$sharkfin" -r "$data/big4.pcap" -Y "$f" -T fields -e frame.number)
  read -r tt _ < <(time_runs tshark -n -r "$data/slice.pcap" -Y "$f" -T fields -e frame.number)
  srate=$(awk -v n="$big_frames" -v t="$st" 'BEGIN {printf "%.0f", n / t}')
  trate=$(awk -v n="$slice_frames" -v t="$tt" 'BEGIN {printf "%.0f", n / t}')
  ratio=$(awk -v a="$srate" -v b="$trate" 'BEGIN {printf "%.0fx", a / b}')
  tcol="-"; tratio="-"
  if [[ $f == 'ip.addr == 127.0.0.10 && tcp.port == 443' ]]; then
    read -r dt _ < <(time_runs tcpdump -r "$data/big4.pcap" -w /dev/null 'host 127.0.0.10 and tcp port 443')
    tcol=$dt
    tratio=$(awk -v a="$st" -v b="$dt" 'BEGIN {printf "%.2fx", b / a}')
  fi
  printf '| `%s` | %s | %s | %d | %s | %s | %s | %s |\n' "$f" "$st" "$srate" "$((sm / 1024))" "$trate" "$ratio" "$tcol" "$tratio"
done
