#!/usr/bin/env bash
# compare.sh — whole-process speed of sharkfin against tshark -Y and tcpdump on the same capture.
#
# usage: bench/compare.sh [-n RUNS] [-f TSHARK_RUNS] [-d DATADIR] [FILTER...]
#   RUNS     runs per measurement; the median is reported (default 5)
#   TSHARK_RUNS  time tshark on big4.pcap itself, this many runs per filter (about 100 s each),
#            instead of on slice.pcap (default 0: the slice)
#   DATADIR  holds big4.pcap and slice.pcap from bench/make-bench-pcap.sh (default bench/data;
#            made there when missing)
#   FILTER   display filters to time (default: the core-engine and application-layer filters of
#            the issues)
#
# sharkfin reads big4.pcap (~3.8 M frames) and prints matching frame numbers
# (-T fields -e frame.number) with the launcher's JVM options and its heap capped at 256 MB
# (SHARKFIN_MAX_HEAP=256m), so a run that needed more would fail. tshark, ~50x slower, reads
# slice.pcap (its first 80,000 frames); rates are compared as frames per second. tcpdump runs
# the BPF equivalent of the core filter on big4.pcap.
# tshark is faster per frame on the slice than over the whole file (2026-11-28: 52,000 against
# 38,900 frames/s for the core filter; its memory grows with every frame it has read), so the
# slice's ratios understate sharkfin's; -f measures tshark on the same file.
# Output: one line per filter with medians and ratios, as Markdown table rows.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
runs=5
tshark_runs=0
data=$here/data
while getopts "n:f:d:" o; do
  case $o in
    n) runs=$OPTARG ;;
    f) tshark_runs=$OPTARG ;;
    d) data=$OPTARG ;;
    *) sed -n '2,20p' "$0"; exit 1 ;;
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
# time_one CMD...: runs CMD once and prints "seconds max_rss_kb"; its output and errors are discarded
time_one() {
  if ! /usr/bin/time -o "$timing" -f '%e %M' "$@" >/dev/null 2>/dev/null; then
    echo "compare.sh: failed: $*" >&2
    exit 1
  fi
  tail -1 "$timing"
}
# warm: reads big4.pcap once, untimed, so that sharkfin and tcpdump are timed on a file in the page
# cache, as tshark's slice is. On this project's VMs the page cache keeps ~2.5 GB although far more
# is free, and a 100-second tshark run over big4.pcap (-f) evicts it: the run after it then timed
# the disk (2026-12-02: sharkfin's TLS runs 2.02-17.14 s, tcpdump 1.71 s against 0.58 s).
warm() {
  cat "$data/big4.pcap" >/dev/null
}

tshark_file=slice.pcap; tshark_frames=$slice_frames
if (( tshark_runs > 0 )); then
  tshark_file=big4.pcap; tshark_frames=$big_frames
fi
echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores; big4.pcap $big_frames frames, slice.pcap $slice_frames frames; median of $runs runs (tshark: $tshark_file, $(( tshark_runs > 0 ? tshark_runs : runs )) runs)"
echo "| filter | sharkfin s (big4; min–max) | sharkfin frames/s | max RSS MB | tshark frames/s (${tshark_file%.pcap}) | sharkfin/tshark | tcpdump s (big4) | sharkfin/tcpdump |"
echo "|---|---|---|---|---|---|---|---|"
core='ip.addr == 127.0.0.10 && tcp.port == 443'
truns=$(( tshark_runs > 0 ? tshark_runs : runs ))
rounds=$(( truns > runs ? truns : runs ))
for f in "${filters[@]}"; do
  st=(); sm=(); tt=(); dt=()
  # the tools take turns, so that the machine's changing load weighs on each alike
  for ((i = 0; i < rounds; i++)); do
    if (( i < runs )); then
      warm
      read -r s m < <(SHARKFIN_MAX_HEAP=256m time_one "$sharkfin" -r "$data/big4.pcap" -Y "$f" -T fields -e frame.number)
      st+=("$s"); sm+=("$m")
    fi
    if (( i < truns )); then
      read -r s _ < <(time_one tshark -n -r "$data/$tshark_file" -Y "$f" -T fields -e frame.number)
      tt+=("$s")
    fi
    if [[ $f == "$core" ]] && (( i < runs )); then
      warm
      read -r s _ < <(time_one tcpdump -r "$data/big4.pcap" -w /dev/null 'host 127.0.0.10 and tcp port 443')
      dt+=("$s")
    fi
  done
  smed=$(printf '%s\n' "${st[@]}" | median)
  rss=$(printf '%s\n' "${sm[@]}" | sort -n | tail -1)
  tmed=$(printf '%s\n' "${tt[@]}" | median)
  srate=$(awk -v n="$big_frames" -v t="$smed" 'BEGIN {printf "%.0f", n / t}')
  trate=$(awk -v n="$tshark_frames" -v t="$tmed" 'BEGIN {printf "%.0f", n / t}')
  ratio=$(awk -v a="$srate" -v b="$trate" 'BEGIN {printf "%.0fx", a / b}')
  tcol="-"; tratio="-"
  if (( ${#dt[@]} > 0 )); then
    tcol=$(printf '%s\n' "${dt[@]}" | median)
    tratio=$(awk -v a="$smed" -v b="$tcol" 'BEGIN {printf "%.2fx", b / a}')
  fi
  printf '| `%s` | %s (%s–%s) | %s | %d | %s | %s | %s | %s |\n' "$f" "$smed" \
    "$(printf '%s\n' "${st[@]}" | sort -n | head -1)" "$(printf '%s\n' "${st[@]}" | sort -n | tail -1)" \
    "$srate" "$((rss / 1024))" "$trate" "$ratio" "$tcol" "$tratio"
done
