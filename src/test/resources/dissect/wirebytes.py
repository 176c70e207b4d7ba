"""Byte helpers the synthetic-capture scripts of this directory share (make-synthetic.py,
make-nbns.py, make-xml.py, make-json.py, make-images.py, make-cdp.py, make-ssh.py): the Internet
checksum, addresses written out as bytes, an HTTP response in one TCP frame, a TCP connection's
frames, and a pcapng file of Ethernet frames."""
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


class TcpConversation:
    """One TCP connection between a client and a server (IPv4 or IPv6) as Ethernet frames: the
    handshake, data segments either way with their sequence and acknowledgement numbers kept,
    and the close. Each method returns the frames it made."""

    def __init__(self, client, server, cport, sport, cmac='00:0c:29:bb:00:07', smac='00:50:56:aa:00:80'):
        self.ends = {True: (client, cport, cmac), False: (server, sport, smac)}
        self.seq = {True: 1000, False: 5000}
        self.v6 = ':' in client
        self.ipid = 0

    def _frame(self, from_client, flags, payload=b''):
        (src, sp, smac), (dst, dp, dmac) = self.ends[from_client], self.ends[not from_client]
        ack = self.seq[not from_client] if flags & 0x10 else 0
        hdr = struct.pack('!HHIIBBHHH', sp, dp, self.seq[from_client], ack, 5 << 4, flags, 64240, 0, 0)
        if self.v6:
            pseudo = a6(src) + a6(dst) + struct.pack('!I3xB', len(hdr) + len(payload), 6)
        else:
            pseudo = a4(src) + a4(dst) + struct.pack('!BBH', 0, 6, len(hdr) + len(payload))
        hdr = hdr[:16] + struct.pack('!H', csum(pseudo + hdr + payload)) + hdr[18:]
        seg = hdr + payload
        self.seq[from_client] = (self.seq[from_client] + len(payload) + (1 if flags & 0x03 else 0)) & 0xffffffff
        self.ipid += 1
        if self.v6:
            ip = struct.pack('!IHBB16s16s', 0x60000000, len(seg), 6, 64, a6(src), a6(dst))
            return mac(dmac) + mac(smac) + struct.pack('!H', 0x86dd) + ip + seg
        ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(seg), self.ipid, 0x4000, 64, 6, 0, a4(src), a4(dst))
        ip = ip[:10] + struct.pack('!H', csum(ip)) + ip[12:]
        return mac(dmac) + mac(smac) + struct.pack('!H', 0x0800) + ip + seg

    def open(self):
        return [self._frame(True, 0x02), self._frame(False, 0x12), self._frame(True, 0x10)]

    def send(self, from_client, payload):
        """One segment with this payload (PSH, ACK)."""
        return [self._frame(from_client, 0x18, payload)]

    def close(self):
        return [self._frame(True, 0x11), self._frame(False, 0x11), self._frame(True, 0x10)]
