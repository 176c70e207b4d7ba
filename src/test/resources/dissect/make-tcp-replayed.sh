#!/bin/sh
# Makes tcp-replayed.pcap: one TLS connection of ja4-tls3.pcapng (port 63251) twice over, as
# mergecap -a leaves it when a capture is appended to itself (the benchmark captures are made
# so). The second copy's segments are retransmissions to TCP, and one whose PDU was reassembled
# in the first copy is out of order, so adding it to that PDU fails: tshark shows "[Reassembly
# error, protocol TCP: New fragment overlaps old data (retransmission?)]" on it.
# usage (from this directory, with Wireshark's mergecap and tshark 4.0):
#   ./make-tcp-replayed.sh ../corpus/captures/ja4-tls3.pcapng
set -e
src=${1:?usage: $0 ja4-tls3.pcapng}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mergecap -a -F pcap -w "$tmp/twice.pcap" "$src" "$src"
tshark -r "$tmp/twice.pcap" -Y 'tcp.port == 63251' -F pcap -w tcp-replayed.pcap
