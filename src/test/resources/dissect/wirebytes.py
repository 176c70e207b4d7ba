"""Byte helpers the synthetic-capture scripts of this directory share (make-synthetic.py,
make-nbns.py, make-xml.py, make-json.py, make-images.py, make-cdp.py, make-ftp.py, make-smtp.py,
make-ssh.py, make-ssh-tools.py, make-dns-tunnel.py): the Internet checksum, addresses written out
as bytes, an HTTP response in one TCP frame, a UDP datagram, TCP connections of several segments
and line-based ones (commands and replies), a fixed pseudo-random byte sequence, and a pcapng file
of Ethernet frames."""
import hashlib
import ipaddress
import struct


def csum(b):
    """RFC 1071's one's-complement sum, as IPv4, UDP and ICMP headers carry it."""
    if len(b) % 2:
        b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    s = (s >> 16) + (s & 0xffff)
    s += s >> 16
    return (~s) & 0xffff


def a4(s):
    return bytes(int(x) for x in s.split('.'))


def a6(s):
    return ipaddress.IPv6Address(s).packed


def mac(s):
    return bytes(int(x, 16) for x in s.split(':'))


def http_response_frame(body, ctype, index, server='192.0.2.80', client='198.51.100.7',
                        smac='00:50:56:aa:00:80', cmac='00:0c:29:bb:00:07'):
    """An Ethernet/IPv4/TCP frame from port 80 carrying one whole HTTP response with this body,
    the index-th of its capture (it numbers the IP id and picks the client port)."""
    head = ('HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n'
            % (ctype, len(body))).encode()
    payload = head + body
    hdr = struct.pack('!HHIIBBHHH', 80, 50000 + index, 1000, 2000, 5 << 4, 0x18, 502, 0, 0)
    pseudo = a4(server) + a4(client) + struct.pack('!BBH', 0, 6, len(hdr) + len(payload))
    hdr = hdr[:16] + struct.pack('!H', csum(pseudo + hdr + payload)) + hdr[18:]
    seg = hdr + payload
    ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(seg), index + 1, 0x4000, 64, 6, 0, a4(server), a4(client))
    ip = ip[:10] + struct.pack('!H', csum(ip)) + ip[12:]
    return mac(cmac) + mac(smac) + struct.pack('!H', 0x0800) + ip + seg


def det(label, n):
    """n deterministic pseudo-random bytes named by label (key material, encoded data)."""
    out = b''
    i = 0
    while len(out) < n:
        out += hashlib.sha256(b'%s/%d' % (label.encode(), i)).digest()
        i += 1
    return out[:n]


def noise(n, seed):
    """n bytes of a fixed pseudo-random sequence (stand-ins for compressed or binary data)."""
    out = bytearray()
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out.append((x >> 16) & 0xff)
    return bytes(out)


def write_pcapng(path, frames, first_seconds, step_micros):
    """One section, one Ethernet interface, each frame an enhanced packet block; a frame is its
    bytes, or (bytes, original length) for one cut by a snapshot length."""
    def block(btype, body):
        body += b'\0' * (-len(body) % 4)
        n = 12 + len(body)
        return struct.pack('<II', btype, n) + body + struct.pack('<I', n)

    out = block(0x0A0D0D0A, struct.pack('<IHHq', 0x1A2B3C4D, 1, 0, -1))
    out += block(1, struct.pack('<HHI', 1, 0, 65535))
    t = first_seconds * 1000000
    for i, frame in enumerate(frames):
        data, orig = frame if isinstance(frame, tuple) else (frame, None)
        ts = t + i * step_micros
        out += block(6, struct.pack('<IIIII', 0, ts >> 32, ts & 0xffffffff, len(data),
                                    orig if orig else len(data)) + data)
    with open(path, 'wb') as f:
        f.write(out)


def udp_frame(src, sport, dst, dport, payload, smac, dmac, ident):
    """One UDP datagram over IPv4 in an Ethernet frame, with correct checksums."""
    u = struct.pack('!HHHH', sport, dport, 8 + len(payload), 0)
    pseudo = a4(src) + a4(dst) + struct.pack('!BBH', 0, 17, len(u) + len(payload))
    u = u[:6] + struct.pack('!H', csum(pseudo + u + payload) or 0xffff) + payload
    ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(u), ident, 0x4000, 64, 17, 0, a4(src), a4(dst))
    ip = ip[:10] + struct.pack('!H', csum(ip)) + ip[12:]
    return mac(dmac) + mac(smac) + struct.pack('!H', 0x0800) + ip + u


