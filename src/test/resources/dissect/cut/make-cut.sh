#!/bin/sh
# Makes the captures of CutFramesTest and records what tshark 4.0 prints for them.
#
# usage: src/test/resources/dissect/cut/make-cut.sh QA_DIR LAB_CAPTURE
#   QA_DIR: the QA pass's crafted files (fuzz/r-eth.pcap, edge1.pcap); LAB_CAPTURE: lab-c2-a.pcap
#
# zero-length.pcap: three frames of a fuzzed Ethernet capture, the middle one a record with no
#   bytes (caplen and len 0); zero-length.pcapng: the same as pcapng.
# header-only.pcap: 14-byte Ethernet II headers with nothing behind (IPv4, IPv6, ARP, VLAN,
#   RARP, type 0, LLC length) and short IPv4/UDP/TCP frames (edge1.pcap without its LLDP frame,
#   which sharkfin has no dissector for).
# snaplen-cuts.pcap: the first six frames of LAB_CAPTURE (two DNS datagrams, four TCP segments)
#   cut by editcap -s at 14, 20, 30, 34, 36, 38, 40, 42, 44, 46, 50, 52, 54 and 58 bytes, one
#   after another: every place a snapshot length can cut Ethernet, IPv4, UDP, TCP and DNS.
set -e
here=$(dirname "$0")
qa=$1
lab=$2
tmp=$(mktemp -d)
editcap -r "$qa/fuzz/r-eth.pcap" "$here/zero-length.pcap" 112-114
editcap -F pcapng "$here/zero-length.pcap" "$here/zero-length.pcapng"
editcap -r "$qa/edge1.pcap" "$here/header-only.pcap" 1-5 7-15
editcap -r "$lab" "$tmp/first.pcap" 1-6
cuts=""
for s in 14 20 30 34 36 38 40 42 44 46 50 52 54 58; do
    editcap -F pcap -s $s "$tmp/first.pcap" "$tmp/s$s.pcap"
    cuts="$cuts $tmp/s$s.pcap"
done
mergecap -F pcap -a -w "$here/snaplen-cuts.pcap" $cuts
rm -r "$tmp"

fields=$(sed 's/^/-e /' "$here/fields.txt")
for c in zero-length.pcap zero-length.pcapng header-only.pcap snaplen-cuts.pcap; do
    tshark -n -r "$here/$c" > "$here/$c.summary.txt"
    tshark -n -r "$here/$c" -T fields -E occurrence=a -E aggregator=, $fields > "$here/$c.fields.tsv"
    while read -r f; do
        printf '%s\t%s\n' "$f" "$(tshark -n -r "$here/$c" -Y "$f" -T fields -e frame.number | paste -sd, -)"
    done < "$here/filters.txt" > "$here/$c.filters.tsv"
done
tshark -n -r "$here/zero-length.pcap" -T json > "$here/zero-length.pcap.json"
# synthetic.pcapng's IPv4 headers packet-ip.c gives up on (version 5, header length 16) and one cut
tshark -n -r "$here/../synthetic.pcapng" -Y "$(cat "$here/bogus-ip.filter")" > "$here/synthetic.pcapng.bogus-ip.txt"
