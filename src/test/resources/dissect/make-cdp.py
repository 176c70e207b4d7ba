#!/usr/bin/env python3
"""Writes cdp.pcapng: Cisco Discovery Protocol announcements for the CDP dissector's tests. A
campus switch, an IP phone, an access point (with HP's TLVs) and a router announce themselves
with every TLV type packet-cdp.c knows (device and port IDs, software version lines, platform,
addresses of several protocols, capabilities, IP prefixes and the ODR gateway, the cluster hello,
VTP domain, native and voice VLANs, duplex, power, MTU, trust, system name and OID, management
addresses, location, power requests, EnergyWise with its inner TLVs, spare-pair PoE), in 802.3
frames with LLC/SNAP and behind an 802.1Q tag. Around them: a TLV of an unknown type, lengths
below 4, a port ID whose length is 3 bytes short, addresses that do not fit, IP prefixes that run
past their TLV, an odd-length PDU, a bad checksum, a PDU cut by the snapshot length and one that
ends inside a TLV, and bytes after the last TLV. Deterministic: rerunning gives the same bytes.

    python3 make-cdp.py cdp.pcapng
"""
import struct
import sys

from wirebytes import a4, a6, mac, write_pcapng

CDP_MAC = '01:00:0c:cc:cc:cc'


def cdp_checksum(pdu):
    """CDP's checksum: RFC 1071's, except that an odd last byte is added as the low half of a
    word, with the off-by-one Cisco's code makes when that byte has its top bit set."""
    b = bytearray(pdu)
    if len(b) % 2:
        last = b[-1]
        b[-1] = 0
        b.append(last)
        if last & 0x80:
            b[-1] -= 1
            b[-2] = (b[-2] - 1) & 0xff
    s = sum(struct.unpack('!%dH' % (len(b) // 2), bytes(b)))
    s = (s >> 16) + (s & 0xffff)
    s += s >> 16
    return (~s) & 0xffff


def tlv(t, value, length=None):
    return struct.pack('!HH', t, 4 + len(value) if length is None else length) + value


def pdu(tlvs, ttl=180, version=2, bad_checksum=False, trailer=b''):
    body = b''.join(tlvs) + trailer
    c = cdp_checksum(struct.pack('!BBH', version, ttl, 0) + body)
    if bad_checksum:
        c ^= 0x5a5a
    return struct.pack('!BBH', version, ttl, c) + body


def frame(src, payload, vlan=None):
    """An 802.3 frame to the CDP multicast address: LLC/SNAP with Cisco's OUI and type 0x2000."""
    llc = b'\xaa\xaa\x03' + b'\x00\x00\x0c' + struct.pack('!H', 0x2000) + payload
    if vlan is None:
        f = mac(CDP_MAC) + mac(src) + struct.pack('!H', len(llc)) + llc
    else:
        f = mac(CDP_MAC) + mac(src) + struct.pack('!HHH', 0x8100, (5 << 13) | vlan, len(llc)) + llc
    return f + b'\0' * max(0, 60 - len(f))


def ipv4_address(ip):
    return struct.pack('!BB', 1, 1) + b'\xcc' + struct.pack('!H', 4) + a4(ip)


def ipv6_address(ip):
    return struct.pack('!BB', 2, 8) + b'\xaa\xaa\x03\x00\x00\x00\x86\xdd' + struct.pack('!H', 16) + a6(ip)


def addresses(t, *addrs, count=None):
    return tlv(t, struct.pack('!I', len(addrs) if count is None else count) + b''.join(addrs))


def text(t, s):
    return tlv(t, s.encode() if isinstance(s, str) else s)


SOFTWARE = ('Cisco IOS Software, C3750E Software (C3750E-UNIVERSALK9-M), Version 15.0(2)SE11, '
            'RELEASE SOFTWARE (fc3)\nTechnical Support: http://www.cisco.com/techsupport\n'
            'Copyright (c) 1986-2017 by Cisco Systems, Inc.\r\nCompiled Sat 19-Aug-17 09:34 by prod_rel_team')

frames = []
switch = '00:1e:bd:4c:22:81'
phone = '00:1b:54:c9:2a:10'
ap = '00:24:a8:3f:91:00'
router = '00:1a:2f:88:11:01'

# the switch: the common TLVs, the cluster hello, VTP, VLAN, duplex, trust, management addresses
frames.append(frame(switch, pdu([
    text(0x0001, 'core-sw1.example.net'),
    text(0x0005, SOFTWARE),
    text(0x0006, 'cisco WS-C3750E-48PD'),
    addresses(0x0002, ipv4_address('10.20.0.2'), ipv6_address('2001:db8:20::2')),
    text(0x0003, 'GigabitEthernet1/0/48'),
    tlv(0x0004, struct.pack('!I', 0x00000428)),
    tlv(0x0008, b'\x00\x00\x0c' + struct.pack('!H', 0x0112) + a4('10.20.0.1') + a4('255.255.255.255')
        + b'\x01\x02\x21\xff' + mac('00:1e:bd:4c:22:80') + mac('00:1e:bd:4c:22:81') + b'\xff'
        + struct.pack('!H', 20)),
    text(0x0009, 'CAMPUS'),
    tlv(0x000a, struct.pack('!H', 20)),
    tlv(0x000b, b'\x01'),
    tlv(0x0012, b'\x00'),
    tlv(0x0013, b'\x00'),
    addresses(0x0016, ipv4_address('10.20.0.2')),
    tlv(0x001a, struct.pack('!HH', 1, 2) + struct.pack('!III', 15400, 30000, 60000)),
])))

# the phone, behind a voice VLAN tag: VoIP VLAN query, power, MTU, system name/OID, location
frames.append(frame(phone, pdu([
    text(0x0001, 'SEP001B54C92A10'),
    addresses(0x0002, ipv4_address('10.30.5.17')),
    text(0x0003, 'Port 1'),
    tlv(0x0004, struct.pack('!I', 0x00000490)),
    text(0x0005, 'SCCP41.9-4-2SR3-1S'),
    text(0x0006, 'Cisco IP Phone 7941'),
    tlv(0x000e, b'\x01' + struct.pack('!H', 110)),
    tlv(0x000f, b'\x20\x00'),
    tlv(0x0010, struct.pack('!H', 6300)),
    tlv(0x0011, struct.pack('!I', 1500)),
    text(0x0014, 'phone-lobby'),
    tlv(0x0015, b'\x06\x08\x2b\x06\x01\x04\x01\x09\x01\x41'),
    tlv(0x0017, b'\x00' + b'Building 2, Lobby'),
    tlv(0x0019, struct.pack('!HH', 7, 3) + struct.pack('!II', 6300, 12900)),
    tlv(0x001f, b'\x0d'),
    tlv(0x000b, b'\x00'),
]), vlan=110))

# the access point: HP's TLVs (the values are text), an empty SSID, a NUL-padded device ID
frames.append(frame(ap, pdu([
    text(0x0001, b'ap-floor3\0\0\0'),
    text(0x0003, 'eth0'),
    text(0x1000, '00:24:a8:3f:91:10'),
    text(0x1001, 'SG12AB34CD'),
    text(0x1002, 'corp-wifi'),
    tlv(0x1002, b''),
    text(0x1003, '6'),
    text(0x1006, '161'),
    text(0x1007, '443'),
    text(0x1008, '00:24:a8:3f:91:00'),
    text(0x1009, '36'),
    text(0x100a, 'ap'),
    text(0x100b, 'monitor'),
    text(0x100c, 'g'),
    text(0x100d, 'a/n'),
])))

# EnergyWise: the fixed part, then role, domain, name, reply-to and an unknown inner TLV
nrgyz_table = (struct.pack('!II', 7, 8 + 8) + b'endpoint'
               + struct.pack('!II', 8, 8 + 6) + b'campus'
               + struct.pack('!II', 9, 8 + 10) + b'core-sw1\0\0'
               + struct.pack('!II', 0x17, 8 + 14) + struct.pack('!HH', 0, 43440) + a4('10.20.0.2')
               + struct.pack('!H', 43441) + a4('10.20.0.3')
               + struct.pack('!II', 0x21, 8 + 2) + b'\x01\x02')
nrgyz = (b'\x5a' * 20 + struct.pack('!II', 7, 1234) + b'WS-C3750E-48PD\0\0' + struct.pack('!H', 0)
         + b'V02' + b'FOC1234X0AB' + b'\0' * 8 + struct.pack('!HH', len(nrgyz_table), 5) + nrgyz_table)
frames.append(frame(switch, pdu([
    text(0x0001, 'core-sw1.example.net'),
    tlv(0x001d, nrgyz),
])))

# the router: ODR gateway, IP prefixes, an address of an unknown protocol, a short port ID length
frames.append(frame(router, pdu([
    text(0x0001, 'edge-rtr'),
    tlv(0x0007, a4('10.40.0.1')),
    tlv(0x0007, a4('10.40.1.0') + b'\x18' + a4('10.40.2.0') + b'\x17'),
    addresses(0x0002, struct.pack('!BB', 1, 1) + b'\x81' + struct.pack('!H', 3) + b'\x49\x00\x01',
              struct.pack('!BB', 2, 8) + b'\xaa\xaa\x03\x00\x00\x00\x08\x00' + struct.pack('!H', 4) + a4('10.40.0.1'),
              struct.pack('!BB', 9, 2) + b'\x01\x02' + struct.pack('!H', 0)),
    # the port ID's length leaves out 3 bytes: the byte after it is text, not a TLV type
    struct.pack('!HH', 0x0003, 4 + 9) + b'Serial0/0/0:1',
    tlv(0x0004, struct.pack('!I', 0x00000001)),
])))

# an unknown TLV type, an empty unknown TLV (the dissector stops there), bytes after the last TLV
frames.append(frame(router, pdu([text(0x0001, 'edge-rtr'), tlv(0x0042, b'\x01\x02\x03')])))
frames.append(frame(router, pdu([text(0x0001, 'edge-rtr'), tlv(0x0042, b''), text(0x0006, 'never shown')])))
# a TLV length below 4, then the rest as data
frames.append(frame(router, pdu([text(0x0001, 'edge-rtr'), struct.pack('!HH', 0x0006, 2), b'\xde\xad\xbe\xef'])))
# an odd-length PDU (a last byte with its top bit set), and a bad checksum
frames.append(frame(router, pdu([text(0x0001, 'edge-rtr\xe9'.encode('latin-1'))])))
frames.append(frame(router, pdu([text(0x0001, 'edge-rtr'), text(0x0003, 'Gi0/1')], bad_checksum=True)))
# addresses that do not fit their TLV: a protocol and an address cut short
frames.append(frame(router, pdu([addresses(0x0002, struct.pack('!BB', 2, 8) + b'\xaa\xaa\x03')])))
frames.append(frame(router, pdu([addresses(0x0002, ipv4_address('10.40.0.1')[:-2])])))
# more addresses counted than present, and an address list longer than its TLV
frames.append(frame(router, pdu([addresses(0x0002, ipv4_address('10.40.0.1'), count=3),
                                 text(0x0006, 'cisco ISR4331')])))
# IP prefixes whose last entry runs past the TLV: the 16-bit count wraps and reads on
frames.append(frame(router, pdu([tlv(0x0007, a4('10.40.1.0') + b'\x18' + b'\x0a\x28'),
                                 text(0x0006, 'cisco ISR4331')])))
# EnergyWise TLVs with a bad inner length and bytes left over
bad_table = struct.pack('!II', 9, 4) + b'\0' * 8
frames.append(frame(switch, pdu([tlv(0x001d, nrgyz[:72] + struct.pack('!HH', len(bad_table), 2) + bad_table)])))
frames.append(frame(switch, pdu([tlv(0x001d, nrgyz[:72] + struct.pack('!HH', 20, 1)
                                      + struct.pack('!II', 9, 12) + b'sw1\0' + b'\xff' * 8)])))
# a TLV running past the end of the PDU, and a PDU cut by the snapshot length
frames.append(frame(router, pdu([text(0x0001, 'edge-rtr'), struct.pack('!HH', 0x0006, 40) + b'cisco'])))
full = frame(switch, pdu([text(0x0001, 'core-sw1.example.net'), text(0x0005, SOFTWARE)]))
frames.append((full[:90], len(full)))

write_pcapng(sys.argv[1], frames, 1700000000, 1000000)
