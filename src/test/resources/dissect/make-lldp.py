#!/usr/bin/env python3
"""Writes lldp.pcapng: Link Layer Discovery Protocol announcements for the LLDP dissector's tests.
A campus switch announces itself as switches do on every port (chassis by MAC address, port by
interface name, TTL, port and system descriptions, system name, capabilities, IPv4 and IPv6
management addresses, the IEEE 802.1 port VLAN, VLAN name, port-and-protocol VLAN, protocol
identity and link aggregation, the IEEE 802.3 MAC/PHY status, link aggregation, maximum frame size
and Energy-Efficient Ethernet TLVs, and organisation TLVs of vendors packet-lldp.c has no dissector
for); then chassis and port IDs of every subtype, a shutdown LLDPDU (TTL 0), one behind an 802.1Q
tag, one cut short by the capture's snapshot length, TLVs whose lengths lie (past the end of the
PDU, too short or too long for their subtype, an ID longer than 256 bytes), missing and duplicated
mandatory TLVs, a TLV of an unknown type, no End of LLDPDU TLV, and bytes after it. Deterministic:
rerunning gives the same bytes.

    python3 make-lldp.py lldp.pcapng
"""
import struct
import sys

from wirebytes import a4, a6, mac, write_pcapng

LLDP_MAC = '01:80:c2:00:00:0e'
SWITCH = '00:1e:bd:4c:22:81'
PORT_MAC = '00:1e:bd:4c:22:b0'


def tlv(t, value, length=None):
    """A TLV: 7 bits of type, 9 bits of length (the value's, unless told to lie)."""
    return struct.pack('!H', (t << 9) | (len(value) if length is None else length)) + value


def org(oui, subtype, value, length=None):
    return tlv(127, struct.pack('!I', oui)[1:] + bytes([subtype]) + value, length)


def frame(payload, src=SWITCH, vlan=None, pad=True):
    """An Ethernet II frame to the nearest-bridge group address, padded to 60 bytes."""
    tag = b'' if vlan is None else struct.pack('!HH', 0x8100, vlan)
    f = mac(LLDP_MAC) + mac(src) + tag + struct.pack('!H', 0x88cc) + payload
    return f + b'\0' * max(0, 60 - len(f)) if pad else f


def chassis(subtype, value):
    return tlv(1, bytes([subtype]) + value)


def port(subtype, value):
    return tlv(2, bytes([subtype]) + value)


def ttl(seconds):
    return tlv(3, struct.pack('!H', seconds))


def mgmt(subtype, address, if_subtype=2, if_number=0, oid=b''):
    return tlv(8, bytes([len(address) + 1, subtype]) + address + bytes([if_subtype])
               + struct.pack('!I', if_number) + bytes([len(oid)]) + oid)


def caps(system, enabled):
    return tlv(7, struct.pack('!HH', system, enabled))


IEEE_802_1 = 0x0080c2
IEEE_802_3 = 0x00120f
END = tlv(0, b'')
CHASSIS = chassis(4, mac(SWITCH))
PORT = port(5, b'Gi1/0/1')
TTL = ttl(120)
SYSDESC = ('Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(7)E4, '
           'RELEASE SOFTWARE (fc2)\nTechnical Support: http://www.cisco.com/techsupport\n'
           'Copyright (c) 1986-2021 by Cisco Systems, Inc.')

frames = []

# the switch's announcement on one port, with everything a campus switch sends
frames.append(frame(CHASSIS + PORT + TTL
                    + tlv(4, b'GigabitEthernet1/0/1 - uplink to core')
                    + tlv(5, b'sw1')
                    + tlv(6, SYSDESC.encode())
                    + caps(0x0014, 0x0004)
                    + mgmt(1, a4('10.20.0.2'), 2, 42, b'\x2b\x06\x01\x04\x01\x09\x01\x81\x1c')
                    + mgmt(2, a6('2001:db8:20::2'), 3, 1)
                    + org(IEEE_802_1, 1, struct.pack('!H', 20))
                    + org(IEEE_802_1, 2, b'\x06' + struct.pack('!H', 30))
                    + org(IEEE_802_1, 3, struct.pack('!H', 20) + b'\x05users')
                    + org(IEEE_802_1, 4, b'\x02\x88\x8e')
                    + org(IEEE_802_1, 7, b'\x07' + struct.pack('!I', 3))
                    + org(IEEE_802_3, 1, b'\x03' + struct.pack('!HH', 0x6c01, 30))
                    + org(IEEE_802_3, 3, b'\x03' + struct.pack('!I', 3))
                    + org(IEEE_802_3, 4, struct.pack('!H', 1522))
                    + org(IEEE_802_3, 5, struct.pack('!HHHHH', 17, 17, 17, 16, 16))
                    + org(0x001b25, 9, b'\xde\xad\xbe\xef')
                    + org(0xfcfcfc, 1, b'vendor')
                    + END))

