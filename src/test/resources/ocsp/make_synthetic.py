#!/usr/bin/env python3
"""Writes the synthetic OCSP captures of src/test/resources/ocsp/synthetic (then run
record_truth.py to record what tshark says about them).

usage: src/test/resources/ocsp/make_synthetic.py   (needs openssl 3)

http-ocsp.pcap: OCSP over HTTP (TCP port 80), one connection per exchange:
  1. an unsigned request for three certificates (good, revoked, unknown to the responder) with a
     nonce, and openssl's response to it: responder by name, its certificate included (with the
     id-pkix-ocsp-nocheck extension), a revoked entry with a reason, the nonce echoed; the
     response split over two segments;
  2. a signed request (requestor name, optionalSignature with the signer's certificate) and a
     response by key hash without certificates, its Content-Type in capitals;
  3. hand-built DER: a request with AcceptableResponses and ServiceLocator extensions, and a
     response with an explicit version, fractional, offset and odd GeneralizedTimes, and CrlID
     and ArchiveCutoff single extensions (its signature is not a real one);
  4. a response that is only a status (tryLater).
tls-ocsp-multi.pcap: TLS 1.2 server flight whose CertificateStatus is of type ocsp_multi
(status_request_v2) with two responses (the first one of exchange 1 and a tryLater).
der/ holds the DER messages of http-ocsp.pcap on their own (for the robustness properties).
openssl makes new keys and nonces each run, so the truth must be recorded again after this.
"""
import os, struct, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "synthetic")
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "tools"))
from synthetic_pcap import Pcap


def sh(*args, cwd):
    subprocess.run(args, cwd=cwd, check=True, capture_output=True)


# ---------------------------------------------------------------- a small PKI, with openssl

CONF = """
[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = placeholder
[ ca ]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ leaf ]
basicConstraints = CA:false
subjectAltName = DNS:www.example.test, DNS:example.test
authorityInfoAccess = OCSP;URI:http://ocsp.example.test
[ responder ]
basicConstraints = CA:false
keyUsage = critical, digitalSignature
extendedKeyUsage = OCSPSigning
noCheck = ignored
"""


def pki(d):
    with open(os.path.join(d, "x.cnf"), "w") as f:
        f.write(CONF)
    sh("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem",
       "-subj", "/C=DE/O=Sharkfin Test CA/CN=Sharkfin Root", "-days", "3650", "-config", "x.cnf",
       "-extensions", "ca", cwd=d)
    certs = {}
    for name, subj, ext, serial in [("good", "/CN=good.example.test", "leaf", "1001"),
                                    ("revoked", "/CN=revoked.example.test", "leaf", "1002"),
                                    ("unknown", "/CN=unknown.example.test", "leaf", "1003"),
                                    ("responder", "/O=Sharkfin Test CA/CN=Sharkfin OCSP Responder", "responder", "2001"),
                                    ("requestor", "/CN=requestor.example.test", "leaf", "3001")]:
        sh("openssl", "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
           "-keyout", name + ".key", "-out", name + ".csr", "-subj", subj, "-config", "x.cnf", cwd=d)
        sh("openssl", "x509", "-req", "-in", name + ".csr", "-CA", "ca.pem", "-CAkey", "ca.key",
           "-set_serial", "0x" + serial, "-days", "365", "-extfile", "x.cnf", "-extensions", ext,
           "-out", name + ".pem", cwd=d)
        certs[name] = serial
    with open(os.path.join(d, "index.txt"), "w") as f:
        f.write("V\t301231235959Z\t\t1001\tunknown\t/CN=good.example.test\n")
        f.write("R\t301231235959Z\t240102030405Z,keyCompromise\t1002\tunknown\t/CN=revoked.example.test\n")
        f.write("V\t301231235959Z\t\t2001\tunknown\t/O=Sharkfin Test CA/CN=Sharkfin OCSP Responder\n")


def read(d, name):
    with open(os.path.join(d, name), "rb") as f:
        return f.read()


def openssl_exchanges(d):
    sh("openssl", "ocsp", "-issuer", "ca.pem", "-cert", "good.pem", "-cert", "revoked.pem",
       "-cert", "unknown.pem", "-reqout", "req1.der", cwd=d)
    sh("openssl", "ocsp", "-index", "index.txt", "-rsigner", "responder.pem", "-rkey", "responder.key",
       "-CA", "ca.pem", "-reqin", "req1.der", "-respout", "resp1.der", "-ndays", "7", cwd=d)
    sh("openssl", "ocsp", "-issuer", "ca.pem", "-cert", "good.pem", "-signer", "requestor.pem",
       "-signkey", "requestor.key", "-no_nonce", "-reqout", "req2.der", cwd=d)
    sh("openssl", "ocsp", "-index", "index.txt", "-rsigner", "responder.pem", "-rkey", "responder.key",
       "-CA", "ca.pem", "-reqin", "req2.der", "-respout", "resp2.der", "-resp_key_id", "-resp_no_certs",
       cwd=d)
    return [(read(d, "req1.der"), read(d, "resp1.der")), (read(d, "req2.der"), read(d, "resp2.der"))]


