#!/bin/sh
# Records what tshark 4.0.17 reads from each synthetic capture: one row per frame with
# frame.number, frame.time_epoch (empty when the record has no time stamp), frame.len,
# frame.cap_len, frame.interface_id, frame.interface_name and the packet comments joined by '|'.
set -e
cd "$(dirname "$0")"
mkdir -p truth
for f in *.pcap *.pcapng *.gz; do
  tshark -n -r "$f" -T fields -E occurrence=a -E 'aggregator=|' \
    -e frame.number -e frame.time_epoch -e frame.len -e frame.cap_len \
    -e frame.interface_id -e frame.interface_name -e frame.comment > "truth/$f.tsv"
done
