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
#   - the dissection floor: the read command with a filter over the very fields iocs reads
#     (IocFields; the filter matches nothing), i.e. what the pipeline alone costs for them,
# then the memory bound: the smallest heap (-Xmx) the floor and the analysis complete in (within a
# minute: a heap barely too small can keep the collector busy for many), for
# big.pcap (~0.95 M frames) and for big4.pcap (4x the frames, the same indicators). Equal minima
# for both captures mean memory follows the distinct indicators, not the frames; the floor's
# minimum is what the pipeline itself needs (its field catalogue, conversations, reassembly).
# Max RSS is not reported: the JVM reserves heap and code cache up front, so RSS says little here.
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
BENCH_DIR=$here
. "$here/lib.sh"
ensure_inputs "$data" big4.pcap big.pcap
sharkfin=$here/../bin/sharkfin
# the fields sharkfin iocs primes its session with (io.sharkfin.ioc.IocFields; IocFieldsTest keeps this list equal)
IOC_FIELDS="ip.src ip.dst ipv6.src ipv6.dst tcp.srcport tcp.dstport tcp.stream tcp.flags udp.srcport udp.dstport
udp.stream dns.flags.response dns.flags.rcode dns.qry.name dns.qry.type dns.a dns.aaaa http.request.method
http.request.uri http.host http.user_agent http.accept_language http.cookie http.response.code http.content_type
http.request.full_uri http.response_for.uri http.authbasic http.authorization http.proxy_authorization http.file_data.sha256 http.file_data.md5 http.file_data.magic
mime_multipart.part mime_multipart.part.sha256 mime_multipart.part.md5 mime_multipart.part.magic mime_multipart.part.size
mime_multipart.header.content-disposition mime_multipart.header.content-type tls.handshake.type
tls.handshake.extensions_server_name tls.handshake.ja3 tls.handshake.ja3s tls.handshake.ja4 tls.cert.subject
tls.cert.issuer tls.cert.subject.cn tls.cert.not_before tls.cert.not_after tls.cert.self_signed tls.cert.san
ssh.protocol ssh.direction ssh.kex.hassh ssh.kex.hassh_algorithms ssh.kex.hasshserver ssh.kex.hasshserver_algorithms
ftp.request.command ftp.request.arg ftp.response.code ftp-data ftp-data.command ftp-data.command-frame pop pop.request.command pop.request.parameter pop.response.indicator imap imap.request.username imap.request.password imap.request_tag imap.response_tag imap.response.status smtp.auth.username smtp.auth.password smtp.auth.username_password smtp.response.code
imf.from imf.subject imf.to imf.ext.mailer imf.user_agent
dhcp.type dhcp.hw.mac_addr dhcp.option.dhcp dhcp.option.hostname dhcp.fqdn.name dhcp.option.vendor_class_id
dhcp.option.requested_ip_address dhcp.ip.client dhcp.ip.your nbns.flags.response nbns.flags.opcode nbns.type
nbns.name nbns.netbios_name nbns.unit_id kerberos.msg_type kerberos.CNameString kerberos.SNameString kerberos.realm
kerberos.crealm kerberos.etype kerberos.ENCTYPE kerberos.error_code kerberos.padata_type kerberos.ticket_element
kerberos.req_body_element ntlmssp.messagetype ntlmssp.auth.username ntlmssp.auth.domain ntlmssp.auth.hostname
smb2.cmd smb2.flags.response smb2.nt_status smb2.tree smb2.filename smb2.acct smb2.domain"
IOC_FIELDS=$(echo $IOC_FIELDS)
frames=$(count_frames "$data/big4.pcap")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# measure HEAP CMD...: prints "median_wall median_cpu"
measure() {
  local heap=$1; shift
  local w=() c=() i e u s
  for ((i = 0; i < runs; i++)); do
    SHARKFIN_MAX_HEAP=$heap /usr/bin/time -o "$out/time" -f '%e %U %S' "$@" >/dev/null 2>&1
    read -r e u s < <(tail -1 "$out/time")
    w+=("$e"); c+=("$(awk -v u="$u" -v s="$s" 'BEGIN {print u + s}')")
  done
  printf '%s %s\n' "$(printf '%s\n' "${w[@]}" | median)" "$(printf '%s\n' "${c[@]}" | median)"
}

# smallest heap (MB) among a ladder with which `sharkfin ARGS...` completes within HEAP_LIMIT_S
# seconds: a heap barely too small can keep the collector busy for many minutes without failing
# (iocs on big.pcap at 16 MB: over 5 minutes), which counts as not completing
HEAP_LIMIT_S=60
min_heap() {
  local mb
  for mb in 16 24 32 48 64 80 96 112 128 160 192 256 384 512; do
    if SHARKFIN_MAX_HEAP=${mb}m timeout "$HEAP_LIMIT_S" "$sharkfin" "$@" >/dev/null 2>&1; then
      echo "$mb"; return
    fi
  done
  echo ">512"
}

echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); big4.pcap $frames frames; median of $runs runs"
read -r w c < <(measure 256m "$sharkfin" iocs -r "$data/big4.pcap" --format json -o "$out/big4.json")
read -r fw fc < <(measure 256m "$sharkfin" -r "$data/big4.pcap" -Y "frame.number == 0 && ${IOC_FIELDS// / \&\& }" -T fields -e frame.number)
awk -v f="$frames" -v w="$w" -v c="$c" -v fw="$fw" -v fc="$fc" 'BEGIN {
  printf "| run | wall s | frames/s (wall) | CPU s | frames per CPU s |\n|---|---|---|---|---|\n";
  printf "| sharkfin iocs (JSON report) | %.2f | %.0f | %.2f | %.0f |\n", w, f / w, c, f / c;
  printf "| dissection floor (read + filter over the same fields) | %.2f | %.0f | %.2f | %.0f |\n", fw, f / fw, fc, f / fc }'
echo
echo "smallest heap that completes within $HEAP_LIMIT_S s (MB):"
echo "| capture | dissection floor | sharkfin iocs |"
echo "|---|---|---|"
for c in big big4; do
  floor=$(min_heap -r "$data/$c.pcap" -Y "frame.number == 0 && ${IOC_FIELDS// / \&\& }" -T fields -e frame.number)
  echo "| $c.pcap | $floor | $(min_heap iocs -r "$data/$c.pcap" --format json -o "$out/r.json") |"
done
