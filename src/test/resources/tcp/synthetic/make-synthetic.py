#!/usr/bin/env python3
"""Writes the synthetic TCP captures of the TCP tests (deterministic; run from this folder).

Each capture exercises what the corpus lacks: every tcp.analysis flag, port reuse, options
and malformed headers, IPv6, Accurate ECN, and desegmentation of DNS over TCP (a length-
prefixed protocol tshark dissects with tcp_dissect_pdus).
"""
import struct

def csum16(data):
    if len(data) % 2:
        data += b'\0'
    s = sum(struct.unpack('!%dH' % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return (~s) & 0xffff

class Pcap:
    def __init__(self, path):
        self.f = open(path, 'wb')
        self.f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
        self.t = 1_700_000_000_000_000  # microseconds

    def frame(self, data, dt_us):
        self.t += dt_us
        self.f.write(struct.pack('<IIII', self.t // 1_000_000, self.t % 1_000_000, len(data), len(data)))
        self.f.write(data)

    def close(self):
        self.f.close()

def ipv4(src, dst, payload, proto=6, total=None):
    total = 20 + len(payload) if total is None else total
    h = struct.pack('!BBHHHBBH4s4s', 0x45, 0, total, 0, 0x4000, 64, proto, 0, bytes(src), bytes(dst))
    h = h[:10] + struct.pack('!H', csum16(h)) + h[12:]
    return h + payload

def ipv6(src, dst, payload, nh=6):
    return struct.pack('!IHBB16s16s', 0x60000000, len(payload), nh, 64, bytes(src), bytes(dst)) + payload

def ether(payload, v6=False):
    return b'\x02\0\0\0\0\x02' + b'\x02\0\0\0\0\x01' + struct.pack('!H', 0x86dd if v6 else 0x0800) + payload

FIN, SYN, RST, PSH, ACK, URG, ECE, CWR, AE = 1, 2, 4, 8, 16, 32, 64, 128, 256

def tcp(sport, dport, seq, ack, flags, win, payload=b'', options=b'', urg=0, off=None):
    while len(options) % 4:
        options += b'\x00'
    doff = (20 + len(options)) // 4 if off is None else off
    return struct.pack('!HHIIHHHH', sport, dport, seq & 0xffffffff, ack & 0xffffffff,
                       (doff << 12) | flags, win, 0, urg) + options + payload

def mss(v): return struct.pack('!BBH', 2, 4, v)
def ws(s): return struct.pack('!BBB', 3, 3, s)
SACK_PERM = b'\x04\x02'
NOP = b'\x01'
def ts(v, e): return struct.pack('!BBII', 8, 10, v, e)
def sack(*edges): return struct.pack('!BB', 5, 2 + 4 * len(edges)) + b''.join(struct.pack('!I', e & 0xffffffff) for e in edges)

class Side:
    """One endpoint: its address, port and next sequence number."""
    def __init__(self, addr, port, isn, v6=False):
        self.addr, self.port, self.seq, self.v6 = addr, port, isn, v6

class Conn:
    def __init__(self, pcap, client, server):
        self.p, self.c, self.s = pcap, client, server

    def send(self, frm, flags, payload=b'', win=1000, options=b'', dt=1000, seq=None, ack=None,
             advance=True, urg=0, off=None, ip_total=None):
        to = self.s if frm is self.c else self.c
        sq = frm.seq if seq is None else seq
        ak = to.seq if ack is None else ack
        seg = tcp(frm.port, to.port, sq, ak, flags, win, payload, options, urg, off)
        if frm.v6:
            pkt = ether(ipv6(frm.addr, to.addr, seg), v6=True)
        else:
            pkt = ether(ipv4(frm.addr, to.addr, seg, total=ip_total))
        self.p.frame(pkt, dt)
        if advance and seq is None:
            frm.seq += len(payload) + (1 if flags & (SYN | FIN) else 0)
        return sq

def analysis_flags(path):
    p = Pcap(path)
    c = Side([10, 0, 0, 1], 40000, 1000)
    s = Side([10, 0, 0, 2], 7777, 5000)
    k = Conn(p, c, s)
    k.send(c, SYN, options=mss(1460) + SACK_PERM + ts(1, 0) + NOP + ws(2), ack=0, win=65535)
    k.send(s, SYN | ACK, options=mss(1400) + SACK_PERM + ts(2, 1) + NOP + ws(3), win=65535, dt=10000)
    k.send(c, ACK, win=500, dt=10000)                      # handshake RTT 20 ms
    k.send(c, ACK | PSH, b'a' * 100, win=500)
    k.send(s, ACK, win=800)
    k.send(c, ACK, seq=c.seq - 1, win=500, dt=50000)       # keep-alive
    k.send(s, ACK, win=800)                                # keep-alive ACK
    k.send(s, ACK, win=900)                                # window update
    k.send(s, ACK, win=0)                                  # zero window
    k.send(c, ACK | PSH, b'z', win=500)                    # zero window probe
    k.send(s, ACK, win=0, ack=c.seq - 1)                   # zero window probe ACK
    c.seq -= 1                                             # the probe byte is sent again later
    k.send(s, ACK, win=900, ack=c.seq)                     # window opens
    seg1 = k.send(c, ACK, b'b' * 200, win=500)
    seg2 = c.seq
    c.seq += 200                                           # seg2 is never captured
    k.send(c, ACK, b'd' * 200, win=500)                    # previous segment not captured
    for _ in range(3):
        k.send(s, ACK, win=900, ack=seg2, dt=200)          # duplicate ACKs
    k.send(c, ACK, b'c' * 200, win=500, seq=seg2, dt=500)  # fast retransmission
    k.send(s, ACK, win=900)
    first = c.seq
    c.seq += 300
    k.send(c, ACK, b'f' * 100, win=500)                    # beyond a hole
    k.send(c, ACK, b'e' * 300, win=500, seq=first, dt=300) # out of order (within the RTT)
    k.send(s, ACK, win=900)
    k.send(c, ACK, b'e' * 300, win=500, seq=first, dt=600000)  # spurious retransmission
    old = k.send(c, ACK | PSH, b'g' * 50, win=500)
    k.send(c, ACK | PSH, b'g' * 50, win=500, seq=old, dt=300000)  # retransmission
    k.send(s, ACK, win=900)
    k.send(s, ACK, win=900, ack=c.seq + 500)               # ACKed segment that was not captured
    c.seq += 500
    # fill the server's window exactly: 900 << 3 bytes
    k.send(s, ACK, win=1, dt=1000)
    k.send(c, ACK, b'w' * 8, win=500)                      # window full (1 << 3)
    k.send(s, ACK, win=900, options=NOP + NOP + sack(c.seq - 8, c.seq))  # D-SACK
    k.send(c, FIN | ACK, win=500)
    k.send(s, FIN | ACK, win=900)
    k.send(c, ACK, win=500)
    # same ports again: a new connection with another initial sequence number
    c.seq = 90000
    s.seq = 70000
    k.send(c, SYN, options=mss(1460), ack=0, win=65535, dt=2000000)
    k.send(c, SYN, options=mss(1460), ack=0, win=65535, seq=c.seq - 1, dt=1000000)  # SYN again
    k.send(s, SYN | ACK, options=mss(1460), win=65535)
    k.send(c, ACK, win=65535)
    k.send(c, RST | ACK, b'bye', win=0)                    # reset with a cause
    p.close()

def options_and_errors(path):
    p = Pcap(path)
    c = Side(bytes.fromhex('20010db8000000000000000000000001'), 50000, 111, v6=True)
    s = Side(bytes.fromhex('20010db8000000000000000000000002'), 9999, 222, v6=True)
    k = Conn(p, c, s)
    tfo = struct.pack('!BB', 34, 10) + b'cookie12'
    k.send(c, SYN | AE | CWR | ECE, b'early', options=mss(1220) + tfo + NOP + NOP + NOP + NOP, ack=0)
    k.send(s, SYN | ACK | CWR, options=mss(1220) + struct.pack('!BBB', 3, 3, 15))  # shift 15
    k.send(c, ACK | ECE, win=2000)                         # AccECN: flags read as ACE
    k.send(c, ACK | PSH, b'x' * 10, options=struct.pack('!BBBBBBBB', 0xac, 8, 0, 0, 1, 0, 0, 2))
    k.send(s, ACK, options=mss(1000))                      # MSS outside a SYN
    k.send(s, ACK, options=struct.pack('!BBI', 6, 6, 77) + struct.pack('!BBH', 28, 4, 0x8010))
    k.send(s, ACK, options=struct.pack('!BB', 99, 6) + b'\xde\xad\xbe\xef')  # unknown option
    k.send(s, ACK, options=b'\x00\x01\x02\x03')            # bytes after EOL
    k.send(s, ACK, options=struct.pack('!BB', 2, 1) + b'\0\0')  # option length too short
    k.send(s, ACK, options=struct.pack('!BB', 8, 30) + b'\0\0')  # option past the header
    k.send(s, ACK, options=struct.pack('!BBBB', 19, 6, 1, 2))  # MD5 with a wrong length
    k.send(s, ACK, urg=7)                                  # urgent pointer without URG
    k.send(s, URG | ACK | PSH, b'!', urg=1)
    k.send(s, PSH, b'noack', ack=12345)                    # ACK number without ACK
    k.send(s, ACK, off=4)                                  # bogus header length
    p.close()

def short_segment(path):
    p = Pcap(path)
    c = Side([192, 168, 0, 1], 1234, 1)
    s = Side([192, 168, 0, 2], 80, 1)
    k = Conn(p, c, s)
    k.send(c, ACK, ip_total=20 + 12)                       # IP says fewer bytes than the header
    p.close()

def dns_over_tcp(path):
    """DNS messages over TCP cut at every kind of place."""
    p = Pcap(path)
    c = Side([10, 1, 0, 1], 53000, 7000)
    s = Side([10, 1, 0, 53], 53, 9000)
    k = Conn(p, c, s)

    def msg(ident, name):
        q = b''.join(bytes([len(x)]) + x.encode() for x in name.split('.')) + b'\0' + struct.pack('!HH', 1, 1)
        body = struct.pack('!HHHHHH', ident, 0x0100, 1, 0, 0, 0) + q
        return struct.pack('!H', len(body)) + body

    k.send(c, SYN, options=mss(1460), ack=0)
    k.send(s, SYN | ACK, options=mss(1460))
    k.send(c, ACK)
    m1, m2, m3, m4, m5 = (msg(0x1000 + i, 'host%d.example.test' % i) for i in range(1, 6))
    k.send(c, ACK | PSH, m1)                               # one whole message
    k.send(c, ACK | PSH, m2[:1])                           # length cut in half
    k.send(c, ACK | PSH, m2[1:10])                         # rest of the length, part of the body
    k.send(c, ACK | PSH, m2[10:] + m3[:7])                 # end of m2, start of m3
    k.send(c, ACK | PSH, m3[7:] + m4 + m5[:3])             # end of m3, all of m4, start of m5
    k.send(s, ACK)
    seq5 = c.seq
    k.send(c, ACK | PSH, m5[3:20])
    k.send(c, ACK | PSH, m5[3:20], seq=seq5, dt=400000)    # retransmission inside the PDU
    k.send(c, ACK | PSH, m5[20:])
    m6, m7 = msg(0x2001, 'a.test'), msg(0x2002, 'b.test')
    k.send(c, ACK | PSH, m6 + m7)                          # two messages in one segment
    k.send(c, ACK | PSH, m6, seq=c.seq - len(m6) - len(m7), dt=400000)  # their first one again
    m8 = msg(0x2003, 'c.example.test')
    k.send(c, ACK | PSH, m8[:5])
    k.send(c, ACK | PSH, m8[5:9])
    k.send(c, FIN | ACK | PSH, m8[9:])
    k.send(s, FIN | ACK)
    k.send(c, ACK)
    p.close()

def http_until_fin(path):
    """HTTP responses TCP must gather until the FIN, and chunked ones."""
    p = Pcap(path)
    for n, (body_segments, fin_with_data) in enumerate([(3, True), (2, False)]):
        c = Side([10, 2, 0, 1], 45000 + n, 100)
        s = Side([10, 2, 0, 80], 80, 900)
        k = Conn(p, c, s)
        k.send(c, SYN, ack=0)
        k.send(s, SYN | ACK)
        k.send(c, ACK)
        k.send(c, ACK | PSH, b'GET /old HTTP/1.0\r\nHost: x\r\n\r\n')
        k.send(s, ACK | PSH, b'HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n')  # headers cut
        k.send(s, ACK | PSH, b'Server: test\r\n\r\nfirst part of the body\n')
        for i in range(body_segments - 1):
            k.send(s, ACK | PSH, b'more body %d\n' % i)
        if fin_with_data:
            k.send(s, FIN | ACK | PSH, b'last words\n')
        else:
            k.send(s, FIN | ACK)
        fin_seq = s.seq - 1
        k.send(s, FIN | ACK, seq=fin_seq, dt=300000)          # the FIN again
        k.send(c, FIN | ACK)
        k.send(s, ACK)
    c = Side([10, 2, 0, 1], 45100, 100)
    s = Side([10, 2, 0, 80], 80, 900)
    k = Conn(p, c, s)
    k.send(c, SYN, ack=0)
    k.send(s, SYN | ACK)
    k.send(c, ACK)
    k.send(c, ACK | PSH, b'GET /c HTTP/1.1\r\nHost: x\r\n\r\n')
    k.send(s, ACK | PSH, b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n')
    k.send(s, ACK | PSH, b'6\r\n world\r\n')
    k.send(s, ACK | PSH, b'0\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n')
    k.send(c, ACK | PSH, b'HEAD /h HTTP/1.1\r\nHost: x\r\n\r\nGET /two HTTP/1.1\r\nHo')
    k.send(c, ACK | PSH, b'st: x\r\n\r\n')
    k.send(s, ACK | PSH, b'HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nabcd')
    k.send(c, FIN | ACK)
    k.send(s, FIN | ACK)
    k.send(c, ACK)
    p.close()

def icmp_errors(path):
    """ICMP errors quoting TCP headers: 8 bytes (ports and sequence number only) and a whole header."""
    p = Pcap(path)
    c = Side([10, 3, 0, 1], 33000, 4242)
    s = Side([10, 3, 0, 2], 8443, 777)
    k = Conn(p, c, s)
    k.send(c, SYN, options=mss(1460), ack=0)
    router = [10, 3, 0, 254]
    for quote in (8, 20, 24):
        seg = tcp(c.port, s.port, c.seq - 1, 0, SYN, 1000, options=mss(1460))
        inner = ipv4(c.addr, s.addr, seg)[:20 + quote]
        icmp = struct.pack('!BBHI', 11, 0, 0, 0) + inner
        p.frame(ether(ipv4(router, c.addr, icmp, proto=1)), 1000)
    seg = tcp(c.port, s.port, 999999, 0, SYN, 1000)       # a SYN never seen, quoted whole
    icmp = struct.pack('!BBHI', 3, 3, 0, 0) + ipv4(c.addr, s.addr, seg)
    p.frame(ether(ipv4(router, c.addr, icmp, proto=1)), 1000)
    k.send(s, SYN | ACK, options=mss(1460))
    k.send(c, ACK)
    p.close()

analysis_flags('analysis-flags.pcap')
icmp_errors('icmp-errors.pcap')
http_until_fin('http-until-fin.pcap')
options_and_errors('options-and-errors.pcap')
short_segment('short-segment.pcap')
dns_over_tcp('dns-over-tcp.pcap')