# ---------------------------------------------------------------- hand-built DER

def tlv(tag, content):
    n = len(content)
    if n < 0x80:
        length = bytes([n])
    elif n < 0x100:
        length = bytes([0x81, n])
    else:
        length = bytes([0x82, n >> 8, n & 0xff])
    return bytes([tag]) + length + content


def seq(*parts): return tlv(0x30, b"".join(parts))
def ctx(n, content): return tlv(0xa0 | n, content)
def octets(b): return tlv(0x04, b)
def integer(v): return tlv(0x02, v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big", signed=True))
def gtime(s): return tlv(0x18, s.encode())


def oid(dotted):
    arcs = [int(a) for a in dotted.split(".")]
    out = bytes([40 * arcs[0] + arcs[1]])
    for a in arcs[2:]:
        enc = [a & 0x7f]
        a >>= 7
        while a:
            enc.insert(0, 0x80 | (a & 0x7f))
            a >>= 7
        out += bytes(enc)
    return tlv(0x06, out)


def extension(dotted, value, critical=False):
    return seq(oid(dotted), tlv(0x01, b"\xff") if critical else b"", octets(value))


SHA1 = seq(oid("1.3.14.3.2.26"), tlv(0x05, b""))


def cert_id(serial):
    return seq(SHA1, octets(bytes(range(20))), octets(bytes(range(20, 40))), integer(serial))


def name(cn):
    return seq(tlv(0x31, seq(oid("2.5.4.3"), tlv(0x0c, cn.encode()))))


def handmade_request():
    acceptable = seq(oid("1.3.6.1.5.5.7.48.1.1"), oid("1.3.6.1.5.5.7.48.1.9"))
    locator = seq(name("Sharkfin Root"),
                  seq(seq(oid("1.3.6.1.5.5.7.48.1"), tlv(0x86, b"http://ocsp.example.test/"))))
    request = seq(cert_id(0x1001), ctx(0, seq(extension("1.3.6.1.5.5.7.48.1.7", locator))))
    tbs = seq(ctx(0, integer(0)), seq(request),
              ctx(2, seq(extension("1.3.6.1.5.5.7.48.1.4", acceptable),
                         extension("1.3.6.1.5.5.7.48.1.2", octets(b"\x01\x02\x03\x04\x05\x06\x07\x08")))))
    return seq(tbs)


# GeneralizedTimes Wireshark reads its own way: a comma before the fraction, a space before the
# time, units with a sign, no zone (local time), February 29th of 2024 (valid) and of 2000 (refused:
# Wireshark tests the leap year on the year minus 1900), text after the time, too short, a month 13.
ODD_TIMES = ["20240301120000,5Z", "20240301 120000Z", "2024030112+1Z", "20240301120000", "20240229120000Z",
             "20000229120000Z", "20240301120000Zjunk", "2024030112Z", "20241301120000Z", "20240301120000.000Z",
             "20240301120000.123456789123Z", "20240301120000+01:30"]


def handmade_response():
    crl = seq(ctx(0, tlv(0x16, b"http://crl.example.test/root.crl")), ctx(1, integer(42)),
              ctx(2, gtime("20240301120000Z")))
    single_good = seq(cert_id(0x1001), tlv(0x80, b""), gtime("20240301120000.25Z"),
                      ctx(0, gtime("20240308120000+0130")),
                      ctx(1, seq(extension("1.3.6.1.5.5.7.48.1.3", crl),
                                 extension("1.3.6.1.5.5.7.48.1.6", gtime("20230101000000Z")))))
    single_revoked = seq(cert_id(0x1002), tlv(0xa1, gtime("20240102030405Z") + ctx(0, tlv(0x0a, b"\x01"))),
                         gtime("202403011200Z"))
    single_unknown = seq(cert_id(0x1003), tlv(0x82, b""), gtime("20240301120000-0500"))
    odd_times = [seq(cert_id(0x1004 + i), tlv(0x80, b""), gtime(t)) for i, t in enumerate(ODD_TIMES)]
    data = seq(ctx(0, integer(0)), ctx(1, name("Sharkfin OCSP Responder")), gtime("20240301120001Z"),
               seq(single_good, single_revoked, single_unknown, *odd_times),
               ctx(1, seq(extension("1.3.6.1.5.5.7.48.1.2", octets(b"\x0a\x0b\x0c\x0d")))))
    basic = seq(data, seq(oid("1.2.840.10045.4.3.2")), tlv(0x03, b"\x00" + bytes(64)))
    return seq(tlv(0x0a, b"\x00"), ctx(0, seq(oid("1.3.6.1.5.5.7.48.1.1"), octets(basic))))


TRY_LATER = seq(tlv(0x0a, b"\x03"))


# ---------------------------------------------------------------- capture writing

class Tcp:
    """One TCP connection, handshake included, whose segments carry at most `mss` bytes."""

    def __init__(self, pcap, client_port, server_port, mss=1000):
        self.pcap, self.cport, self.sport, self.mss = pcap, client_port, server_port, mss
        self.cseq, self.sseq = 1000, 5000
        self.segment(True, 0x02, b"")
        self.segment(False, 0x12, b"")
        self.segment(True, 0x10, b"")

    def send(self, from_client, data):
        for i in range(0, len(data), self.mss):
            self.segment(from_client, 0x18, data[i:i + self.mss])
        self.segment(not from_client, 0x10, b"")

    def segment(self, from_client, flags, payload):
        client, server = bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2])
        src, dst = (client, server) if from_client else (server, client)
        sport, dport = (self.cport, self.sport) if from_client else (self.sport, self.cport)
        seqno = self.cseq if from_client else self.sseq
        ack = self.sseq if from_client else self.cseq
        tcp = struct.pack("!HHIIBBHHH", sport, dport, seqno, ack if flags & 0x10 else 0, 0x50, flags,
                          65535, 0, 0) + payload
        ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(tcp), 1, 0x4000, 64, 6, 0, src, dst)
        eth = bytes([0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 6]) if from_client else bytes([0, 1, 2, 3, 4, 6, 0, 1, 2, 3, 4, 5])
        self.pcap.frame(eth + b"\x08\x00" + ip + tcp)
        advance = len(payload) + (1 if flags & 0x02 else 0)
        if from_client:
            self.cseq += advance
        else:
            self.sseq += advance


