"""Byte helpers the synthetic-capture scripts of this directory share (make-synthetic.py,
make-nbns.py, make-xml.py, make-json.py, make-images.py, make-cdp.py): the Internet checksum,
addresses written out as bytes, an HTTP response in one TCP frame, and a pcapng file of Ethernet
frames."""
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
