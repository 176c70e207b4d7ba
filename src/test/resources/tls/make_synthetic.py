#!/usr/bin/env python3
"""Writes the synthetic TLS captures of src/test/resources/tls/synthetic (then run
make_tls_truth.py to record what tshark says about them).

Each capture is one or more TCP connections (Ethernet/IPv4, handshake included) carrying
hand-built TLS: a server flight split over 5 segments, several records per segment and a record
spanning segments, a certificate message spanning two records, hellos of TLS 1.0 to 1.3,
plaintext and encrypted alerts, an abbreviated (resumed) handshake, SNI with odd bytes, and TLS on
a port that is not TLS's (found by the heuristic).
"""
import os, struct, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "synthetic")
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "tools"))
from synthetic_pcap import Pcap


def certificate():
    for line in open(os.path.join(HERE, "truth", "ppp-tls.pcap.tsv"), encoding="utf-8"):
        frame, field, value = line.rstrip("\n").split("\t", 2)
        if field == "tls.handshake.certificate":
            return [bytes.fromhex(v) for v in value.split("\x1f")]
    raise SystemExit("no certificate in the truth")


def u8(v): return struct.pack("!B", v)
def u16(v): return struct.pack("!H", v)
def u24(v): return struct.pack("!I", v)[1:]
def vec8(b): return u8(len(b)) + b
def vec16(b): return u16(len(b)) + b
def vec24(b): return u24(len(b)) + b


def ext(t, data): return u16(t) + vec16(data)


def sni(*names):
    return ext(0, vec16(b"".join(u8(0) + vec16(n) for n in names)))


def client_hello(version=0x0303, ciphers=(0xc02f, 0x009c, 0x0a0a), exts=(), session_id=b""):
    body = u16(version) + bytes(range(32)) + vec8(session_id) + vec16(b"".join(u16(c) for c in ciphers)) \
        + vec8(b"\x00")
    if exts is not None:
        body += vec16(b"".join(exts))
    return handshake(1, body)


def server_hello(version=0x0303, cipher=0xc02f, exts=(), session_id=b""):
    body = u16(version) + bytes(range(100, 132)) + vec8(session_id) + u16(cipher) + u8(0)
    if exts is not None:
        body += vec16(b"".join(exts))
    return handshake(2, body)


def handshake(t, body): return u8(t) + vec24(body)


def record(ct, payload, version=0x0303): return u8(ct) + u16(version) + vec16(payload)


def certificate_msg(certs): return handshake(11, vec24(b"".join(vec24(c) for c in certs)))


def ske_ecdhe(): return handshake(12, u8(3) + u16(23) + vec8(b"\x04" + bytes(64)) + u16(0x0401) + vec16(bytes(64)))


class Conn:
    def __init__(self, pcap, cport, sport, caddr=b"\x0a\x00\x00\x01", saddr=b"\x0a\x00\x00\x02"):
        self.p, self.cport, self.sport, self.caddr, self.saddr = pcap, cport, sport, caddr, saddr
        self.seq = {True: 1000, False: 5000}
        self.seg(True, 0x02, b"")
        self.seg(False, 0x12, b"")
        self.seg(True, 0x10, b"")

    def seg(self, client, flags, payload):
        src, dst = (self.caddr, self.saddr) if client else (self.saddr, self.caddr)
        sp, dp = (self.cport, self.sport) if client else (self.sport, self.cport)
        ack = self.seq[not client] if flags & 0x10 else 0
        tcp = struct.pack("!HHIIBBHHH", sp, dp, self.seq[client], ack, 0x50, flags, 65535, 0, 0)
        ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 40 + len(payload), 1, 0x4000, 64, 6, 0, src, dst)
        eth = b"\x00\x01\x02\x03\x04\x05\x00\x01\x02\x03\x04\x06\x08\x00"
        self.p.frame(eth + ip + tcp + payload)
        self.seq[client] += len(payload) + (1 if flags & 0x03 else 0)

    def send(self, client, payload):
        self.seg(client, 0x18, payload)

    def send_split(self, client, payload, parts):
        size = (len(payload) + parts - 1) // parts
        for i in range(0, len(payload), size):
            self.send(client, payload[i:i + size])


def common_exts():
    return [sni(b"example.com"), ext(10, vec16(u16(0x0a0a) + u16(29) + u16(23))), ext(11, vec8(b"\x00")),
            ext(13, vec16(u16(0x0403) + u16(0x0804))), ext(16, vec16(vec8(b"h2") + vec8(b"http/1.1"))),
            ext(0xfafa, b""), ext(23, b""), ext(65281, u8(0))]


