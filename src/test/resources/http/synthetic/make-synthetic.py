#!/usr/bin/env python3
"""Writes the synthetic HTTP captures of the HTTP tests (deterministic; run from this folder with
Debian's python3 and its python3-brotli package,
then ../record-truth.py records what tshark 4.0.17 makes of them).

Each capture holds what the public corpus lacks: pipelining, chunked bodies with trailers,
headers and bodies cut over segments, CONNECT and proxy requests, a 1 MB header line, lying
Content-Lengths, compressed bodies (gzip, deflate, brotli), SSDP, HTTP found by the heuristic
on other ports, and assorted header oddities.
"""
import gzip
import random
import struct
import zlib

import brotli  # Debian's python3-brotli

FIN, SYN, RST, PSH, ACK = 1, 2, 4, 8, 16


def csum16(data):
    if len(data) % 2:
        data += b'\0'
    s = sum(struct.unpack('!%dH' % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return (~s) & 0xffff


class Pcap:
    def __init__(self, path, snaplen=262144):
        self.f = open(path, 'wb')
        self.f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, snaplen, 1))
        self.t = 1_700_000_000_000_000  # microseconds
        self.snaplen = snaplen

    def frame(self, data, dt_us=1000):
        self.t += dt_us
        cap = data[:self.snaplen]
        self.f.write(struct.pack('<IIII', self.t // 1_000_000, self.t % 1_000_000, len(cap), len(data)))
        self.f.write(cap)

    def close(self):
        self.f.close()


def ipv4(src, dst, payload, proto=6):
    h = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(payload), 0, 0x4000, 64, proto, 0,
                    bytes(src), bytes(dst))
    return h[:10] + struct.pack('!H', csum16(h)) + h[12:] + payload


def ether(payload):
    return b'\x02\0\0\0\0\x02\x02\0\0\0\0\x01\x08\x00' + payload


def tcp(sport, dport, seq, ack, flags, payload=b''):
    return struct.pack('!HHIIHHHH', sport, dport, seq & 0xffffffff, ack & 0xffffffff,
                       (5 << 12) | flags, 65535, 0, 0) + payload


def udp(sport, dport, payload):
    return struct.pack('!HHHH', sport, dport, 8 + len(payload), 0) + payload


class Side:
    def __init__(self, addr, port, isn):
        self.addr, self.port, self.seq = addr, port, isn


class Conn:
    """A TCP connection: handshake on creation, then segments in either direction."""

    def __init__(self, pcap, client, server, handshake=True):
        self.p, self.c, self.s = pcap, client, server
        if handshake:
            self.send(client, SYN)
            self.send(server, SYN | ACK)
            self.send(client, ACK)

    def send(self, frm, flags, payload=b'', dt=1000):
        to = self.s if frm is self.c else self.c
        seg = tcp(frm.port, to.port, frm.seq, to.seq, flags, payload)
        self.p.frame(ether(ipv4(frm.addr, to.addr, seg)), dt)
        frm.seq += len(payload) + (1 if flags & (SYN | FIN) else 0)

    def data(self, frm, payload, pieces=None):
        """Sends payload in one segment, or cut at the given offsets."""
        cuts = [0] + list(pieces or []) + [len(payload)]
        for a, b in zip(cuts, cuts[1:]):
            self.send(frm, ACK | PSH, payload[a:b])

    def close(self):
        self.send(self.c, FIN | ACK)
        self.send(self.s, FIN | ACK)
        self.send(self.c, ACK)


def conn(p, n, port=80, cport=None):
    return Conn(p, Side([10, 0, n, 1], cport or 40000 + n, 1000 * n), Side([10, 0, n, 2], port, 500000 + n))


def req(method, uri, headers=(), body=b'', version='HTTP/1.1'):
    head = '%s %s %s\r\n' % (method, uri, version) + ''.join(h + '\r\n' for h in headers) + '\r\n'
    return head.encode('latin-1') + body


def resp(code, phrase, headers=(), body=b''):
    head = 'HTTP/1.1 %d %s\r\n' % (code, phrase) + ''.join(h + '\r\n' for h in headers) + '\r\n'
    return head.encode('latin-1') + body


def chunked(body, sizes, trailer=()):
    out, i = b'', 0
    for n in sizes:
        out += b'%x\r\n' % n + body[i:i + n] + b'\r\n'
        i += n
    return out + b'0\r\n' + b''.join(t.encode() + b'\r\n' for t in trailer) + b'\r\n'


def messages(path):
    """Pipelining, chunked bodies, cut headers and bodies, lying lengths, compression (brotli:
    http-brotli.pcap)."""
    p = Pcap(path)
    # pipelining: two requests in one segment, the two responses in one segment
    k = conn(p, 1)
    k.data(k.c, req('GET', '/a?x=1&y=2', ['Host: pipe.test', 'User-Agent: t/1'])
           + req('GET', '/b', ['Host: pipe.test', 'User-Agent:']))
    k.data(k.s, resp(200, 'OK', ['Content-Type: text/plain', 'Content-Length: 5'], b'hello')
           + resp(404, 'Not Found', ['Content-Length: 0']))
    k.data(k.c, req('HEAD', '/c', ['Host: pipe.test']))
    k.data(k.s, resp(200, 'OK', ['Content-Length: 1234', 'Content-Type: text/html']))
    k.close()
    # chunked with trailers, cut across segments
    k = conn(p, 2)
    k.data(k.c, req('GET', '/chunks', ['Host: chunk.test', 'TE: trailers']))
    body = b'<html>' + b'x' * 300 + b'</html>\n'
    k.data(k.s, resp(200, 'OK', ['Content-Type: text/html', 'Transfer-Encoding: chunked'],
                     chunked(body, [100, 200, len(body) - 300], ['X-Trailer: yes', 'Expires: never'])),
           [60, 150, 330])
    k.close()
    # headers split over three segments, body split
    k = conn(p, 3)
    r = req('POST', '/form', ['Host: split.test', 'Content-Type: application/x-www-form-urlencoded',
                              'Content-Length: 29', 'Cookie: a=1; b=2;c', 'Authorization: Basic dXNlcjpwYXNz'],
            b'name=J%20Doe&x=%41&empty=&k=v')
    k.data(k.c, r, [10, 40, len(r) - 20, len(r) - 5])
    k.data(k.s, resp(200, 'OK', ['Content-Type: application/json', 'Content-Length: 14'], b'{"ok": [1, 2]}'), [30])
    k.close()
    # Content-Length larger than the body (the connection ends first) and smaller than the body
    k = conn(p, 4)
    k.data(k.c, req('GET', '/short', ['Host: lie.test']))
    k.data(k.s, resp(200, 'OK', ['Content-Length: 500', 'Content-Type: text/plain'], b'only this\n'))
    k.close()
    k = conn(p, 5)
    k.data(k.c, req('GET', '/long', ['Host: lie.test']))
    k.data(k.s, resp(200, 'OK', ['Content-Length: 4', 'Content-Type: text/plain'], b'1234extra bytes here\r\n'))
    k.data(k.s, b'\x00\x01binary after')
    k.close()
    # gzip, deflate (zlib and raw), chunked + gzip, a corrupt gzip body
    k = conn(p, 6)
    text = b'<html><body>' + b'compressible ' * 200 + b'</body></html>\n'
    gz = gzip.compress(text, mtime=0)
    for enc, data in (('gzip', gz), ('deflate', zlib.compress(text)), ('deflate', zlib.compress(text)[2:-4]),
                      ('x-gzip', gz[:len(gz) // 2]), ('gzip', b'\x1f\x8bnot really gzip')):
        k.data(k.c, req('GET', '/z/' + enc, ['Host: zip.test', 'Accept-Encoding: gzip, deflate, br']))
        k.data(k.s, resp(200, 'OK', ['Content-Type: text/html', 'Content-Encoding: ' + enc,
                                      'Content-Length: %d' % len(data)], data), [50])
    k.data(k.c, req('GET', '/z/chunked', ['Host: zip.test']))
    k.data(k.s, resp(200, 'OK', ['Content-Type: text/html; charset=utf-8', 'Content-Encoding: gzip',
                                  'Transfer-Encoding: chunked'], chunked(gz, [20, len(gz) - 20])), [30, 60])
    k.close()
    # response without length: body until FIN; 204 and 304 without body
    k = conn(p, 7)
    k.data(k.c, req('GET', '/nolen', ['Host: fin.test', 'Connection: close']))
    k.data(k.s, resp(200, 'OK', ['Content-Type: text/plain', 'Connection: close'], b'line one\r\n'))
    k.data(k.s, b'line two\nline three')
    k.close()
    k = conn(p, 8)
    k.data(k.c, req('DELETE', '/x', ['Host: misc.test']))
    k.data(k.s, resp(204, 'No Content', []))
    k.data(k.c, req('GET', '/x', ['Host: misc.test', 'If-Modified-Since: Sat, 01 Jan 2000 00:00:00 GMT']))
    k.data(k.s, resp(304, 'Not Modified', ['Date: Sat, 01 Jan 2000 00:00:00 GMT']))
    k.data(k.c, req('OPTIONS', '*', ['Host: misc.test']))
    k.data(k.s, resp(200, 'OK', ['Allow: GET', 'Transfer-Encoding: gzip, chunked', 'Content-Length: 3'], b'0\r\n\r\n'))
    k.data(k.c, b'\r\n' + req('GET', '/after-crlf', ['Host: misc.test', 'Bad Header: x', 'X-Forwarded-For: 1.2.3.4',
                                                     'Referer: http://ref.test/', 'Accept-Language: en']))
    k.data(k.s, resp(999, 'Odd', ['Server: t', 'Set-Cookie: s=1', 'Location: /moved', 'Content-Length: 0',
                                   'Transfer-Encoding: foo']))
    k.data(k.c, req('GET', '/v09', [], version='HTTP/1.0') + b'garbage-without-colon\r\n\r\n')
    k.data(k.s, b'HTTP/1.0 200\r\n\r\n')
    k.close()
    p.close()


def brotli_bodies(path):
    """Bodies with Content-Encoding: br, whole (one of several windows), corrupt, followed by
    other bytes, empty, chunked, in capitals; and a coding nobody decodes. (A stream cut short,
    which tshark decodes in part and sharkfin does not: BrotliBodyTest and the README.)"""
    p = Pcap(path)
    k = conn(p, 30)
    text = b'<html><body>' + b'compressible ' * 200 + b'</body></html>\n'
    rnd = random.Random(30)
    words = [''.join(rnd.choice('abcdefghijklmnopqrstuvwxyz') for _ in range(rnd.randint(2, 9))) for _ in range(500)]
    big = ' '.join(rnd.choice(words) for _ in range(60000)).encode() + b'\n'
    big_br = brotli.compress(big, quality=5, lgwin=16)
    bodies = (
        ('html', 'text/html', 'br', brotli.compress(text)),
        ('json', 'application/json', 'br', brotli.compress(b'{"beacon": {"interval": 5, "jitter": 0.2}}\n')),
        ('empty', 'text/plain', 'br', brotli.compress(b'')),
        ('corrupt', 'text/html', 'br', b'\x1b\x00garbage that is not brotli at all'),
        ('trailing', 'text/plain', 'br', brotli.compress(b'hello brotli\n') + b'TRAILING'),
        ('upper', 'text/plain', 'BR', brotli.compress(b'capital coding\n')),
        ('zstd', 'text/plain', 'zstd', b'\x28\xb5\x2f\xfd not decoded by anyone'),
        ('big', 'text/plain', 'br', big_br),
    )
    for name, ctype, enc, data in bodies:
        k.data(k.c, req('GET', '/br/' + name, ['Host: br.test', 'Accept-Encoding: gzip, deflate, br']))
        pieces = list(range(1400, len(data), 1400)) or None
        k.data(k.s, resp(200, 'OK', ['Content-Type: ' + ctype, 'Content-Encoding: ' + enc,
                                      'Content-Length: %d' % len(data)], data), pieces)
    br = brotli.compress(text)
    k.data(k.c, req('GET', '/br/chunked', ['Host: br.test']))
    k.data(k.s, resp(200, 'OK', ['Content-Type: text/html', 'Content-Encoding: br',
                                  'Transfer-Encoding: chunked'], chunked(br, [10, len(br) - 10])), [30, 60])
    k.close()
    p.close()


# the ClientHello (one TLS record, SNI apis.google.com) of frame 4 of the corpus's ja3-ssl-chrome.pcap
CLIENT_HELLO = bytes.fromhex(
    '1603010200010001fc0303a06ccdc0ee6c99d4840b07718c59f40d29cc9cfc0b57abe8a337bb566ec70d222091fc6f41'
    '645951e0ef6767157ba3678b7312da41aa04190330788bfdd1ff2d8a00221a1a130113021303c02bc02fc02cc030cca9'
    'cca8c013c014009c009d002f0035000a010001912a2a0000ff0100010000000014001200000f617069732e676f6f676c'
    '652e636f6d0017000000230000000d001400120403080404010503080505010806060102010005000501000000000012'
    '00000010000e000c02683208687474702f312e3175500000000b000201000033002b00292a2a000100001d002082adf0'
    'a076a22e42d33e2b700742f88edc5e2affefccdacd0cbcd1050aff3c68002d00020101002b000b0a3a3a7f1703030302'
    '0301000a000a00082a2a001d00170018eaea000100001500cc0000000000000000000000000000000000000000000000'
    '000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'
    '000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'
    '000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'
    '00000000000000000000000000000000000000000000000000000000000000000000000000')


def proxies(path):
    """CONNECT tunnels, absolute-URI proxy requests, a 1 MB header line, HTTP on 443."""
    p = Pcap(path)
    k = conn(p, 10, port=3128)
    k.data(k.c, req('CONNECT', 'secure.test:443', ['Host: secure.test:443', 'Proxy-Authorization: Basic YTpi']))
    k.data(k.s, resp(200, 'Connection established', []))
    k.data(k.c, b'\x16\x03\x01\x00\x05hello')
    k.data(k.s, b'\x16\x03\x03\x00\x02hi')
    k.close()
    k = conn(p, 11, port=8080)
    k.data(k.c, req('CONNECT', 'plain.test:80', ['Host: plain.test:80']))
    k.data(k.s, resp(200, 'OK', []))
    k.data(k.c, req('GET', '/inside', ['Host: plain.test']))
    k.close()
    k = conn(p, 12, port=3128)
    k.data(k.c, req('GET', 'http://proxied.test/path?q=1', ['Host: proxied.test']))
    k.data(k.s, resp(302, 'Found', ['Location: https://proxied.test/', 'Content-Length: 0']))
    k.data(k.c, req('GET', 'HTTPS://upper.test/', ['Host: upper.test']))
    k.data(k.c, req('GET', '/nohost'))
    k.data(k.c, req('CONNECT', 'nohost.test:443', []))
    k.data(k.s, resp(407, 'Proxy Authentication Required', ['Proxy-Authenticate: Basic realm="p"', 'Content-Length: 0']))
    k.close()
    k = conn(p, 13)
    big = req('GET', '/big', ['Host: big.test', 'X-Big: ' + 'b' * (1 << 20)])
    # 8000-byte segments: TCP bounds the bytes handed over per PDU (see TcpLimits.maxPduWork), and
    # one more segment at a time over 1400-byte segments would exceed it
    k.data(k.c, big, list(range(8000, len(big), 8000)))
    k.data(k.s, resp(431, 'Request Header Fields Too Large', ['Content-Length: 0']))
    k.close()
    k = conn(p, 14, port=443)
    k.data(k.c, req('GET', '/', ['Host: tls.test']))
    k.data(k.s, resp(400, 'Bad Request', ['Content-Length: 0']))
    k.close()
    p.close()


def tls_ports(path):
    """HTTP where TLS is expected: plain HTTP on TLS's port 443 (a body whose later segments start
    with binary bytes, a second request on the conversation), text that is not HTTP on 443 and 993,
    and TLS behind CONNECT on a proxy port and on a port only the heuristic finds HTTP on. Sessions
    that record only HTTP's or only TLS's fields must still see them (TLS refuses text, which then
    reaches HTTP's heuristic; HTTP hands the tunnel to TLS)."""
    p = Pcap(path)
    k = conn(p, 30, port=443)
    k.data(k.c, req('GET', '/beacon', ['Host: c2.test', 'User-Agent: Mozilla/4.0 (compatible; MSIE 6.0)']))
    body = bytes((i * 37 + 1) % 256 for i in range(3000))
    k.data(k.s, resp(200, 'OK', ['Content-Type: application/octet-stream', 'Content-Length: 3000'], body), [1100, 2100])
    k.data(k.c, req('POST', '/report', ['Host: c2.test', 'Content-Length: 4'], b'\x00\x01\x02\x03'))
    k.data(k.s, resp(204, 'No Content', []))
    k.close()
    k = conn(p, 31, port=443)
    k.data(k.c, CLIENT_HELLO)
    k.data(k.s, b'\x17\x03\x03\x00\x30' + b'abcdefghijklmnop' * 2)
    k.data(k.s, b'abcdefghijklmnop')
    k.data(k.c, b'hello, no http here\r\n')
    k.close()
    k = conn(p, 32, port=993)
    k.data(k.s, b'* OK IMAP4rev1 ready\r\n')
    k.close()
    k = conn(p, 33, port=3128)
    k.data(k.c, req('CONNECT', 'tunnel.test:443', ['Host: tunnel.test:443']))
    k.data(k.s, resp(200, 'Connection established', []))
    k.data(k.c, CLIENT_HELLO)
    k.close()
    k = conn(p, 34, port=9999)
    k.data(k.c, req('CONNECT', 'heur.test:443', ['Host: heur.test:443']))
    k.data(k.s, resp(200, 'Connection established', []))
    k.data(k.c, CLIENT_HELLO)
    k.close()
    p.close()


def heuristic(path):
    """HTTP on ports Wireshark does not register (found by the heuristic), and non-HTTP on 80."""
    p = Pcap(path)
    k = conn(p, 20, port=8000)
    k.data(k.c, req('GET', '/heur', ['Host: heur.test:8000']))
    k.data(k.s, resp(200, 'OK', ['Content-Type: text/plain', 'Content-Length: 3'], b'ok\n'))
    k.data(k.c, req('GET', '/second', ['Host: heur.test:8000']))
    k.data(k.s, resp(200, 'OK', ['Content-Type: text/plain', 'Content-Length: 10'], b'abc'))
    k.data(k.s, b'defghij')
    k.close()
    k = conn(p, 21, port=5555)
    k.data(k.c, b'HELLO not http\r\n')
    k.data(k.c, b'PUT /x HTTP/1.1\r\nHost: y\r\n\r\n')
    k.close()
    k = conn(p, 22)
    k.data(k.c, b'\x00\x01\x02binary on port 80')
    k.data(k.c, b'hello there, no line end')
    k.data(k.c, b'GET / HTTP/1.1\r\nHost: late.test\r\n\r\n')
    k.data(k.c, b'\x00\x01\x02binary after http')
    k.data(k.c, b'text after http\r\n')
    k.close()
    p.close()


def ssdp(path):
    p = Pcap(path)
    c, g = [192, 168, 1, 5], [239, 255, 255, 250]
    msearch = req('M-SEARCH', '*', ['HOST: 239.255.255.250:1900', 'MAN: "ssdp:discover"', 'MX: 1', 'ST: ssdp:all'])
    p.frame(ether(ipv4(c, g, udp(50000, 1900, msearch), proto=17)))
    p.frame(ether(ipv4(c, g, udp(50000, 1900, msearch), proto=17)))
    ok = resp(200, 'OK', ['CACHE-CONTROL: max-age=1800', 'LOCATION: http://192.168.1.1:80/desc.xml',
                          'SERVER: Linux UPnP/1.0', 'ST: upnp:rootdevice', 'EXT:'])
    p.frame(ether(ipv4([192, 168, 1, 1], c, udp(1900, 50000, ok), proto=17)))
    notify = req('NOTIFY', '*', ['HOST: 239.255.255.250:1900', 'NT: upnp:rootdevice', 'NTS: ssdp:alive',
                                 'Content-Length: 4'], b'body')
    p.frame(ether(ipv4([192, 168, 1, 1], g, udp(1900, 1900, notify), proto=17)))
    p.frame(ether(ipv4([192, 168, 1, 1], g, udp(1900, 1900, b'\x01\x02not ssdp'), proto=17)))
    p.close()


messages('http-messages.pcap')
proxies('http-proxies.pcap')
heuristic('http-heuristic.pcap')
tls_ports('http-tls-ports.pcap')
ssdp('ssdp.pcap')
brotli_bodies('http-brotli.pcap')
