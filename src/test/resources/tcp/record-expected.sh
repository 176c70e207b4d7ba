#!/usr/bin/env bash
# Records what tshark 4.0.17 (default preferences, one pass) says about the TCP fields of the
# corpus captures and of the synthetic captures, as the TCP tests' expected values.
# Usage: src/test/resources/tcp/record-expected.sh   (from the project root)
set -euo pipefail
export WIRESHARK_CONFIG_DIR=$(mktemp -d)
cd "$(dirname "$0")"
corpus=../corpus/captures
fields=(frame.number tcp.srcport tcp.dstport tcp.stream tcp.completeness tcp.len tcp.seq tcp.seq_raw
  tcp.ack tcp.ack_raw tcp.nxtseq tcp.hdr_len tcp.flags tcp.flags.str tcp.window_size_value tcp.window_size
  tcp.window_size_scalefactor tcp.checksum tcp.urgent_pointer tcp.time_relative tcp.time_delta
  tcp.analysis tcp.analysis.flags tcp.analysis.acks_frame tcp.analysis.ack_rtt tcp.analysis.initial_rtt
  tcp.analysis.bytes_in_flight tcp.analysis.push_bytes_sent tcp.analysis.duplicate_ack_num
  tcp.analysis.duplicate_ack_frame tcp.analysis.rto tcp.analysis.rto_frame
  tcp.analysis.retransmission tcp.analysis.fast_retransmission tcp.analysis.spurious_retransmission
  tcp.analysis.out_of_order tcp.analysis.lost_segment tcp.analysis.ack_lost_segment
  tcp.analysis.duplicate_ack tcp.analysis.zero_window tcp.analysis.zero_window_probe
  tcp.analysis.zero_window_probe_ack tcp.analysis.keep_alive tcp.analysis.keep_alive_ack
  tcp.analysis.window_update tcp.analysis.window_full tcp.analysis.reused_ports
  tcp.connection.syn tcp.connection.synack tcp.connection.fin tcp.connection.rst
  tcp.connection.fin_active tcp.connection.fin_passive
  tcp.options.mss_val tcp.options.wscale.shift tcp.options.wscale.multiplier tcp.options.sack_perm
  tcp.options.sack_le tcp.options.sack_re tcp.options.sack.count tcp.options.sack.dsack_le
  tcp.options.timestamp.tsval tcp.options.timestamp.tsecr tcp.option_kind tcp.option_len
  tcp.options.nop tcp.options.eol tcp.options.unknown.payload
  tcp.reassembled_in tcp.segment tcp.segment.count tcp.reassembled.length tcp.pdu.size
  tcp.fin_retransmission _ws.expert.message)
args=()
for f in "${fields[@]}"; do args+=(-e "$f"); done
record() { # capture-file output-name
  tshark -n -r "$1" -T fields -E header=y -E separator=/t -E occurrence=a -E aggregator=, "${args[@]}" \
    > "expected/$2.tsv"
}
for f in cs-http_google.pcapng cs-http_post.pcapng cs-tcp_retransmissions.pcapng ja3-ssl-chrome.pcap \
         ja4-browsers-x509.pcapng ja4-http-empty-useragent.pcap ja4-http1.pcapng ja4-tls-sni.pcapng \
         ja4-tls3.pcapng lab-c2-a.pcap lab-web-mixed.pcap lab-web-mixed.pcapng \
         ppp-four_ipv6_http_streams.pcap ppp-pcapng-example.pcapng ppp-sll.pcap ppp-tls.pcap; do
  record "$corpus/$f" "$f"
done
for f in synthetic/*.pcap; do
  [[ -e $f ]] && record "$f" "$(basename "$f")"
done

# Desegmentation: what the application dissectors make of the payload (DesegmentationTest)
# (DNS over TCP: length-prefixed; HTTP: headers then Content-Length; TLS: records).
deseg=(frame.number tcp.stream tcp.len tcp.pdu.size tcp.reassembled_in tcp.segment tcp.segment.count
  tcp.reassembled.length tcp.segment_data tcp.payload tcp.fin_retransmission dns.id http.request.method http.response.code
  tls.record.content_type tls.record.length)
dargs=()
for f in "${deseg[@]}"; do dargs+=(-e "$f"); done
mkdir -p expected-deseg
for f in synthetic/dns-over-tcp.pcap synthetic/http-until-fin.pcap $corpus/ja4-http1.pcapng $corpus/cs-http_post.pcapng $corpus/cs-http_google.pcapng \
         $corpus/lab-web-mixed.pcap $corpus/ppp-four_ipv6_http_streams.pcap $corpus/ja4-http-empty-useragent.pcap \
         $corpus/lab-c2-a.pcap $corpus/ppp-sll.pcap $corpus/ja3-ssl-chrome.pcap $corpus/ja4-tls3.pcapng \
         $corpus/ja4-tls-sni.pcapng $corpus/ja4-browsers-x509.pcapng $corpus/ppp-tls.pcap; do
  tshark -n -r "$f" -T fields -E header=y -E separator=/t -E occurrence=a -E aggregator=, "${dargs[@]}" \
    > "expected-deseg/$(basename "$f").tsv"
  # two passes: where the PDU of each buffered segment is reassembled (not visible in one pass)
  tshark -2 -n -r "$f" -T fields -E header=y -E separator=/t -e frame.number -e tcp.reassembled_in \
    > "expected-deseg/$(basename "$f").2pass.tsv"
done