def main():
    os.makedirs(OUT, exist_ok=True)
    certs = certificate()

    p = Pcap(os.path.join(OUT, "tls-handshake-split.pcap"))
    c = Conn(p, 40001, 443)
    c.send(True, record(22, client_hello(exts=common_exts()), 0x0301))
    flight = record(22, server_hello(exts=[ext(65281, u8(0)), ext(16, vec16(vec8(b"h2")))])
                    + certificate_msg(certs) + ske_ecdhe() + handshake(14, b""))
    c.send_split(False, flight, 5)
    c.send(True, record(22, handshake(16, vec8(b"\x04" + bytes(64)))) + record(20, b"\x01")
           + record(22, bytes(8) + bytes(32)))
    c.send(False, record(20, b"\x01") + record(22, bytes(40)))
    data = record(23, bytes(range(256)) * 4)
    c.send(True, data + data[:100])
    c.send(True, data[100:] + record(23, b"\x17" * 30))
    c.send(False, record(21, bytes(26)))
    p.close()

    p = Pcap(os.path.join(OUT, "tls-hs-across-records.pcap"))
    c = Conn(p, 40002, 443)
    c.send(True, record(22, client_hello(exts=common_exts())))
    msg = server_hello(exts=[ext(65281, u8(0))]) + certificate_msg(certs) + handshake(14, b"")
    half = len(msg) // 2
    c.send(False, record(22, msg[:half]) + record(22, msg[half:half + 3]))
    c.send(False, record(22, msg[half + 3:]))
    p.close()

    p = Pcap(os.path.join(OUT, "tls-versions.pcap"))
    port = 40010
    for v in (0x0301, 0x0302, 0x0303):
        c = Conn(p, port, 443)
        port += 1
        c.send(True, record(22, client_hello(version=v, ciphers=(0x002f, 0x0035), exts=[sni(b"v%x.test" % v)]), 0x0301))
        c.send(False, record(22, server_hello(version=v, cipher=0x002f, exts=[ext(65281, u8(0))]), v))
        c.send(False, record(22, handshake(14, b""), v))
        c.send(True, record(22, handshake(16, vec16(bytes(128))), v) + record(20, b"\x01", v))
    c = Conn(p, port, 443)
    tls13 = [sni(b"v13.test"), ext(43, vec8(u16(0x0a0a) + u16(0x0304) + u16(0x0303))),
             ext(51, vec16(u16(29) + vec16(bytes(32)))), ext(45, vec8(b"\x01")), ext(10, vec16(u16(29))),
             ext(13, vec16(u16(0x0804))), ext(28, u16(16385)), ext(27, vec8(u16(2))), ext(21, bytes(10))]
    c.send(True, record(22, client_hello(ciphers=(0x1301, 0x1302), exts=tls13, session_id=bytes(32)), 0x0301))
    c.send(False, record(22, server_hello(cipher=0x1301, session_id=bytes(32),
                                          exts=[ext(43, u16(0x0304)), ext(51, u16(29) + vec16(bytes(32)))]))
           + record(20, b"\x01") + record(23, bytes(60)))
    c.send(True, record(20, b"\x01") + record(23, bytes(53)))
    c.send(False, record(23, bytes(200)))
    c = Conn(p, port + 1, 443)
    c.send(True, record(22, client_hello(version=0x0300, ciphers=(0x000a,), exts=None), 0x0300))
    p.close()

    p = Pcap(os.path.join(OUT, "tls-alerts-resumption.pcap"))
    c = Conn(p, 40020, 443)
    c.send(True, record(22, client_hello(exts=[sni(b"resume.test"), ext(35, bytes(16))], session_id=bytes(range(32)))))
    c.send(False, record(22, server_hello(cipher=0xc02f, session_id=bytes(range(32)), exts=[ext(65281, u8(0))]))
           + record(20, b"\x01") + record(22, bytes(40)))
    c.send(True, record(20, b"\x01") + record(22, bytes(40)))
    c.send(True, record(21, b"\x01\x00"))
    c.send(False, record(21, b"\x02\x28"))
    c.send(False, record(21, bytes(26)))
    c = Conn(p, 40021, 443)
    c.send(True, record(22, client_hello(exts=[sni(b"x.test")])))
    c.send(False, record(22, handshake(4, struct.pack("!I", 7200) + vec16(bytes(50)))))
    c.send(False, record(21, b"\x02\x50"))
    p.close()

    p = Pcap(os.path.join(OUT, "tls-sni-odd.pcap"))
    c = Conn(p, 40030, 443)
    c.send(True, record(22, client_hello(exts=[sni(b"caf\xc3\xa9.example", b"\xff\xfe\x00bad", b"")])))
    c = Conn(p, 40031, 8443)
    c.send(True, record(22, client_hello(exts=[sni(b"heuristic.example"), ext(0x1234, b"\x01\x02")])))
    c.send(False, record(22, server_hello(exts=[ext(65281, u8(0))]) + handshake(14, b"")))
    c = Conn(p, 40032, 443)
    c.send(True, record(22, client_hello(exts=[ext(0, vec16(u8(0) + u16(200) + b"short"))])))
    c.send(True, record(22, client_hello(exts=[ext(0, b"")])))
    c = Conn(p, 40033, 443)
    def varint(v):
        return u8(v) if v < 64 else u16(0x4000 | v) if v < 16384 else struct.pack("!I", 0x80000000 | v)
    def tp(t, value):
        return varint(t) + varint(len(value)) + value
    params = (tp(1, varint(30000)) + tp(3, varint(1472)) + tp(4, varint(15728640)) + tp(0x0f, b"")
              + tp(0x20, varint(65536)) + tp(0x4752, struct.pack("!I", 1)) + tp(0x3127, varint(100))
              + tp(0x3128, b"B2ST") + tp(0x1b, b"\x01") + tp(2, bytes(16)))
    c.send(True, record(22, client_hello(ciphers=(0x1301,), exts=[sni(b"quic.example"), ext(57, params),
                                                                 ext(43, vec8(u16(0x0304)))])))
    p.close()


main()
