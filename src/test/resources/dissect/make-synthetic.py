#!/usr/bin/env python3
"""Writes synthetic.pcapng: hand-made frames for the link, network and UDP dissectors that the
public corpus lacks (tunnels, IPv4 options, IPv6 extension headers and fragments, ICMP errors,
NDP, ARP duplicates, 802.3/LLC, stacked VLANs, every raw and loopback link type, Linux cooked v2,
malformed and snaplen-cut frames). Deterministic: rerunning gives the same bytes.

    python3 make-synthetic.py synthetic.pcapng
"""
import struct
import sys

from wirebytes import csum, a4, a6, mac


def ip4(src, dst, proto, payload, ttl=64, ident=1, flags_off=0x4000, opts=b'', tos=0,
        total=None, good_sum=True, ihl=None):
    hl = 20 + len(opts)
    if ihl is None:
        ihl = hl // 4
    tl = total if total is not None else hl + len(payload)
    h = struct.pack('!BBHHHBBH4s4s', 0x40 | ihl, tos, tl, ident, flags_off, ttl, proto, 0,
                    a4(src), a4(dst)) + opts
    if good_sum:
        h = h[:10] + struct.pack('!H', csum(h)) + h[12:]
    return h + payload


def ip6(src, dst, nxt, payload, hlim=64, tc=0, flow=0, plen=None):
    v = (6 << 28) | (tc << 20) | flow
    pl = len(payload) if plen is None else plen
    return struct.pack('!IHBB', v, pl, nxt, hlim) + a6(src) + a6(dst) + payload


def udp(sp, dp, payload, src=None, dst=None, length=None, v6=False, zero=False):
    ln = 8 + len(payload) if length is None else length
    h = struct.pack('!HHHH', sp, dp, ln, 0)
    if src is not None and not zero:
        if v6:
            ph = a6(src) + a6(dst) + struct.pack('!IxxxB', 8 + len(payload), 17)
        else:
            ph = a4(src) + a4(dst) + struct.pack('!xBH', 17, 8 + len(payload))
        c = csum(ph + h + payload) or 0xffff
        h = h[:6] + struct.pack('!H', c)
    return h + payload


def icmp(t, code, rest, payload):
    h = struct.pack('!BBH', t, code, 0) + rest + payload
    return h[:2] + struct.pack('!H', csum(h)) + h[4:]


def icmp6(src, dst, t, code, body):
    h = struct.pack('!BBH', t, code, 0) + body
    ph = a6(src) + a6(dst) + struct.pack('!IxxxB', len(h), 58)
    return h[:2] + struct.pack('!H', csum(ph + h)) + h[4:]


def eth(dst, src, etype, payload):
    return mac(dst) + mac(src) + struct.pack('!H', etype) + payload


M1, M2, M3 = '00:11:22:33:44:55', '66:77:88:99:aa:bb', '02:00:5e:10:00:01'
BCAST = 'ff:ff:ff:ff:ff:ff'

frames = []  # (interface, bytes, original length or None)


def add(data, iface=0, orig=None):
    frames.append((iface, data, orig))


def e4(src, dst, proto, payload, **kw):
    add(eth(M2, M1, 0x0800, ip4(src, dst, proto, payload, **kw)))


# --- IPv4 options ---------------------------------------------------------------------------
rr = bytes([7, 11, 8]) + a4('10.0.0.1') + a4('0.0.0.0')          # record route, 2nd slot next
ra = bytes([0x94, 4, 0, 0])                                         # router alert
ts = bytes([68, 12, 9, 0x01]) + a4('10.0.0.1') + b'\0\0\0\0'      # timestamp, ts+addr
opts = bytes([1]) + rr + ra + ts + bytes([0])                       # NOP ... EOL
opts += b'\0' * (-len(opts) % 4)
e4('10.0.0.1', '10.0.0.2', 17, udp(40000, 9999, b'options', '10.0.0.1', '10.0.0.2'), opts=opts)
lsrr = bytes([1, 0x83, 11, 4]) + a4('10.9.9.9') + a4('10.0.0.3')   # NOP + loose source route
e4('10.0.0.1', '10.0.0.2', 1, icmp(8, 0, struct.pack('!HH', 7, 1), b'lsrr'), opts=lsrr)