def http_request(body):
    return (b"POST / HTTP/1.1\r\nHost: ocsp.example.test\r\nContent-Type: application/ocsp-request\r\n"
            b"Content-Length: %d\r\n\r\n" % len(body)) + body


def http_response(body, content_type=b"application/ocsp-response"):
    return (b"HTTP/1.1 200 OK\r\nContent-Type: " + content_type + b"\r\nContent-Length: %d\r\n\r\n" % len(body)) + body


def u8(v): return struct.pack("!B", v)
def u16(v): return struct.pack("!H", v)
def u24(v): return struct.pack("!I", v)[1:]
def vec24(b): return u24(len(b)) + b
def handshake(t, body): return u8(t) + vec24(body)
def record(payload): return u8(22) + u16(0x0303) + u16(len(payload)) + payload


def tls_multi(response, certificate):
    hello = handshake(2, u16(0x0303) + bytes(range(32)) + u8(0) + u16(0xc02f) + u8(0)
                      + u16(4) + u16(17) + u16(0))  # extensions: status_request_v2, empty
    certs = handshake(11, vec24(vec24(certificate)))
    status = handshake(22, u8(2) + vec24(vec24(response) + vec24(TRY_LATER)))
    return record(hello + certs + status + handshake(14, b""))


def main():
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as d:
        pki(d)
        exchanges = openssl_exchanges(d)
        responder = subprocess.run(["openssl", "x509", "-in", "responder.pem", "-outform", "DER"], cwd=d,
                                   check=True, capture_output=True).stdout
    der = os.path.join(HERE, "der")
    os.makedirs(der, exist_ok=True)
    bodies = {"request-openssl.der": exchanges[0][0], "response-openssl.der": exchanges[0][1],
              "request-signed.der": exchanges[1][0], "response-bykey.der": exchanges[1][1],
              "request-handmade.der": handmade_request(), "response-handmade.der": handmade_response(),
              "response-trylater.der": TRY_LATER}
    for file, body in bodies.items():
        with open(os.path.join(der, file), "wb") as f:
            f.write(body)
    pcap = Pcap(os.path.join(OUT, "http-ocsp.pcap"))
    port = 50000
    content_types = [b"application/ocsp-response", b"Application/OCSP-Response"]
    for i, (req, resp) in enumerate(exchanges):
        tcp = Tcp(pcap, port + i, 80)
        tcp.send(True, http_request(req))
        tcp.send(False, http_response(resp, content_types[i]))
    tcp = Tcp(pcap, port + 2, 80)
    tcp.send(True, http_request(handmade_request()))
    tcp.send(False, http_response(handmade_response()))
    tcp = Tcp(pcap, port + 3, 80)
    tcp.send(True, http_request(handmade_request()))
    tcp.send(False, http_response(TRY_LATER))
    pcap.close()
    pcap = Pcap(os.path.join(OUT, "tls-ocsp-multi.pcap"))
    tcp = Tcp(pcap, 50443, 443, mss=1400)
    tcp.send(False, tls_multi(exchanges[0][1], responder))
    pcap.close()


if __name__ == "__main__":
    main()