class TcpConnection:
    """One TCP connection between a client and a server over Ethernet and IPv4 or IPv6 (by the
    addresses' form), written as frames into a shared list: the handshake, segments either way
    with their sequence and acknowledgment numbers kept, and the close. Initial sequence numbers
    come from the ports, so the bytes are the same on every run; checksums are correct."""

    def __init__(self, frames, client, cport, server, sport, cmac='00:0c:29:bb:00:07',
                 smac='00:50:56:aa:00:15'):
        self.frames = frames
        self.v6 = ':' in client
        self.addr = {True: client, False: server}
        self.port = {True: cport, False: sport}
        self.mac = {True: cmac, False: smac}
        self.seq = {True: 1000 + cport * 7, False: 5000 + sport * 13}
        self.ident = 1

    def segment(self, from_client, flags, payload=b''):
        """A segment from one side; SYN and FIN take a sequence number, data its length."""
        src, dst = self.addr[from_client], self.addr[not from_client]
        ack = self.seq[not from_client] if flags & 0x10 else 0
        hdr = struct.pack('!HHIIBBHHH', self.port[from_client], self.port[not from_client],
                          self.seq[from_client], ack, 5 << 4, flags, 64240, 0, 0)
        if self.v6:
            pseudo = a6(src) + a6(dst) + struct.pack('!IxxxB', len(hdr) + len(payload), 6)
        else:
            pseudo = a4(src) + a4(dst) + struct.pack('!BBH', 0, 6, len(hdr) + len(payload))
        hdr = hdr[:16] + struct.pack('!H', csum(pseudo + hdr + payload)) + hdr[18:]
        seg = hdr + payload
        if self.v6:
            ip = struct.pack('!IHBB16s16s', 6 << 28, len(seg), 6, 64, a6(src), a6(dst))
            etype = 0x86dd
        else:
            ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(seg), self.ident, 0x4000, 64, 6, 0,
                             a4(src), a4(dst))
            ip = ip[:10] + struct.pack('!H', csum(ip)) + ip[12:]
            etype = 0x0800
        self.ident += 1
        self.seq[from_client] = (self.seq[from_client] + len(payload) + (1 if flags & 0x03 else 0)) & 0xffffffff
        self.frames.append(mac(self.mac[not from_client]) + mac(self.mac[from_client])
                           + struct.pack('!H', etype) + ip + seg)

    def open(self):
        self.segment(True, 0x02)
        self.segment(False, 0x12)
        self.segment(True, 0x10)
        return self

    def send(self, from_client, payload):
        """Data with PSH and ACK."""
        self.segment(from_client, 0x18, payload)

    def ack(self, from_client):
        self.segment(from_client, 0x10)

    def close(self, client_first=True):
        self.segment(client_first, 0x11)
        self.segment(not client_first, 0x11)
        self.segment(client_first, 0x10)


class LineConnection(TcpConnection):
    """A text protocol's connection (FTP's control connection, SMTP): commands from the client,
    replies from the server, each acknowledged by the other side."""

    def cmd(self, line, end=b'\r\n'):
        self.send(True, (line.encode('latin-1') if isinstance(line, str) else line) + end)
        self.ack(False)

    def reply(self, line, end=b'\r\n'):
        self.send(False, (line.encode('latin-1') if isinstance(line, str) else line) + end)
        self.ack(True)


def client_hello(name):
    """A TLS 1.2 ClientHello record naming {name} (server_name only), for a connection that turns to TLS."""
    sni = name.encode()
    ext = struct.pack('!HHHBH', 0, len(sni) + 5, len(sni) + 3, 0, len(sni)) + sni
    body = (b'\x03\x03' + bytes(range(32)) + b'\x00' + struct.pack('!H', 4) + b'\x13\x01\x00\x2f'
            + b'\x01\x00' + struct.pack('!H', len(ext)) + ext)
    hs = b'\x01' + struct.pack('!I', len(body))[1:] + body
    return b'\x16\x03\x01' + struct.pack('!H', len(hs)) + hs


def send_acked(conn, from_client, data):
    """Data from one side, acknowledged by the other."""
    conn.send(from_client, data)
    conn.ack(not from_client)
