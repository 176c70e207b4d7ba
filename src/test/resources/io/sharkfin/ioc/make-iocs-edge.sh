#!/usr/bin/env bash
# make-iocs-edge.sh — records iocs-edge.pcap, the capture behind io.sharkfin.ioc.EdgeCaptureTest:
# real TLS 1.2 and HTTP/1.1 exchanges on the loopback (127.0.9.0/24) that the lab captures lack:
#   - a server chain whose leaf has no common name (subject O=No Common Name Ltd), SANs of three
#     kinds (DNS, IP address, e-mail) and expired validity (2020-2021), issued by a CA whose
#     subject holds two CNs; asked for nocn.example.test (covered) and other.example.test (not);
#   - a second server whose leaf is not yet valid (2030-2031), asked for future.example.test;
#   - two HTTP requests pipelined in one TCP segment (different Host and User-Agent), answered
#     200 and 404.
# Needs root (tcpdump on lo), openssl, python3 with the cryptography package, tshark (truth/).
# usage: make-iocs-edge.sh OUT.pcap   (writes OUT.pcap and truth/OUT.pcap.fields.tsv beside it)
set -euo pipefail
out=$(realpath -m "${1:?usage: $0 OUT.pcap}")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
cd "$work"

python3 - <<'PY'
import datetime, ipaddress
from cryptography import x509
from cryptography.x509.oid import NameOID
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

def key():
    return ec.generate_private_key(ec.SECP256R1())

def save(name, k, cert):
    open(name + ".key", "wb").write(k.private_bytes(serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    open(name + ".crt", "wb").write(cert.public_bytes(serialization.Encoding.PEM))

def day(y, m, d):
    return datetime.datetime(y, m, d, tzinfo=datetime.timezone.utc)

ca_key = key()
ca_name = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Edge Lab"),
                     x509.NameAttribute(NameOID.COMMON_NAME, "Second Name"),
                     x509.NameAttribute(NameOID.COMMON_NAME, "Edge Lab Root")])
ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
      .serial_number(0x1001).not_valid_before(day(2020, 1, 1)).not_valid_after(day(2040, 1, 1))
      .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
      .sign(ca_key, hashes.SHA256()))
save("ca", ca_key, ca)

def leaf(name, subject, sans, start, end, serial):
    k = key()
    c = (x509.CertificateBuilder().subject_name(subject).issuer_name(ca_name).public_key(k.public_key())
         .serial_number(serial).not_valid_before(start).not_valid_after(end)
         .add_extension(x509.SubjectAlternativeName(sans), critical=False)
         .sign(ca_key, hashes.SHA256()))
    save(name, k, c)

leaf("nocn", x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "XX"),
                        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "No Common Name Ltd")]),
     [x509.DNSName("nocn.example.test"), x509.IPAddress(ipaddress.ip_address("192.0.2.7")),
      x509.RFC822Name("ops@example.test")], day(2020, 1, 1), day(2021, 1, 1), 0x2002)
leaf("future", x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "future.example.test")]),
     [x509.DNSName("future.example.test")], day(2030, 1, 1), day(2031, 1, 1), 0x3003)
PY

cat > pipeline_server.py <<'PY'
import http.server, socketserver, sys
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_GET(self):
        body = b"ok\n" if self.path == "/a" else b"missing\n"
        self.send_response(200 if self.path == "/a" else 404)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *a):
        pass
socketserver.TCPServer.allow_reuse_address = True
http.server.HTTPServer(("127.0.9.2", 80), H).serve_forever()
PY

tcpdump -i lo -U -w "$work/edge.pcap" net 127.0.9.0/24 2>/dev/null & pids+=($!)
openssl s_server -quiet -accept 127.0.9.1:443 -cert nocn.crt -key nocn.key -cert_chain ca.crt -tls1_2 -www \
  >/dev/null 2>&1 & pids+=($!)
openssl s_server -quiet -accept 127.0.9.3:443 -cert future.crt -key future.key -cert_chain ca.crt -tls1_2 -www \
  >/dev/null 2>&1 & pids+=($!)
python3 pipeline_server.py & pids+=($!)
sleep 2

hello() { echo | timeout 5 openssl s_client -connect "$1:443" -servername "$2" -tls1_2 >/dev/null 2>&1 || true; sleep 0.5; }
hello 127.0.9.1 nocn.example.test
hello 127.0.9.1 other.example.test
hello 127.0.9.3 future.example.test

python3 - <<'PY'
import socket, time
s = socket.socket()
s.bind(("127.0.9.10", 0))
s.connect(("127.0.9.2", 80))
s.sendall(b"GET /a HTTP/1.1\r\nHost: one.example.test\r\nUser-Agent: curl/8.5.0\r\n\r\n"
          b"GET /b HTTP/1.1\r\nHost: two.example.test\r\nUser-Agent: sqlmap/1.7.2#stable (https://sqlmap.org)\r\n\r\n")
time.sleep(1)
s.recv(65536)
s.close()
PY
sleep 1
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true
cp "$work/edge.pcap" "$out"
# tshark's view of it, in the corpus truth format (the same columns, same options)
corpus=$(cd "$here/../../../corpus/captures" && pwd)
mkdir -p "$(dirname "$out")/truth"
python3 -c 'import runpy, sys; runpy.run_path(sys.argv[1], run_name="truth")["fields_tsv"](sys.argv[2], sys.argv[3])' \
  "$corpus/tools/gen-truth.py" "$out" "$(dirname "$out")/truth/$(basename "$out").fields.tsv"
