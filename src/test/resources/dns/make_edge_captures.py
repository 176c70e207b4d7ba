#!/usr/bin/env python3
"""Writes the hand-made DNS captures the DNS tests compare with tshark 4.0.17.

usage: src/test/resources/dns/make_edge_captures.py   (then make_dns_truth.py records the truth)

dns-edge.pcap      one DNS message per frame over UDP/IPv4 (some IPv6, mDNS, LLMNR, a heuristic
                   port, an ICMP error): every record type Wireshark decodes, EDNS options, SVCB
                   parameters, malformed and truncated messages, name-compression corner cases,
                   and request/response sequences for matching and retransmission.
dns-edge-tcp.pcap  DNS over TCP: one message per segment, two messages in one segment, a
                   message too short for its header.
"""
import os, struct

HERE = os.path.dirname(os.path.abspath(__file__))
A, B, C = [10, 0, 0, 1], [10, 0, 0, 2], [10, 0, 0, 3]
A6 = bytes.fromhex("fe800000000000000000000000000001")
B6 = bytes.fromhex("fe800000000000000000000000000002")


def csum(b):
    if len(b) % 2:
        b += b"\0"
    s = sum(struct.unpack("!%dH" % (len(b) // 2), b))
    s = (s >> 16) + (s & 0xffff)
    s += s >> 16
    return (~s) & 0xffff


def eth(kind, payload):
    return bytes.fromhex("001122334455" "66778899aabb") + struct.pack("!H", kind) + payload


def ipv4(src, dst, proto, payload):
    ttl = 255 if dst[0] == 224 else 64  # Wireshark expects 255 towards 224.0.0.0/24
    h = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), 1, 0, ttl, proto, 0, bytes(src), bytes(dst))
    h = h[:10] + struct.pack("!H", csum(h)) + h[12:]
    return h + payload


def udp(sport, dport, payload):
    return struct.pack("!HHHH", sport, dport, 8 + len(payload), 0) + payload


def udp4(src, dst, sport, dport, payload):
    return eth(0x0800, ipv4(src, dst, 17, udp(sport, dport, payload)))


def udp6(src, dst, sport, dport, payload):
    u = udp(sport, dport, payload)
    pseudo = src + dst + struct.pack("!IxxxB", len(u), 17)
    u = u[:6] + struct.pack("!H", csum(pseudo + u)) + u[8:]
    return eth(0x86dd, struct.pack("!IHBB", 0x60000000, len(u), 17, 64) + src + dst + u)


def tcp4(src, dst, sport, dport, seq, payload):
    t = struct.pack("!HHIIBBHHH", sport, dport, seq, 1, 0x50, 0x18, 64, 0, 0) + payload
    return eth(0x0800, ipv4(src, dst, 6, t))


def write(path, frames, snaplen=65535):
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, snaplen, 1))
        for ts, data, *orig in frames:
            original = orig[0] if orig else len(data)
            f.write(struct.pack("<IIII", int(ts), int(round((ts - int(ts)) * 1e6)), len(data), original))
            f.write(data)


# ---------------------------------------------------------------- DNS building blocks

def name(text):
    if text == ".":
        return b"\0"
    out = b""
    for label in text.split("."):
        raw = label.encode("latin-1")
        out += bytes([len(raw)]) + raw
    return out + b"\0"


def header(ident, flags, qd=0, an=0, ns=0, ar=0):
    return struct.pack("!HHHHHH", ident, flags, qd, an, ns, ar)


def question(owner, qtype=1, qclass=1):
    return name(owner) + struct.pack("!HH", qtype, qclass)


def rr(owner, rtype, rdata, ttl=300, rclass=1, length=None):
    n = owner if isinstance(owner, bytes) else name(owner)
    return n + struct.pack("!HHIH", rtype, rclass, ttl, len(rdata) if length is None else length) + rdata


def response(ident, records, rtype=1, owner="example.com", flags=0x8180):
    """A response with one question and the given answer records."""
    return header(ident, flags, 1, len(records)) + question(owner, rtype) + b"".join(records)


def txt(*strings):
    return b"".join(bytes([len(s)]) + s for s in strings)


def opt(options, payload=4096, ext=0, version=0, z=0x8000):
    data = b"".join(struct.pack("!HH", code, len(v)) + v for code, v in options)
    return b"\0" + struct.pack("!HHBBHH", 41, payload, ext, version, z, len(data)) + data


