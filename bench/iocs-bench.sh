#!/usr/bin/env bash
# iocs-bench.sh — speed and memory of `sharkfin iocs` on the ~2 GB benchmark capture.
#
# usage: bench/iocs-bench.sh [-n RUNS] [-d DATADIR]
#   RUNS     runs per measurement; medians are reported (default 3)
#   DATADIR  holds big.pcap and big4.pcap from bench/make-bench-pcap.sh (default bench/data,
#            made there when missing; /work/benchdata on the project's machines)
#
# Prints, for big4.pcap (~3.8 M frames) with the heap capped at 256 MB:
#   - wall seconds and frames per second (whole process: JVM start, one pass, JSON written),
#   - CPU seconds (user + sys, all threads) and frames per CPU second,
#   - the dissection floor: the same run with the read command and a filter on the same
#     protocols (dns/tcp/udp), i.e. what the pipeline alone costs,
# then the memory bound: the smallest heap (-Xmx) the analysis completes in, for big.pcap
# (~0.95 M frames) and for big4.pcap (4x the frames, the same indicators). Equal minima mean
# memory follows the distinct indicators, not the frames.
# Max RSS is not a memory measure here: the capture is memory-mapped, so its pages count in RSS.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
runs=3
data=$here/data
while getopts "n:d:" o; do
  case $o in
    n) runs=$OPTARG ;;
    d) data=$OPTARG ;;
    *) sed -n '2,20p' "$0"; exit 1 ;;
  esac
done
[[ -s $data/big4.pcap && -s $data/big.pcap ]] || "$here/make-bench-pcap.sh" "$data" >/dev/null
sharkfin=$here/../bin/sharkfin
[[ -f $here/../target/sharkfin.jar ]] || "$here/../bin/mvn" -q package -DskipTests
frames=$(capinfos -c -M "$data/big4.pcap" 2>/dev/null | awk -F': *' '/Number of packets/ {gsub(/ /,"",$2); print $2}')
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# measure HEAP CMD...: prints "median_wall median_cpu"
measure() {
  local heap=$1; shift
  local w=() c=() i e u s
  for ((i = 0; i < runs; i++)); do
    SHARKFIN_JAVA_OPTS="-Xmx$heap -XX:+UseParallelGC" /usr/bin/time -o "$out/time" -f '%e %U %S' "$@" >/dev/null 2>&1
    read -r e u s < <(tail -1 "$out/time")
    w+=("$e"); c+=("$(awk -v u="$u" -v s="$s" 'BEGIN {print u + s}')")
  done
  printf '%s %s\n' "$(printf '%s\n' "${w[@]}" | median)" "$(printf '%s\n' "${c[@]}" | median)"
}

# smallest heap (MB) among a ladder that completes a run on FILE
min_heap() {
  local file=$1 mb
  for mb in 16 24 32 48 64 96 128 192 256 384 512; do
    if SHARKFIN_JAVA_OPTS="-Xmx${mb}m -XX:+UseParallelGC" "$sharkfin" iocs -r "$file" --format json -o "$out/r.json" >/dev/null 2>&1; then
      echo "$mb"; return
    fi
  done
  echo ">512"
}

echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); big4.pcap $frames frames; median of $runs runs"
read -r w c < <(measure 256m "$sharkfin" iocs -r "$data/big4.pcap" --format json -o "$out/big4.json")
read -r fw fc < <(measure 256m "$sharkfin" -r "$data/big4.pcap" -Y 'dns.flags.rcode == 3 || tcp.flags.syn == 1 && udp' -T fields -e frame.number)
awk -v f="$frames" -v w="$w" -v c="$c" -v fw="$fw" -v fc="$fc" 'BEGIN {
  printf "| run | wall s | frames/s (wall) | CPU s | frames per CPU s |\n|---|---|---|---|---|\n";
  printf "| sharkfin iocs (JSON report) | %.2f | %.0f | %.2f | %.0f |\n", w, f / w, c, f / c;
  printf "| dissection floor (read + filter on dns/tcp/udp) | %.2f | %.0f | %.2f | %.0f |\n", fw, f / fw, fc, f / fc }'
echo
echo "smallest heap that completes: big.pcap $(min_heap "$data/big.pcap") MB, big4.pcap $(min_heap "$data/big4.pcap") MB"
