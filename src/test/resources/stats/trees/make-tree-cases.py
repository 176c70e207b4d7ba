#!/usr/bin/env python3
"""Writes tree-cases.pcap: the cases of tshark's -z http,tree, http_req,tree, http_srv,tree and
dns,tree that the test captures lack (TreeStatisticTest compares sharkfin with tshark's output,
tree-cases.txt, recorded by src/tools/record-statistics.sh).

HTTP, over TCP port 80 (IPv4) and 8080 (IPv6):
- two requests in one segment (GET /a and GET /b, Host one.test), answered by 100 Continue, a
  200 and a 999 (a status outside 100-599: "???: broken") in one segment;
- a text line after those ("Other HTTP Packets"), then binary data (a continuation, no record);
- a POST with a body (Host two.test) answered 404 (KO), a GET without a Host header answered
  302, and an unsolicited 503;
- a GET over IPv6 (Host six.test) answered 200.
DNS, over UDP port 53 unless said:
- an A query and its answer 20 ms later; a query repeated at once (a retransmission) and its
  answer repeated (a retransmitted response); an answer to no query (unsolicited);
- opcode 3 and rcode 12 (no names), type 65400 and class 5 (no names), a query for the root, one
  of five labels, and a message without a question;
- two queries in one TCP segment, one query quoted in an ICMP port unreachable (no record), and
  an answer cut short of its record (malformed: no record).
Frames are 1 ms apart, but for one stamped before the first (out of order) and a pause of 250 ms,
so the burst windows start and restart. Deterministic: rerunning gives the same bytes.
"""
import os
import struct
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'dissect'))
from wirebytes import TcpConnection, a4, csum, mac, udp_frame  # noqa: E402

frames = []
CMAC, SMAC = '00:0c:29:bb:00:07', '00:50:56:aa:00:15'

# ---------------------------------------------------------------- HTTP
a = TcpConnection(frames, '10.1.0.5', 50000, '10.1.0.80', 80).open()
a.send(True, b'GET /a HTTP/1.1\r\nHost: one.test\r\n\r\nGET /b HTTP/1.1\r\nHost: one.test\r\n\r\n')
a.send(False, b'HTTP/1.1 100 Continue\r\n\r\n'
              b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi'
              b'HTTP/1.1 999 Weird\r\nContent-Length: 0\r\n\r\n')
a.send(True, b'hello there\r\n')
a.send(False, b'\x00\x01\x02\x03binary')
a.send(True, b'POST /form HTTP/1.1\r\nHost: two.test\r\nContent-Length: 3\r\n\r\na=b')
a.send(False, b'HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n')
a.send(True, b'GET /nohost HTTP/1.0\r\n\r\n')
a.send(False, b'HTTP/1.0 302 Found\r\nContent-Length: 0\r\n\r\n')
a.send(False, b'HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n')
a.close()
b = TcpConnection(frames, '2001:db8::5', 50001, '2001:db8::80', 8080).open()
b.send(True, b'GET / HTTP/1.1\r\nHost: six.test\r\n\r\n')
b.send(False, b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')
b.close()


# ---------------------------------------------------------------- DNS
def name(n):
    if n == '.':
        return b'\0'
    return b''.join(bytes([len(l)]) + l.encode() for l in n.split('.')) + b'\0'


def dns(ident, flags, questions=(), answers=(), cut=0):
    """A DNS message: questions are (name, type, class), answers (name, type, class, rdata)."""
    m = struct.pack('!HHHHHH', ident, flags, len(questions), len(answers), 0, 0)
    for n, t, c in questions:
        m += name(n) + struct.pack('!HH', t, c)
    for n, t, c, rdata in answers:
        m += name(n) + struct.pack('!HHIH', t, c, 300, len(rdata)) + rdata
    return m[:len(m) - cut] if cut else m


CLIENT, SERVER = '10.1.0.5', '10.1.0.53'
ident = [100]


def udp(src, dst, sport, dport, payload):
    ident[0] += 1
    return udp_frame(src, sport, dst, dport, payload, CMAC if src == CLIENT else SMAC,
                     SMAC if src == CLIENT else CMAC, ident[0])


def query(i, q, sport=40000, flags=0x0100):
    frames.append(udp(CLIENT, SERVER, sport, 53, dns(i, flags, [q])))


def answer(i, q, sport=40000, flags=0x8180, answers=None, cut=0):
    rr = [(q[0], 1, 1, bytes([192, 0, 2, 1]))] if answers is None else answers
    frames.append(udp(SERVER, CLIENT, 53, sport, dns(i, flags, [q], rr, cut)))


www = ('www.example.com', 1, 1)
query(1, www)
answer(1, www)
query(2, ('mail.example.com', 1, 1))
query(2, ('mail.example.com', 1, 1))
answer(2, ('mail.example.com', 1, 1))
answer(2, ('mail.example.com', 1, 1))
answer(77, ('nobody.example.com', 1, 1))
query(3, ('odd.example.com', 1, 1), flags=0x1800)          # opcode 3
answer(3, ('odd.example.com', 1, 1), flags=0x980c, answers=[])  # opcode 3, rcode 12
query(4, ('strange.example.com', 65400, 5))
query(5, ('.', 2, 1))
query(6, ('a.b.c.d.example', 1, 1))
frames.append(udp(CLIENT, SERVER, 40000, 53, dns(7, 0x0100)))  # no question
t = TcpConnection(frames, CLIENT, 50053, SERVER, 53).open()
q1, q2 = dns(8, 0x0100, [www]), dns(9, 0x0100, [('ftp.example.com', 28, 1)])
t.send(True, struct.pack('!H', len(q1)) + q1 + struct.pack('!H', len(q2)) + q2)
t.close()
# an ICMP port unreachable quoting a query
quoted = udp(CLIENT, SERVER, 40001, 53, dns(10, 0x0100, [www]))[14:]
icmp = struct.pack('!BBHI', 3, 3, 0, 0) + quoted
icmp = icmp[:2] + struct.pack('!H', csum(icmp)) + icmp[4:]
ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(icmp), 900, 0, 64, 1, 0, a4(SERVER), a4(CLIENT))
ip = ip[:10] + struct.pack('!H', csum(ip)) + ip[12:]
frames.append(mac(CMAC) + mac(SMAC) + struct.pack('!H', 0x0800) + ip + icmp)
query(11, ('cut.example.com', 1, 1), sport=40002)
answer(11, ('cut.example.com', 1, 1), sport=40002, cut=3)

# ---------------------------------------------------------------- times and file
# 1 ms apart from 1.000 s; the 6th frame stamped at 0.990 s (before the first); 250 ms pause
# before the DNS frames
first_dns = next(i for i, f in enumerate(frames) if f[23:24] == b'\x11')
stamps = []
t_us = 1_000_000
for i in range(len(frames)):
    if i == first_dns:
        t_us += 250_000
    stamps.append(990_000 if i == 5 else t_us)
    t_us += 1_000

out = struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1)
for data, ts in zip(frames, stamps):
    out += struct.pack('<IIII', ts // 1_000_000, ts % 1_000_000, len(data), len(data)) + data
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'tree-cases.pcap'), 'wb') as f:
    f.write(out)
