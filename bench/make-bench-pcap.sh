#!/usr/bin/env bash
# make-bench-pcap.sh OUTDIR — the benchmark captures, made from the shared Ethernet captures
# (the same recipe as ../shared/captures/make-bench-pcap.sh, reading the corpus copy in this repo):
#   OUTDIR/big.pcap    ~0.48 GB, ~0.95 M frames (7 captures concatenated 300 times)
#   OUTDIR/big4.pcap   ~1.9 GB, ~3.8 M frames (big.pcap four times): the speed comparisons use this
#   OUTDIR/slice.pcap  the first 80,000 frames of big.pcap: tshark is timed on this (it is ~150x
#                      slower), and rates are compared as frames per second
# Needs mergecap and editcap (Debian package tshark).
set -euo pipefail
out=${1:?usage: $0 OUTDIR}
mkdir -p "$out"
c=$(cd "$(dirname "$0")/../src/test/resources/corpus/captures" && pwd)
ins=()
for i in $(seq 300); do
  ins+=("$c/lab-c2-a.pcap" "$c/lab-web-mixed.pcap" "$c/ja4-tls3.pcapng" "$c/ja4-http1.pcapng" \
        "$c/ppp-DnsPackets.pcap" "$c/ppp-tls.pcap" "$c/cs-http_post.pcapng")
done
[[ -s $out/big.pcap ]] || mergecap -a -F pcap -w "$out/big.pcap" "${ins[@]}"
[[ -s $out/slice.pcap ]] || editcap -r "$out/big.pcap" "$out/slice.pcap" 1-80000
[[ -s $out/big4.pcap ]] || mergecap -a -F pcap -w "$out/big4.pcap" "$out/big.pcap" "$out/big.pcap" "$out/big.pcap" "$out/big.pcap"
ls -l "$out"/big.pcap "$out"/big4.pcap "$out"/slice.pcap