def bitmap(types):
    windows = {}
    for t in types:
        windows.setdefault(t >> 8, set()).add(t & 0xff)
    out = b""
    for w in sorted(windows):
        size = max(windows[w]) // 8 + 1
        bits = bytearray(size)
        for t in windows[w]:
            bits[t // 8] |= 0x80 >> (t % 8)
        out += bytes([w, size]) + bits
    return out


def svc(key, value):
    return struct.pack("!HH", key, len(value)) + value


# ---------------------------------------------------------------- the UDP capture

def record_types():
    """One response per record type (or variant), each with a distinct id."""
    key = bytes(range(64))
    sig = struct.pack("!HBBIIIH", 28, 8, 2, 3600, 1700000000, 1690000000, 12345) + name("example.com") + bytes(range(32))
    cases = [
        (1, b"\xc0\x0c", 1, bytes([192, 0, 2, 1])),
        (2, "example.com", 2, name("ns1.example.com")),
        (3, "example.com", 3, name("md.example.com")),
        (4, "example.com", 4, name("mf.example.com")),
        (5, "www.example.com", 5, name("example.com")),
        (6, "example.com", 6, name("ns1.example.com") + name("hostmaster.example.com") + struct.pack("!IIIII", 2024010101, 7200, 3600, 1209600, 300)),
        (7, "example.com", 7, name("mb.example.com")),
        (8, "example.com", 8, name("mg.example.com")),
        (9, "example.com", 9, name("mr.example.com")),
        (10, "example.com", 10, b"\x01\x02\x03"),
        (11, "example.com", 11, bytes([192, 0, 2, 2, 6, 0x60, 0, 0x80])),
        (12, "1.2.0.192.in-addr.arpa", 12, name("host.example.com")),
        (13, "example.com", 13, txt(b"x86_64", b"Linux")),
        (14, "example.com", 14, name("admin.example.com") + name("errors.example.com")),
        (15, "example.com", 15, struct.pack("!H", 10) + name("mail.example.com")),
        (16, "example.com", 16, txt(b"v=spf1 -all", b"", b"second string")),
        (17, "example.com", 17, name("admin.example.com") + name("info.example.com")),
        (18, "example.com", 18, struct.pack("!H", 1) + name("afs.example.com")),
        (19, "example.com", 19, txt(b"311061700956")),
        (20, "example.com", 20, txt(b"150862028003217", b"004")),
        (21, "example.com", 20, txt(b"150862028003217")),
        (22, "example.com", 21, struct.pack("!H", 2) + name("relay.example.com")),
        (23, "example.com", 22, bytes.fromhex("47000580005a0000000001e133ffffff00016100")),
        (24, "example.com", 23, name("nsap.example.com")),
        (25, "example.com", 24, sig),
        (26, "example.com", 25, struct.pack("!HBB", 0x0101, 3, 8) + key),
        (27, "example.com", 25, struct.pack("!HBB", 0xC000, 3, 1) + key[:8]),
        (28, "example.com", 26, struct.pack("!H", 5) + name("map822.example.com") + name("mapx400.example.com")),
        (29, "example.com", 27, txt(b"-32.6882", b"116.8652", b"10.0")),
        (30, "example.com", 28, bytes.fromhex("20010db8000000000000000000000001")),
        (31, "example.com", 29, bytes([0, 0x12, 0x16, 0x13]) + struct.pack("!III", 0x8b3f4f41, 0x7b8b8a4c, 9999850)),
        (32, "example.com", 29, bytes([1, 2, 3, 4])),
        (33, "example.com", 30, name("next.example.com") + bytes([0x40, 0x01, 0x00, 0x82])),
        (34, "_sip._tcp.example.com", 33, struct.pack("!HHH", 10, 60, 5060) + name("sip.example.com")),
        (35, "nodots", 33, struct.pack("!HHH", 1, 2, 3) + name("t.example.com")),
        (36, "a.b", 33, struct.pack("!HHH", 1, 2, 3) + name(".")),
        (37, "example.com", 35, struct.pack("!HH", 100, 10) + txt(b"S", b"SIP+D2U", b"!^.*$!sip:x@example.com!") + name("_sip._udp.example.com")),
        (38, "example.com", 36, struct.pack("!H", 10) + name("kx.example.com")),
        (39, "example.com", 37, struct.pack("!HHB", 1, 0x1234, 8) + bytes(range(20))),
        (40, "example.com", 38, bytes([0]) + bytes.fromhex("20010db8000000000000000000000002")),
        (41, "example.com", 38, bytes([64]) + bytes(range(8)) + name("prefix.example.com")),
        (42, "example.com", 38, bytes([128]) + name("prefix.example.com")),
        (43, "example.com", 39, name("example.net")),
        (44, "example.com", 42, struct.pack("!HBB", 1, 24, 3) + bytes([192, 0, 2]) + struct.pack("!HBB", 2, 64, 0x80 | 4) + bytes([0x20, 1, 0xd, 0xb8]) + struct.pack("!HBB", 9, 8, 2) + b"\xaa\xbb"),
        (45, "example.com", 43, struct.pack("!HBB", 60485, 5, 1) + bytes(range(20))),
        (46, "example.com", 59, struct.pack("!HBB", 60485, 8, 2) + bytes(range(32))),
        (47, "example.com", 32769, struct.pack("!HBB", 1, 8, 2) + bytes(range(32))),
        (48, "example.com", 44, bytes([4, 2]) + bytes(range(32))),
        (49, "example.com", 45, bytes([10, 0, 2]) + key[:16]),
        (50, "example.com", 45, bytes([10, 1, 2]) + bytes([192, 0, 2, 3]) + key[:16]),
        (51, "example.com", 45, bytes([10, 2, 2]) + bytes.fromhex("20010db8000000000000000000000003") + key[:16]),
        (52, "example.com", 45, bytes([10, 3, 2]) + name("gw.example.com") + key[:16]),
        (53, "example.com", 46, sig),
        (54, "example.com", 47, name("z.example.com") + bitmap([1, 2, 6, 15, 16, 28, 46, 47, 48, 257])),
        (55, "example.com", 48, struct.pack("!HBB", 0x0101, 3, 8) + key),
        (56, "example.com", 48, struct.pack("!HBB", 0x0100, 3, 1) + key[:16]),
        (57, "example.com", 48, struct.pack("!HB", 0x0100, 3)),
        (58, "example.com", 49, bytes(range(35))),
        (59, "example.com", 50, bytes([1, 1]) + struct.pack("!H", 10) + bytes([4]) + b"\xaa\xbb\xcc\xdd" + bytes([20]) + bytes(range(100, 120)) + bitmap([1, 28, 46])),
        (60, "example.com", 50, bytes([1, 0]) + struct.pack("!H", 0) + bytes([0]) + bytes([1]) + b"\xff" + bitmap([2])),
        (61, "example.com", 51, bytes([1, 0]) + struct.pack("!H", 10) + bytes([4]) + b"\xaa\xbb\xcc\xdd"),
        (62, "example.com", 52, bytes([3, 1, 1]) + bytes(range(32))),
        (63, "example.com", 55, bytes([16, 2]) + struct.pack("!H", 8) + bytes(range(16)) + bytes(range(8)) + name("rvs1.example.com") + name("rvs2.example.com")),
        (64, "example.com", 60, struct.pack("!HBB", 0x0101, 3, 13) + key[:32]),
        (65, "example.com", 61, b"mQENBFoo"),
        (66, "example.com", 62, struct.pack("!IH", 66, 3) + bitmap([1, 2, 28])),
        (67, "example.com", 63, struct.pack("!IBB", 2018031900, 1, 1) + bytes(range(48))),
        (68, "example.com", 64, struct.pack("!H", 1) + name("svc.example.com") + svc(0, struct.pack("!HH", 1, 3)) + svc(1, txt(b"h2", b"h3")) + svc(2, b"") + svc(3, struct.pack("!H", 8443))),
        (69, "example.com", 65, struct.pack("!H", 1) + name(".") + svc(4, bytes([192, 0, 2, 4, 192, 0, 2, 5])) + svc(5, b"\x00\x01\x02ECH") + svc(6, bytes.fromhex("20010db8000000000000000000000004")) + svc(32769, b"odoh") + svc(99, b"val") + svc(100, b"")),
        (70, "example.com", 99, txt(b"v=spf1 mx -all")),
        (71, "example.com", 104, struct.pack("!H", 10) + bytes(range(8))),
        (72, "example.com", 105, struct.pack("!H", 10) + bytes([10, 1, 2, 3])),
        (73, "example.com", 106, struct.pack("!H", 10) + bytes(range(8))),
        (74, "example.com", 107, struct.pack("!H", 10) + name("l64.example.com")),
        (75, "example.com", 108, bytes.fromhex("00005e0053ff")),
        (76, "example.com", 109, bytes.fromhex("00005e0000000001")),
        (77, "example.com", 249, name("hmac-md5.sig-alg.reg.int") + struct.pack("!IIHHH", 1700000000, 1700003600, 1, 0, 4) + b"KEYS" + struct.pack("!H", 2) + b"OT"),
        (78, "example.com", 250, name("hmac-md5.sig-alg.reg.int") + struct.pack("!HIH", 0, 1700000000, 300) + struct.pack("!H", 16) + bytes(range(16)) + struct.pack("!HHH", 78, 0, 0)),
        (79, "example.com", 257, bytes([0x80, 5]) + b"issue" + b"ca.example.net"),
        (80, "example.com", 257, bytes([0, 9]) + b"issuewild" + b";"),
        (81, "example.com", 257, bytes([0, 5]) + b"iodef" + b"mailto:sec@example.com"),
        (82, "example.com", 257, bytes([0, 3]) + b"xyz" + b"v\x01\xff"),
        (83, "example.com", 257, bytes([0, 0]) + b"empty tag"),
        (84, "example.com", 257, bytes([0, 3]) + b"i\x00s" + b"val"),
        (85, "example.com", 65281, struct.pack("!IIII", 0, 2, 900, 2) + bytes([192, 0, 2, 10, 192, 0, 2, 11])),
        (86, "example.com", 65282, struct.pack("!III", 1, 2, 900) + name("wins.example.com")),
        (87, "example.com", 65422, bytes([4, 17]) + bytes([192, 0, 2, 1, 192, 0, 2, 2]) + struct.pack("!HH", 1234, 53)),
        (88, "example.com", 65422, bytes([6, 6]) + bytes(16) + bytes(range(16)) + struct.pack("!HH", 1234, 53)),
        (89, "example.com", 65422, bytes([9, 1, 2])),
        (90, "example.com", 999, b"\x01\x02\x03\x04"),
        (91, "example.com", 0, b"\x00"),
        (92, "example.com", 256, struct.pack("!HH", 1, 1) + b"https://example.com/"),
    ]
    frames = []
    for ident, owner, rtype, rdata in cases:
        owner_bytes = owner if isinstance(owner, bytes) else name(owner)
        msg = header(0x1000 + ident, 0x8180, 1, 1) + question("example.com", rtype) + rr(owner_bytes, rtype, rdata)
        frames.append(udp4(B, A, 53, 2000 + ident, msg))
    return frames


def edns():
    frames = []
    options = [
        [(5, bytes([8, 13])), (6, bytes([1, 2])), (7, bytes([1]))],
        [(8, struct.pack("!HBB", 1, 24, 0) + bytes([192, 0, 2]))],
        [(8, struct.pack("!HBB", 2, 56, 0) + bytes.fromhex("20010db8000000"))],
        [(8, struct.pack("!HBB", 7, 8, 0) + b"\xab")],
        [(8, struct.pack("!HB", 1, 24))],
        [(0x50fa, struct.pack("!HBB", 1, 32, 0) + bytes([192, 0, 2, 99]))],
        [(10, bytes(range(8)))],
        [(10, bytes(range(24)))],
        [(10, bytes(range(4)))],
        [(11, struct.pack("!H", 300)), (11, b"")],
        [(12, bytes(20))],
        [(13, name("example.com")), (13, b"")],
        [(15, struct.pack("!H", 18) + b"blocked by policy"), (15, struct.pack("!H", 3)), (15, b"\x01")],
        [(3, b"ns1"), (65001, b"\x00\x01")],
    ]
    for i, opts in enumerate(options):
        msg = header(0x2000 + i, 0x0100, 1, 0, 0, 1) + question("opt.example.com") + opt(opts)
        frames.append(udp4(A, B, 3000 + i, 53, msg))
    # version/ext rcode/Z variations
    msg = header(0x2100, 0x8180, 1, 0, 0, 1) + question("opt.example.com") + opt([], 512, 1, 1, 0x8001)
    frames.append(udp4(B, A, 53, 3100, msg))
    return frames


def malformed():
    q = header(0x3000, 0x0100, 1)
    frames = [
        b"\x12\x34\x01",
        b"\x12\x34\x01\x00\x00\x01\x00",
        header(0x3001, 0x0100, 1),
        header(0x3002, 0x0100, 1) + b"\xc0\x0c\x00\x01\x00\x01",
        header(0x3003, 0x0100, 1) + b"\xc0\x0e\x00\x01\x00\x01",
        header(0x3004, 0x0100, 1) + b"\x01a\xc0\x0c\x00\x01\x00\x01",
        header(0x3005, 0x0100, 1) + b"\x00\x00\x01\x00\x01",
        header(0x3006, 0x0100, 1) + b"\x01\x00\x00\x00\x01\x00\x01",
        header(0x3007, 0x0100, 1) + b"\x41\x08\xaa\x00\x00\x01\x00\x01",
        header(0x3008, 0x0100, 1) + b"\x42\x08\xaa\x00\x00\x01\x00\x01",
        header(0x3009, 0x0100, 1) + b"\x80\x00\x01\x00\x01",
        header(0x300a, 0x0100, 1) + (b"\x3f" + b"a" * 63) * 4 + b"\x00\x00\x01\x00\x01",
        header(0x300b, 0x0100, 1) + b"\x03a\tb\x03\xc3\xa9x\x00\x00\x01\x00\x01",
        header(0x300c, 0x0100, 1) + b"\xc0\x0e\xc0\x0c\x00\x01",
        header(0x300d, 0x0100, 1) + b"\x41\x08\xaa\x01a\x00\x00\x01\x00\x01",
        header(0x300e, 0x0100, 1) + name(".".join(["a" * 63] * 3 + ["b" * 61])) + b"\x00\x01\x00\x01",
        header(0x300f, 0x0100, 1) + name(".".join(["a" * 63] * 3 + ["b" * 62])) + b"\x00\x01\x00\x01",
        header(0x3010, 0x0100, 1) + b"\xc1\x00\x00\x01\x00\x01",
        header(0x3011, 0x0100, 0xffff) + question("huge.example.com"),
        header(0x3012, 0x8180, 1, 1) + question("example.com") + rr(b"\xc0\x0c", 1, b"\xc0\x00", length=4),
        header(0x3013, 0x8180, 1, 1) + question("example.com") + rr(b"\xc0\x0c", 1, b"\xc0\x00\x02\x01", length=40),
        header(0x3014, 0x8180, 1, 2) + question("example.com") + rr(b"\xc0\x0c", 16, txt(b"abc", b"hello"), length=5) + rr(b"\xc0\x0c", 1, bytes(4)),
        header(0x3015, 0x8180, 1, 1) + question("example.com") + rr(b"\xc0\x0c", 16, txt(b"ab\x00cd", b"\xe9t\xe9")),
        header(0x3016, 0x8180, 1, 1) + question("example.com") + rr(b"\xc0\x0c", 1, bytes([192, 0, 2, 1]), ttl=0x80000001),
        header(0x3017, 0x0100, 1) + question("extra.example.com") + b"\xde\xad\xbe\xef",
        header(0x3018, 0x8180, 1, 1) + question("example.com") + rr(b"\xc0\x0c", 6, name("a.example.com")),
        header(0x3019, 0x8180, 1, 1) + question("example.com") + rr(b"\xc0\x0c", 16, txt(b"x"), length=3) + b"\x07",
        header(0x301a, 0x8180, 1, 1) + question("example.com") + rr(b"\xc0\x0c", 47, name("n.example.com") + b"\x00\x05\x40", length=20),
        header(0x301b, 0x0120, 1) + question("ad.example.com"),
        header(0x301c, 0x2800, 1, 1, 1, 0) + question("zone.example.com", 6) + rr("zone.example.com", 255, b"", rclass=255, ttl=0) + rr("host.zone.example.com", 1, bytes([192, 0, 2, 7])),
        header(0x301d, 0x3000) + struct.pack("!HHII", 1, 8, 1000, 2000) + struct.pack("!HHI", 2, 4, 100) + struct.pack("!HH", 3, 3) + b"\0\0\0" + struct.pack("!HH", 0x40, 2) + b"hi" + struct.pack("!HH", 0x41, 0),
        header(0x301e, 0x3000, 1) + question("dso.example.com"),
        header(0x301f, 0x8180, 1, 1) + question("example.com") + rr(b"\xc0\x0c", 50, bytes([1, 0, 0, 0, 0, 1]) + b"\xff"),
    ]
    # names as format_text shows them: escapes, broken and non-printable UTF-8
    odd = [b"\x7f\x01\n\x1b", b"\xc0\x80\xc2\x85", "\U0001F600".encode() + b"\xed\xa0\x80\xff",
           b"\xe2\x80\x8b\xef\xbf\xbf\xe2\x82", b"ok\\dot.in.label", "\u00e9\u4e2d\u2028".encode()]
    frames.append(header(0x3300, 0x0100, 1) + b"".join(bytes([len(l)]) + l for l in odd) + b"\0\0\1\0\1")
    frames += pointer_games()
    out = [udp4(A, B, 4000 + i, 53, m) for i, m in enumerate(frames)]
    # padded to the Ethernet minimum: the bytes after the IP datagram are not DNS
    out.append(udp4(A, B, 4100, 53, header(0x3100, 0x0100, 1) + question("a.b")) + b"\0" * 12)
    return out


def icmp_error(quoted):
    """ICMP destination unreachable (port) quoting a datagram."""
    body = struct.pack("!BBHI", 3, 3, 0, 0) + quoted
    return body[:2] + struct.pack("!H", csum(body)) + body[4:]


def pointer_games():
    """Compression pointers Wireshark follows until its limits: loops, chains, near-self pointers."""
    ptr = lambda target: bytes([0xc0 | (target >> 8), target & 0xff])
    games = []
    # 40 questions into a run of 100 labels that points back to its own start
    region = 12 + 40 * 6
    msg = header(0x3200, 0x0100, 40) + (ptr(region) + b"\0\1\0\1") * 40
    games.append(msg + (b"\x3f" + b"r" * 63) * 100 + ptr(region))
    # entering a two-pointer cycle after a label: a -> (b -> c -> b ...)
    p1 = 12 + 8
    p2 = p1 + 4
    games.append(header(0x3201, 0x0100, 1) + b"\x01a" + ptr(p1) + b"\0\1\0\1" + b"\x01b" + ptr(p2) + b"\x01c" + ptr(p1))
    # chains of distinct pointers ending in the root: 255 pointers are followed, 256 are a loop
    for n in (255, 256):
        start = 12 + 6
        chain = b"".join(ptr(start + 2 * (i + 1)) for i in range(n - 1)) + b"\0"
        games.append(header(0x3202 + n - 255, 0x0100, 1) + ptr(start) + b"\0\1\0\1" + chain)
    # a pointer to two bytes past its end counts as pointing to itself
    games.append(header(0x3204, 0x0100, 1) + ptr(16) + b"\0\1\0\1\0")
    return games


def tracking():
    """(timestamp offset, frame) sequences for request/response matching."""
    q = lambda i, n="track.example.com", t=1: header(i, 0x0100, 1) + question(n, t)
    r = lambda i, n="track.example.com", t=1: response(i, [rr(b"\xc0\x0c", 1, bytes([192, 0, 2, 9]))], t, n)
    seq = [
        (0.0, udp4(A, B, 5000, 53, q(0x4000))),
        (1.0, udp4(A, B, 5000, 53, q(0x4000))),
        (2.0, udp4(B, A, 53, 5000, r(0x4000))),
        (3.0, udp4(B, A, 53, 5000, r(0x4000))),
        (10.0, udp4(A, B, 5000, 53, q(0x4000))),
        (10.5, udp4(B, A, 53, 5000, r(0x4000))),
        (11.0, udp4(A, B, 5001, 53, q(0x4001))),
        (17.0, udp4(A, B, 5001, 53, q(0x4001))),
        (18.0, udp4(B, A, 53, 5001, r(0x4001))),
        (20.0, udp4(A, B, 5002, 53, q(0x4002, "zone.example.com", 252))),
        (20.1, udp4(B, A, 53, 5002, r(0x4002, "zone.example.com", 252))),
        (20.2, udp4(B, A, 53, 5002, r(0x4002, "zone.example.com", 252))),
        (20.3, udp4(B, A, 53, 5002, r(0x4002, "zone.example.com", 252))),
        (21.0, udp4(B, A, 53, 5003, r(0x4003))),
        (22.0, udp4(A, B, 5004, 53, q(0x4004))),
        (22.5, udp4(B, C, 53, 5004, r(0x4004))),
        (23.0, udp4(A, B, 5005, 53, q(0x4005))),
        (22.9, udp4(B, A, 53, 5005, r(0x4005))),
        (24.0, udp6(A6, B6, 5006, 53, q(0x4006, "v6.example.com", 28))),
        (24.1, udp6(B6, A6, 53, 5006, response(0x4006, [rr(b"\xc0\x0c", 28, bytes.fromhex("20010db8000000000000000000000006"))], 28, "v6.example.com"))),
        (25.0, udp4(A, B, 40000, 40001, q(0x4007, "heuristic.example.com"))),
        (25.1, udp4(B, A, 40001, 40000, r(0x4007, "heuristic.example.com"))),
        (26.0, udp4(A, B, 5008, 53, q(0x4008))),
        (26.1, eth(0x0800, ipv4(A, B, 1, icmp_error(ipv4(B, A, 17, udp(53, 5008, r(0x4008))))))),
        (26.2, udp4(B, A, 53, 5008, r(0x4008))),
    ]
    return seq


def multicast():
    mdns_q = header(0, 0, 2) + question("_http._tcp.local", 12, 0x8001) + question("printer.local", 1, 1)
    mdns_r = header(0, 0x8400, 0, 2, 0, 1) + rr("printer.local", 1, bytes([192, 168, 1, 50]), 120, 0x8001) \
        + rr("_http._tcp.local", 12, name("printer._http._tcp.local"), 4500, 1) \
        + opt([(4, bytes(6))], 1440, 0, 0, 0x8000)[:1] + struct.pack("!HHBBHH", 41, 0x85a0, 0, 0, 0x1000, 0)
    mdns_txt = header(0, 0x8400, 0, 1) + rr("printer._http._tcp.local", 16, txt(b"path=/", "caf\u00e9".encode(), b"bad\xff\xfeutf", b"nul\x00x"), 4500, 0x8001)
    llmnr_q = header(0x5000, 0x0000, 1) + question("wpad")
    llmnr_r = header(0x5000, 0x8400 | 0x0100 | 3, 1, 1) + question("wpad") + rr(b"\xc0\x0c", 1, bytes([10, 0, 0, 9]), 30)
    maddr = [224, 0, 0, 251]
    laddr = [224, 0, 0, 252]
    return [
        (30.0, udp4(A, maddr, 5353, 5353, mdns_q)),
        (30.1, udp4(B, maddr, 5353, 5353, mdns_r)),
        (30.2, udp4(B, maddr, 5353, 5353, mdns_txt)),
        (31.0, udp4(A, laddr, 5001, 5355, llmnr_q)),
        (31.1, udp4(B, A, 5355, 5001, llmnr_r)),
    ]


def main():
    frames = []
    t = 1000.0
    for f in record_types() + edns() + malformed():
        frames.append((t, f))
        t += 0.001
    base = 2000.0
    frames += [(base + dt, f) for dt, f in tracking() + multicast()]
    # cut by the snapshot length: short, not malformed
    long_answer = response(0x6000, [rr(b"\xc0\x0c", 16, txt(b"x" * 100))])
    full = udp4(B, A, 53, 6000, long_answer)
    frames.append((3000.0, full[:90], len(full)))
    full = udp4(B, A, 53, 6001, response(0x6001, [rr(b"\xc0\x0c", 1, bytes([1, 2, 3, 4]))]) + b"trailing")
    frames.append((3000.1, full[:len(full) - 4], len(full)))
    write(os.path.join(HERE, "dns-edge.pcap"), frames)

    q1 = header(0x7000, 0x0100, 1) + question("tcp.example.com")
    r1 = response(0x7000, [rr(b"\xc0\x0c", 1, bytes([192, 0, 2, 70]))], 1, "tcp.example.com")
    q2 = header(0x7001, 0x0100, 1) + question("second.example.com")
    pre = lambda m: struct.pack("!H", len(m)) + m
    tcp_frames = [
        (0.0, tcp4(A, B, 6100, 53, 1, pre(q1))),
        (0.1, tcp4(B, A, 53, 6100, 1, pre(r1))),
        (0.2, tcp4(A, B, 6100, 53, 1 + len(q1) + 2, pre(q2) + pre(header(0x7002, 0x0100, 1) + question("third.example.com")))),
        (0.3, tcp4(A, B, 6101, 53, 1, pre(b"\x70\x03\x01") + pre(q1))),
        (0.4, tcp4(A, B, 6102, 53, 1, pre(b"\x70\x04\x01\x00\x00\x01") + pre(q2))),
    ]
    write(os.path.join(HERE, "dns-edge-tcp.pcap"), tcp_frames)


if __name__ == "__main__":
    main()