# chassis and port IDs of every subtype, two by two
ids = [
    (chassis(1, b'Chassis 1'), port(1, b'uplink')),
    (chassis(2, b'core-chassis'), port(2, b'\x01\x02\x03\x04')),
    (chassis(3, b'\x0a\x0b\x0c'), port(3, mac(PORT_MAC))),
    (chassis(5, b'\x01' + a4('10.20.0.2')), port(4, b'\x01' + a4('10.20.0.3'))),
    (chassis(5, b'\x02' + a6('2001:db8:20::2')), port(4, b'\x02' + a6('2001:db8:20::3'))),
    (chassis(5, b'\x06' + mac(SWITCH)), port(4, b'\x06' + mac(PORT_MAC))),
    (chassis(6, b'eth0'), port(6, b'circuit-7')),
    (chassis(7, b'SN-FOC1234X0AB'), port(7, b'port-17')),
    (chassis(0, b'\x01\x02'), port(0, b'\x01\x02')),
    (chassis(9, b'nine'), port(9, b'nine')),
]
for c, p in ids:
    frames.append(frame(c + p + TTL + END))

# a shutdown LLDPDU (TTL 0), padded to the minimum frame; the same behind an 802.1Q tag
frames.append(frame(CHASSIS + PORT + ttl(0) + END))
frames.append(frame(CHASSIS + PORT + TTL + tlv(5, b'sw1') + END, vlan=(7 << 13) | 20))

# cut short by the capture's snapshot length, inside the system description
full = frame(CHASSIS + PORT + TTL + tlv(5, b'sw1') + tlv(6, SYSDESC.encode()) + END)
frames.append((full[:80], len(full)))

# lengths that lie: a TLV running past the end of the PDU, IDs too short or too long for their
# subtype, a TTL and capabilities shorter than their fields, an ID of more than 256 bytes
frames.append(frame(CHASSIS + PORT + TTL + tlv(5, b'sw1', 300), pad=False))
frames.append(frame(tlv(1, b'\x04' + mac(SWITCH) + b'\x00') + PORT + TTL + END))
frames.append(frame(CHASSIS + tlv(2, b'\x03' + mac(PORT_MAC)[:4]) + TTL + END))
frames.append(frame(tlv(1, b'\x05\x01' + a4('10.20.0.2')[:3]) + PORT + TTL + END))
frames.append(frame(CHASSIS + tlv(2, b'\x04\x02' + a6('2001:db8::1')[:8]) + TTL + END))
frames.append(frame(tlv(1, b'\x04') + PORT + TTL + END))
frames.append(frame(CHASSIS + tlv(2, b'') + TTL + END))
frames.append(frame(CHASSIS + PORT + tlv(3, b'\x00') + END))
frames.append(frame(CHASSIS + PORT + TTL + tlv(7, b'\x00\x14') + tlv(5, b'sw1') + END))
frames.append(frame(CHASSIS + PORT + TTL + tlv(7, struct.pack('!HHH', 0x14, 4, 0)) + tlv(5, b'sw1') + END))
frames.append(frame(tlv(1, b'\x07' + b'x' * 300) + PORT + TTL + END, pad=False))
frames.append(frame(CHASSIS + tlv(2, b'\x05' + b'y' * 260) + TTL + END, pad=False))
# organisation TLVs whose lengths lie: too short for an OUI, for a VLAN ID, for a frame size,
# and longer than an 802.3 subtype needs
frames.append(frame(CHASSIS + PORT + TTL + tlv(127, b'\x00\x80') + END))
frames.append(frame(CHASSIS + PORT + TTL + org(IEEE_802_1, 1, b'\x00') + END))
frames.append(frame(CHASSIS + PORT + TTL + org(IEEE_802_3, 4, b'\x05') + END))
frames.append(frame(CHASSIS + PORT + TTL + org(IEEE_802_3, 4, b'\x05\xf2\x00\x00') + END))
frames.append(frame(CHASSIS + PORT + TTL + org(IEEE_802_1, 0x63, b'\x01') + org(IEEE_802_3, 0x63, b'\x01')
                    + END))
# management addresses whose string lengths lie: none at all, longer than the address
frames.append(frame(CHASSIS + PORT + TTL + tlv(8, b'\x00\x01' + b'\x02' + struct.pack('!I', 5) + b'\x00')
                    + END))
frames.append(frame(CHASSIS + PORT + TTL + tlv(8, b'\x07\x06' + mac(SWITCH) + b'\x01' + struct.pack('!I', 0)
                                               + b'\x00') + END))

# mandatory TLVs missing, out of order or repeated
frames.append(frame(CHASSIS + TTL + PORT + END))
frames.append(frame(CHASSIS + PORT + tlv(5, b'sw1') + TTL + END))
frames.append(frame(PORT + CHASSIS + TTL + END))
frames.append(frame(CHASSIS + PORT + TTL + tlv(5, b'sw1') + CHASSIS + END))
frames.append(frame(CHASSIS + PORT + TTL + PORT + END))
frames.append(frame(CHASSIS + PORT + TTL + TTL + END))

# an unknown TLV type; strings with a NUL inside, bytes that are not ASCII, an empty description
frames.append(frame(CHASSIS + PORT + TTL + tlv(9, b'abc') + tlv(126, b'') + END))
frames.append(frame(CHASSIS + PORT + TTL + tlv(5, b'sw\x001') + tlv(4, b'port \xe9\x01') + tlv(6, b'') + END))

# no End of LLDPDU TLV in a frame that needs no padding, and bytes after the End TLV
frames.append(frame(CHASSIS + PORT + TTL + tlv(5, b'sw1') + tlv(6, SYSDESC.encode())))
frames.append(frame(CHASSIS + PORT + TTL + tlv(5, b'sw1') + tlv(6, SYSDESC.encode()) + END + b'\xa5' * 6))

write_pcapng(sys.argv[1], frames, 1700000000, 1000000)