# --- tunnels --------------------------------------------------------------------------------
inner = ip4('192.168.1.1', '192.168.1.2', 17, udp(1234, 53, b'\0' * 12, '192.168.1.1', '192.168.1.2'))
e4('1.1.1.1', '2.2.2.2', 4, inner)
e4('1.1.1.1', '2.2.2.2', 41, ip6('2001:db8::1', '2001:db8::2', 58,
                                  icmp6('2001:db8::1', '2001:db8::2', 128, 0, struct.pack('!HH', 1, 1) + b'6in4')))
gre_payload = ip4('172.16.0.1', '172.16.0.2', 17, udp(40001, 40002, b'gre', '172.16.0.1', '172.16.0.2'))
gre = struct.pack('!HH', 0xb000, 0x0800)
gre_c = struct.pack('!HH', 0, 0) + struct.pack('!I', 0x1234) + struct.pack('!I', 42)
g = gre + gre_c + gre_payload
c = csum(g)
g = g[:4] + struct.pack('!H', c) + g[6:]
e4('10.1.1.1', '10.1.1.2', 47, g)
e4('10.1.1.1', '10.1.1.2', 47, struct.pack('!HH', 0, 0x6558) +
   eth(BCAST, M3, 0x0806, struct.pack('!HHBBH', 1, 0x0800, 6, 4, 1) + mac(M3) + a4('10.2.2.1')
       + b'\0' * 6 + a4('10.2.2.2')))
vx = struct.pack('!BBHI', 0x08, 0, 0, 4242 << 8) + eth(M1, M3, 0x0800, ip4(
    '10.3.3.1', '10.3.3.2', 17, udp(7000, 7001, b'vxlan', '10.3.3.1', '10.3.3.2')))
e4('10.1.1.1', '10.1.1.2', 17, udp(49152, 4789, vx, '10.1.1.1', '10.1.1.2'))

# --- IPv6 extension headers and fragments ---------------------------------------------------
A, B = 'fe80::211:22ff:fe33:4455', 'ff02::1'
echo6 = icmp6(A, B, 128, 0, struct.pack('!HH', 9, 1) + b'ext')
dst_opts = bytes([58, 0, 1, 4, 0, 0, 0, 0])                         # PadN only
hbh = bytes([60, 0, 5, 2, 0, 0, 1, 0])                              # router alert + PadN(0)
add(eth('33:33:00:00:00:01', M1, 0x86dd, ip6(A, B, 0, hbh + dst_opts + echo6, hlim=1)))
rh0 = bytes([58, 2, 0, 1, 0, 0, 0, 0]) + a6('2001:db8::99')
add(eth(M2, M1, 0x86dd, ip6('2001:db8::1', '2001:db8::2', 43,
                             rh0 + icmp6('2001:db8::1', '2001:db8::99', 128, 0, struct.pack('!HH', 3, 3)))))
big = icmp6('2001:db8::1', '2001:db8::2', 128, 0, struct.pack('!HH', 5, 1) + bytes(range(200)) * 8)
f1, f2 = big[:1208], big[1208:]
add(eth(M2, M1, 0x86dd, ip6('2001:db8::1', '2001:db8::2', 44,
                             struct.pack('!BBHI', 58, 0, 0 | 1, 0xabcd) + f1)))
add(eth(M2, M1, 0x86dd, ip6('2001:db8::1', '2001:db8::2', 44,
                             struct.pack('!BBHI', 58, 0, 1208, 0xabcd) + f2)))

# --- IPv4 fragments, out of order -----------------------------------------------------------
dgram = udp(6000, 6001, bytes(range(256)) * 10, '10.4.4.1', '10.4.4.2')
parts = [dgram[0:1024], dgram[1024:2048], dgram[2048:]]
e4('10.4.4.1', '10.4.4.2', 17, parts[2], ident=0x77, flags_off=2048 // 8)
e4('10.4.4.1', '10.4.4.2', 17, parts[0], ident=0x77, flags_off=0x2000)
e4('10.4.4.1', '10.4.4.2', 17, parts[1], ident=0x77, flags_off=0x2000 | (1024 // 8))

# --- ICMP errors and echo -------------------------------------------------------------------
quoted = ip4('10.0.0.2', '10.0.0.1', 17, udp(45000, 33434, b'probe-data-123', '10.0.0.2', '10.0.0.1'), ttl=1)
e4('10.0.0.1', '10.0.0.2', 1, icmp(3, 3, b'\0\0\0\0', quoted[:28 + 8]), ttl=64)
e4('10.0.0.9', '10.0.0.2', 1, icmp(11, 0, struct.pack('!xBxx', 10), quoted + b'\0' * (40 - len(quoted) % 40)))
tsval = struct.pack('!II', 1700000000, 123456)
e4('10.0.0.2', '10.0.0.1', 1, icmp(8, 0, struct.pack('!HH', 0x4242, 1), tsval + b'0123456789'))
e4('10.0.0.1', '10.0.0.2', 1, icmp(0, 0, struct.pack('!HH', 0x4242, 1), tsval + b'0123456789'))
q6 = ip6('2001:db8::2', '2001:db8::1', 17, udp(45000, 33434, b'six', '2001:db8::2', '2001:db8::1', v6=True))
add(eth(M1, M2, 0x86dd, ip6('2001:db8::1', '2001:db8::2', 58,
                             icmp6('2001:db8::1', '2001:db8::2', 1, 4, b'\0\0\0\0' + q6))))
LL1, LL2 = 'fe80::1', 'fe80::2'
ns = icmp6(LL1, 'ff02::1:ff00:2', 135, 0, b'\0\0\0\0' + a6(LL2) + bytes([1, 1]) + mac(M1))
add(eth('33:33:ff:00:00:02', M1, 0x86dd, ip6(LL1, 'ff02::1:ff00:2', 58, ns, hlim=255)))
na = icmp6(LL2, LL1, 136, 0, struct.pack('!I', 0x60000000) + a6(LL2) + bytes([2, 1]) + mac(M2))
add(eth(M1, M2, 0x86dd, ip6(LL2, LL1, 58, na, hlim=255)))
rs = icmp6(LL1, 'ff02::2', 133, 0, b'\0\0\0\0' + bytes([1, 1]) + mac(M1))
add(eth('33:33:00:00:00:02', M1, 0x86dd, ip6(LL1, 'ff02::2', 58, rs, hlim=255)))
pio = bytes([3, 4, 64, 0xc0]) + struct.pack('!III', 86400, 14400, 0) + a6('2001:db8:1::')
ra6 = icmp6(LL2, 'ff02::1', 134, 0, struct.pack('!BBHII', 64, 0, 1800, 0, 0) + pio + bytes([5, 1, 0, 0]) + struct.pack('!I', 1500))
add(eth('33:33:00:00:00:01', M2, 0x86dd, ip6(LL2, 'ff02::1', 58, ra6, hlim=255)))
add(eth(M2, M1, 0x86dd, ip6('2001:db8::1', '2001:db8::2', 58,
                             icmp6('2001:db8::1', '2001:db8::2', 128, 0, struct.pack('!HH', 0x77, 2) + b'ping6'))))
add(eth(M1, M2, 0x86dd, ip6('2001:db8::2', '2001:db8::1', 58,
                             icmp6('2001:db8::2', '2001:db8::1', 129, 0, struct.pack('!HH', 0x77, 2) + b'ping6'))))

mldq = icmp6(LL2, 'ff02::1', 130, 0, struct.pack('!HH', 0x8123, 0) + a6('::') + bytes([0x0a, 0x90])
             + struct.pack('!H', 1) + a6('2001:db8::77'))
add(eth('33:33:00:00:00:01', M2, 0x86dd, ip6(LL2, 'ff02::1', 0, bytes([58, 0, 5, 2, 0, 0, 1, 0]) + mldq, hlim=1)))
mldr = icmp6(LL1, 'ff02::16', 143, 0, struct.pack('!HH', 0, 1) + bytes([4, 0]) + struct.pack('!H', 0) + a6('ff02::fb'))
add(eth('33:33:00:00:00:16', M1, 0x86dd, ip6(LL1, 'ff02::16', 0, bytes([58, 0, 5, 2, 0, 0, 1, 0]) + mldr, hlim=1)))

# --- ARP, 802.3/LLC, stacked VLANs ----------------------------------------------------------
def arp(op, smac, sip, tmac, tip):
    return struct.pack('!HHBBH', 1, 0x0800, 6, 4, op) + mac(smac) + a4(sip) + mac(tmac) + a4(tip)


add(eth(BCAST, M1, 0x0806, arp(1, M1, '10.5.5.1', '00:00:00:00:00:00', '10.5.5.2') + b'\0' * 18))
add(eth(M1, M2, 0x0806, arp(2, M2, '10.5.5.2', M1, '10.5.5.1') + b'\0' * 18))
add(eth(BCAST, M2, 0x0806, arp(1, M2, '10.5.5.2', '00:00:00:00:00:00', '10.5.5.2') + b'\0' * 18))
add(eth(BCAST, M3, 0x0806, arp(2, M3, '10.5.5.2', M1, '10.5.5.1') + b'\0' * 18))
llc_ip = ip4('10.6.6.1', '10.6.6.2', 17, udp(1, 2, b'snap', '10.6.6.1', '10.6.6.2'))
snap = bytes([0xaa, 0xaa, 0x03, 0, 0, 0, 0x08, 0x00]) + llc_ip
add(mac(M2) + mac(M1) + struct.pack('!H', len(snap)) + snap + b'\0' * max(0, 46 - len(snap)))
stp = bytes([0x42, 0x42, 0x03]) + b'\0' * 35
add(mac('01:80:c2:00:00:00') + mac(M1) + struct.pack('!H', len(stp)) + stp + b'\0' * 8)
add(eth(BCAST, M1, 0x8100, struct.pack('!HH', 0xa00a, 0x8100) + struct.pack('!HH', 0x0014, 0x0806)
        + arp(1, M1, '10.7.7.1', '00:00:00:00:00:00', '10.7.7.2') + b'\0' * 10))

# --- broken and odd frames ------------------------------------------------------------------
e4('10.8.8.1', '10.8.8.2', 17, udp(1000, 2000, b'short'), total=200)       # total length > frame
add(eth(M2, M1, 0x0800, ip4('10.8.8.1', '10.8.8.2', 17, b'\x03\xe8\x07', total=28)))  # truncated UDP
full = eth(M2, M1, 0x0800, ip4('10.8.8.1', '10.8.8.2', 17, udp(1000, 2000, b'x' * 100)))
add(full[:60], orig=len(full))                                              # cut by snaplen
add(eth(M2, M1, 0x0800, ip4('10.8.8.1', '10.8.8.2', 17, b'\0' * 12, ihl=4)))  # header length 16
e4('10.8.8.1', '10.8.8.2', 17, udp(1000, 2000, b'abc', length=100))         # UDP length too big
add(eth(M2, M1, 0x0800, b'\x55' + b'\0' * 39))                               # IP version 5
add(eth(M2, M1, 0x0601, b'\0' * 46))                                        # invalid length/type
add(eth(M2, M1, 0x0800, ip4('10.9.0.1', '10.9.0.2', 17, udp(1, 2, b'') )) + b'\xde\xad\xbe\xef' * 3)
add(eth(M2, M1, 0x0800, ip4('10.9.0.1', '10.9.0.2', 17, udp(1, 2, b'z' * 30))) + b'\x11\x22\x33\x44')
e4('10.9.0.1', '10.9.0.2', 17, udp(33440, 40000, b'traceroute?', '10.9.0.1', '10.9.0.2'), ttl=3)
e4('10.9.0.1', '224.0.0.251', 17, udp(40007, 40007, b'\0' * 12, '10.9.0.1', '224.0.0.251'), ttl=1)
add(eth(M2, M1, 0x86dd, ip6('2002:c000:204::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2', 17,
                             udp(1, 2, b'6to4', '2002:c000:204::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2', v6=True))))
add(eth(M2, M1, 0x86dd, ip6('fe80::211:22ff:fe33:4455', 'fe80::5efe:a09:1', 17,
                             udp(1, 2, b'slaac', 'fe80::211:22ff:fe33:4455', 'fe80::5efe:a09:1', v6=True))))
add(eth(M2, M1, 0x86dd, ip6('64:ff9b::a0a:a0a', '::ffff:10.1.2.3', 17,
                             udp(1, 2, b'nat64', '64:ff9b::a0a:a0a', '::ffff:10.1.2.3', v6=True))))
e4('10.10.0.1', '10.10.0.2', 17, udp(3000, 3001, b'dscp', zero=True), tos=0xb9, flags_off=0xe000 | 5)

# --- more edge cases ------------------------------------------------------------------------
e4('10.12.0.1', '10.12.0.2', 17, udp(1, 2, b'badopt'), opts=bytes([0x07, 1, 0, 0]))         # option length 1
e4('10.12.0.1', '10.12.0.2', 1, icmp(8, 0, struct.pack('!HH', 9, 9), b'abc'))               # echo, no timestamp
lets = struct.pack('<II', 1700000000, 5)
e4('10.12.0.1', '10.12.0.2', 1, icmp(8, 0, struct.pack('!HH', 9, 10), lets + b'little-endian'))
e4('10.12.0.9', '10.12.0.1', 1, icmp(5, 1, a4('10.12.0.254'), quoted[:40]))                # redirect
ov = udp(6100, 6101, b'A' * 40, '10.13.0.1', '10.13.0.2')
e4('10.13.0.1', '10.13.0.2', 17, ov[:32], ident=0x99, flags_off=0x2000)
e4('10.13.0.1', '10.13.0.2', 17, b'B' * 16, ident=0x99, flags_off=0x2000 | 2)                # overlaps, differs
e4('10.13.0.1', '10.13.0.2', 17, ov[32:], ident=0x99, flags_off=4)
add(mac(M2) + mac(M1) + struct.pack('!H', 200) + bytes([0xaa, 0xaa, 0x03, 0, 0, 0x01, 0x20, 0]) + b'\0' * 38)
add(eth(BCAST, M1, 0x8100, struct.pack('!HH', 0x0005, 40) + bytes([0x42, 0x42, 0x03]) + b'\0' * 37))
add(mac(M2) + mac(M1)[:4])                                                                   # 10 bytes
add(eth(BCAST, M1, 0x0806, struct.pack('!HHBBH', 6, 0x0800, 4, 4, 1) + b'\1\2\3\4' + a4('10.5.5.1')
        + b'\0' * 4 + a4('10.5.5.7') + b'\0' * 20))
g2 = struct.pack('!HH', 0x4000, 0x0800) + struct.pack('!HH', 0, 0) + struct.pack('!HBB', 0x0800, 0, 4) + a4('1.2.3.4') \
    + struct.pack('!HBB', 0, 0, 0) + gre_payload
e4('10.1.1.1', '10.1.1.2', 47, g2)
add(eth(M2, M1, 0x86dd, ip6('2001:db8::1', '2001:db8::2', 17, udp(7, 8, b'zero', zero=True))))
add(eth(M2, M1, 0x86dd, ip6('2001:db8::1', '2001:db8::2', 17, udp(7, 8, b'jumbo', length=0))))
e4('10.0.0.9', '10.0.0.2', 1, icmp(12, 0, struct.pack('!BBxx', 20, 10), quoted + b'\0' * (40 - len(quoted) % 40)))
ext = struct.pack('!BBH', 0x20, 0, 0) + struct.pack('!HBB', 8, 200, 1) + struct.pack('!I', 0x12345101)
e = struct.pack('!BBH', 0x20, 0, 0) + ext[4:]
e = e[:2] + struct.pack('!H', csum(e)) + e[4:]
e4('10.0.0.9', '10.0.0.2', 1, icmp(11, 0, struct.pack('!xBxx', 32), (quoted + b'\0' * 128)[:128] + e))
mp = struct.pack('!BBH', 0x20, 0, 0) + struct.pack('!HBB', 12, 1, 1) + struct.pack('!II', 0x12345101, 0x0006e0fe)
mp = mp[:2] + struct.pack('!H', csum(mp)) + mp[4:]
e4('10.0.0.9', '10.0.0.2', 1, icmp(11, 0, struct.pack('!xBxx', 32), (quoted + b'\0' * 128)[:128] + mp))
add(eth(M2, M1, 0x0800, ip4('10.14.0.1', '10.14.0.2', 17, udp(1, 2, b'x' * 8)))[:20] + b'', orig=64)

# --- other link types -----------------------------------------------------------------------
v4 = ip4('10.11.0.1', '10.11.0.2', 17, udp(40053, 40054, b'\0' * 12, '10.11.0.1', '10.11.0.2'))
v6 = ip6('2001:db8::a', '2001:db8::b', 58, icmp6('2001:db8::a', '2001:db8::b', 128, 0, b'\0\1\0\1'))
add(struct.pack('<I', 2) + v4, iface=1)                     # NULL, little-endian AF_INET
add(struct.pack('>I', 30) + v6, iface=1)                    # NULL, big-endian AF_INET6 (Darwin)
add(struct.pack('<I', 0x0800) + v4, iface=1)                # NULL holding an ethertype
add(struct.pack('>I', 2) + v4, iface=2)                     # LOOP
add(v4, iface=3)
add(v6, iface=3)
add(b'\0' * 10 + v4, iface=3)                               # raw with 10 zero bytes
add(v4, iface=4)
add(v6, iface=5)
add(v4, iface=6)
add(v6, iface=7)
add(struct.pack('!HHIHBB', 0x0800, 0, 7, 1, 4, 6) + mac(M1) + b'\0\0' + v4, iface=8)     # SLL2
add(struct.pack('!HHH', 0, 1, 6) + mac(M1) + b'\0\0' + struct.pack('!H', 0x0806)
    + arp(1, M1, '10.5.5.1', '00:00:00:00:00:00', '10.5.5.9') + b'\0' * 16, iface=9)       # SLL v1
add(struct.pack('!HHH', 4, 772, 0) + b'\0' * 8 + struct.pack('!H', 0x86dd) + v6, iface=9)
add(struct.pack('!HHH', 0, 1, 6) + mac(M1) + b'\0\0' + struct.pack('!H', 4)
    + bytes([0x42, 0x42, 0x03]) + b'\0' * 35, iface=9)                                      # SLL LLC
add(b'\x45\x00', iface=3)                                    # raw IP, 2 bytes
add(b'\0' * 10 + v6, iface=3)                              # raw, zeros, then IPv6
add(struct.pack('<I', 0x86dd) + v6, iface=1)                # NULL holding the IPv6 ethertype
add(struct.pack('>I', 24) + v6, iface=2)                    # LOOP, AF_INET6 (BSD)
add(struct.pack('!HHH', 0, 1, 4) + a4('10.1.1.1') + b'\0' * 4 + struct.pack('!H', 0x0800) + v4, iface=9)
add(struct.pack('!HHH', 0, 1, 10) + b'\1' * 8 + struct.pack('!H', 0x0800) + v4, iface=9)

# --- DHCP and BOOTP -------------------------------------------------------------------------
# A Windows client's lease (DISCOVER, OFFER, REQUEST, ACK), then INFORM, RELEASE, a NAK, a
# relayed request with agent information, plain BOOTP without the magic cookie, and damaged
# options: what an analyst reads host names, vendor classes and WPAD URLs from.
CMAC = '00:0c:29:4f:8e:35'
SMAC = '00:50:56:c0:00:08'


def opt(code, value):
    return bytes([code, len(value)]) + value


def bootp(op, xid, chaddr=CMAC, secs=0, flags=0, ciaddr='0.0.0.0', yiaddr='0.0.0.0',
          siaddr='0.0.0.0', giaddr='0.0.0.0', hops=0, htype=1, hlen=6, sname=b'', file=b'',
          options=b'', cookie=True):
    hw = mac(chaddr) if hlen == 6 else chaddr
    m = struct.pack('!BBBBIHH4s4s4s4s', op, htype, hlen, hops, xid, secs, flags, a4(ciaddr),
                    a4(yiaddr), a4(siaddr), a4(giaddr))
    m += (hw + b'\0' * 16)[:16] + (sname + b'\0' * 64)[:64] + (file + b'\0' * 128)[:128]
    if cookie:
        m += b'\x63\x82\x53\x63'
    return m + options


def dhcp4(src, dst, sp, dp, payload, smac=CMAC, dmac=BCAST):
    add(eth(dmac, smac, 0x0800, ip4(src, dst, 17, udp(sp, dp, payload, src, dst), ttl=128)))


CLIENT_ID = opt(61, b'\x01' + mac(CMAC))
HOST = opt(12, b'DESKTOP-4C02EMG')
VENDOR = opt(60, b'MSFT 5.0')
PRL = opt(55, bytes([1, 3, 6, 15, 31, 33, 43, 44, 46, 47, 119, 121, 249, 252]))
LEASE = (opt(54, a4('10.6.9.1')) + opt(51, struct.pack('!I', 691200)) + opt(58, struct.pack('!I', 345600))
         + opt(59, struct.pack('!I', 604800)) + opt(1, a4('255.255.255.0')) + opt(3, a4('10.6.9.1'))
         + opt(6, a4('10.6.9.1') + a4('8.8.8.8')) + opt(15, b'lab.local\0') + opt(44, a4('10.6.9.2'))
         + opt(46, b'\x08') + opt(252, b'http://wpad.lab.local/wpad.dat'))
dhcp4('0.0.0.0', '255.255.255.255', 68, 67, bootp(1, 0x3903f326, options=opt(53, b'\x01') + CLIENT_ID
      + opt(50, a4('10.6.9.101')) + HOST + VENDOR + PRL + b'\xff'))
dhcp4('10.6.9.1', '10.6.9.101', 67, 68, bootp(2, 0x3903f326, yiaddr='10.6.9.101', siaddr='10.6.9.1',
      options=opt(53, b'\x02') + LEASE + b'\xff' + b'\0' * 26), smac=SMAC, dmac=CMAC)
dhcp4('0.0.0.0', '255.255.255.255', 68, 67, bootp(1, 0x3903f326, secs=0x0300, flags=0x8000,
      options=opt(53, b'\x03') + CLIENT_ID + opt(50, a4('10.6.9.101')) + opt(54, a4('10.6.9.1')) + HOST
      + opt(81, b'\x00\x00\x00DESKTOP-4C02EMG.lab.local') + VENDOR + PRL + b'\xff'))
dhcp4('10.6.9.1', '10.6.9.101', 67, 68, bootp(2, 0x3903f326, yiaddr='10.6.9.101', siaddr='10.6.9.1',
      options=opt(53, b'\x05') + LEASE + opt(81, b'\x03\xff\xff') + b'\xff'), smac=SMAC, dmac=CMAC)
dhcp4('10.6.9.101', '255.255.255.255', 68, 67, bootp(1, 0x1ecf9ccf, ciaddr='10.6.9.101',
      options=opt(53, b'\x08') + CLIENT_ID + HOST + VENDOR + opt(55, bytes([1, 15, 3, 6, 44, 46, 47, 31, 33,
      121, 249, 43, 252])) + b'\xff'))
dhcp4('10.6.9.101', '10.6.9.1', 68, 67, bootp(1, 0x77aa0102, ciaddr='10.6.9.101',
      options=opt(53, b'\x07') + opt(54, a4('10.6.9.1')) + CLIENT_ID + b'\xff'), dmac=SMAC)
dhcp4('10.6.9.1', '255.255.255.255', 67, 68, bootp(2, 0x5a5a0001, options=opt(53, b'\x06')
      + opt(54, a4('10.6.9.1')) + opt(56, b'requested address not available') + b'\xff'), smac=SMAC)
dhcp4('10.20.0.1', '10.6.9.1', 67, 67, bootp(1, 0x0badcafe, giaddr='10.20.0.1', hops=1,
      chaddr='00:1b:21:3a:4f:10', options=opt(53, b'\x01') + opt(61, b'\x00fw-lab-07')
      + opt(82, opt(1, b'eth0/1/3') + opt(2, b'\x00\x1b\x21\x3a\x4f\x10')) + opt(77, b'\x05iPXE!')
      + opt(93, b'\x00\x07') + opt(224, b'private!') + b'\xff'), smac='00:1b:21:3a:4f:99', dmac=SMAC)
dhcp4('0.0.0.0', '255.255.255.255', 68, 67, bootp(1, 0x00001234, sname=b'bootsrv', file=b'pxelinux.0',
      cookie=False) + b'\0' * 64)
dhcp4('10.6.9.1', '255.255.255.255', 67, 68, bootp(2, 0x00001234, yiaddr='10.6.9.77', siaddr='10.6.9.5',
      sname=b'bootsrv', file=b'pxelinux.0', cookie=False) + b'\0' * 64, smac=SMAC)
dhcp4('0.0.0.0', '255.255.255.255', 68, 67, bootp(1, 0x11110001, options=opt(53, b'\x01') + CLIENT_ID
      + opt(2, struct.pack('!i', -18000)) + opt(26, struct.pack('!H', 1500)) + opt(19, b'\x01')
      + opt(24, struct.pack('!I', 0xffffffff)) + opt(25, struct.pack('!HHH', 68, 296, 576))
      + opt(50, a4('10.6')) + b'\0\0\0' + opt(12, b'late-host') + b'\xff\0\0'))
dhcp4('0.0.0.0', '255.255.255.255', 68, 67, bootp(1, 0x11110002, options=opt(53, b'\x03') + CLIENT_ID
      + b'\x0c\x40short'))
dhcp4('0.0.0.0', '255.255.255.255', 68, 67, bootp(1, 0x11110003, htype=6, hlen=6,
      options=opt(53, b'\x0d') + opt(61, b'\xff\x00\x00\x00\x01\x00\x01\x2a\x3b\x4c\x5d' + mac(CMAC))))
dhcp4('0.0.0.0', '255.255.255.255', 68, 67, bootp(1, 0x11110004, htype=32, hlen=20,
      chaddr=bytes(range(1, 17)), options=opt(53, b'\x01') + b'\xff'))

# --- RIP ------------------------------------------------------------------------------------
# RIPv2 routes with tags, masks and next hops, a whole-table request, password and keyed-MD5
# authentication (with the digest's trailer), an unknown address family and a cut entry.
def rip(cmd, version, entries, src='10.7.0.1', dst='224.0.0.9'):
    add(eth('01:00:5e:00:00:09', M1, 0x0800, ip4(src, dst, 17, udp(520, 520, struct.pack('!BBH', cmd, version, 0)
        + entries, src, dst), ttl=2)))


def route(ip, metric, tag=0, mask='0.0.0.0', hop='0.0.0.0', family=2):
    return struct.pack('!HH4s4s4sI', family, tag, a4(ip), a4(mask), a4(hop), metric)


rip(2, 2, route('10.7.1.0', 1, 7, '255.255.255.0') + route('192.168.50.0', 3, 0, '255.255.254.0', '10.7.0.254')
    + route('0.0.0.0', 16))
rip(1, 2, route('0.0.0.0', 16, family=0))
rip(1, 1, route('0.0.0.0', 16, family=0))
rip(2, 2, struct.pack('!HH16s', 0xffff, 2, b's3cret') + route('10.7.2.0', 2, 0, '255.255.255.0'))
md5 = struct.pack('!HHHBBI8s', 0xffff, 3, 44, 1, 16, 77, b'')
rip(2, 2, md5 + route('10.7.3.0', 1, 0, '255.255.255.0') + struct.pack('!HH16s', 0xffff, 1, bytes(range(16))))
rip(2, 2, route('10.7.4.0', 1, 0, '255.255.255.0') + route('10.7.5.0', 1, family=17))
rip(2, 2, route('10.7.6.0', 1, 0, '255.255.255.0')[:12])

LINKTYPES = [1, 0, 108, 101, 228, 229, 12, 14, 276, 113]


def block(btype, body):
    body += b'\0' * (-len(body) % 4)
    n = 12 + len(body)
    return struct.pack('<II', btype, n) + body + struct.pack('<I', n)


out = block(0x0A0D0D0A, struct.pack('<IHHq', 0x1A2B3C4D, 1, 0, -1))
for lt in LINKTYPES:
    out += block(1, struct.pack('<HHI', lt, 0, 65535))
t = 1700000000 * 1000000
for i, (iface, data, orig) in enumerate(frames):
    ts = t + i * 1500
    out += block(6, struct.pack('<IIIII', iface, ts >> 32, ts & 0xffffffff, len(data),
                                orig if orig else len(data)) + data)
with open(sys.argv[1], 'wb') as f:
    f.write(out)
