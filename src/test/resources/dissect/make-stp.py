#!/usr/bin/env python3
"""Writes stp.pcapng: Spanning Tree BPDUs for the STP dissector's tests. Bridges of a campus LAN
send Configuration BPDUs (plain, with Topology Change, with its Acknowledgment, with the RSTP
bits a legacy BPDU does not show), Topology Change Notifications, RST BPDUs of each port role and
flag, MST BPDUs with MSTI records (IEEE 802.1s and the alternative format some Cisco switches
send), an SPT BPDU (802.1aq), and Cisco's PVST+ BPDUs on SNAP, in 802.3 frames with LLC and behind
an 802.1Q tag. Around them: BPDUs whose lengths lie (a Version 1 Length that is not 0, a Version 3
Length below the fixed part, past the BPDU, or not a whole number of MSTI records), an unknown
BPDU type and version, a root path cost above 2^31, a BPDU cut short by the snapshot length and
one shorter than its 802.3 length, bytes after the BPDU and Ethernet padding, and BPDUs in
Ethernet II frames of type 0x8181. Deterministic: rerunning gives the same bytes.

    python3 make-stp.py stp.pcapng
"""
import struct
import sys

from wirebytes import mac, write_pcapng

STP_MAC = '01:80:c2:00:00:00'
PVST_MAC = '01:00:0c:cc:cc:cd'
ROOT = '00:1c:0e:87:78:00'
BRIDGE = '00:1c:0e:87:85:00'
ACCESS = '00:24:97:3a:11:80'

# the flags of a BPDU (IEEE 802.1D-2004 9.3.3)
TC, PROPOSAL, LEARNING, FORWARDING, AGREEMENT, TCACK = 0x01, 0x02, 0x10, 0x20, 0x40, 0x80
ALTERNATE, ROOT_PORT, DESIGNATED = 1 << 2, 2 << 2, 3 << 2


def bridge_id(priority, ext, address):
    """A bridge identifier: 4 bits of priority, 12 of system ID extension (the VLAN), the MAC."""
    return struct.pack('!H', priority | ext) + mac(address)


def timers(msg_age=0.0, max_age=20.0, hello=2.0, forward=15.0):
    """The four times, in units of 1/256 second."""
    return struct.pack('!HHHH', *(int(t * 256) for t in (msg_age, max_age, hello, forward)))


def config(flags=0, root=(32768, 0, ROOT), cost=4, bridge=(32768, 0, BRIDGE), port=0x8004,
           version=0, bpdu_type=0x00, times=None):
    """The 35 bytes of a Configuration BPDU (and the start of the others)."""
    return (struct.pack('!HBBB', 0, version, bpdu_type, flags) + bridge_id(*root)
            + struct.pack('!I', cost) + bridge_id(*bridge) + struct.pack('!H', port)
            + (times if times is not None else timers()))


def rst(flags, version=2, version_1_length=0, **kw):
    """An RST BPDU: a Configuration BPDU of type 2 and its Version 1 Length."""
    return config(flags, version=version, bpdu_type=0x02, **kw) + bytes([version_1_length])


def mst_config(name='campus', revision=1, digest=bytes(range(0xa0, 0xb0))):
    """The MST configuration identifier: format selector 0, a 32-byte name, revision, digest."""
    return b'\x00' + name.encode().ljust(32, b'\0') + struct.pack('!H', revision) + digest


def msti(mstid, flags, priority, address, cost, bridge_priority, port_priority, hops=20):
    """One 16-byte MSTI configuration message (802.1s)."""
    return (bytes([flags]) + bridge_id(priority, mstid, address) + struct.pack('!I', cost)
            + bytes([bridge_priority << 4, port_priority << 4, hops]))


def mst(flags, mstis=(), version_3_length=None, cist_cost=20000, cist=(32768, 0, BRIDGE), hops=20,
        version=3, config_id=None):
    """An MST BPDU: an RST BPDU, the Version 3 Length, the CIST's part and the MSTI messages."""
    body = ((config_id if config_id is not None else mst_config()) + struct.pack('!I', cist_cost)
            + bridge_id(*cist) + bytes([hops]) + b''.join(mstis))
    length = 64 + 16 * len(mstis) if version_3_length is None else version_3_length
    return rst(flags, version=version, cost=0) + struct.pack('!H', length) + body


def alternative_mst(flags, mstis):
    """Cisco's pre-standard MST BPDU: Version 3 Length 0, the format selector holding the length,
    the CIST bridge identifier before its internal cost, and 26-byte MSTI messages."""
    body = b''
    for (mstid, mflags, priority, address, cost, bridge, port) in mstis:
        body += (struct.pack('!HB', mstid, mflags) + bridge_id(priority, mstid, address)
                 + struct.pack('!I', cost) + bridge_id(*bridge) + struct.pack('!HB', port, 20))
    total = 102 + len(body)
    cist = bridge_id(32768, 0, BRIDGE) + struct.pack('!I', 20000) + b'\x14'
    config_id = bytes([total - 39]) + b'legacy'.ljust(32, b'\0') + struct.pack('!H', 2) + bytes(16)
    return rst(flags, version=3, cost=0) + b'\x00\x00' + config_id + cist + body


def spt(flags):
    """An SPT BPDU (802.1aq, version 4): an MST BPDU, the Version 4 Length, the auxiliary MCID and
    the agreement data."""
    aux = b'\x00' + b'spb-aux'.ljust(32, b'\0') + struct.pack('!H', 3) + bytes(range(0x10, 0x20))
    agreement = bytes([0x35, 0x00, 0x21, 0x43]) + struct.pack('!H', 7) + bytes(8) + bytes(range(0x40, 0x54))
    v4 = aux + agreement
    return mst(flags, [msti(1, DESIGNATED | FORWARDING | LEARNING, 32768, ROOT, 0, 8, 8)],
               version=4) + struct.pack('!H', len(v4)) + v4


def frame(payload, src=BRIDGE, dst=STP_MAC, vlan=None, length=None, pad=True):
    """An 802.3 frame with LLC (DSAP and SSAP 0x42, UI), or behind an 802.1Q tag when vlan is
    set; length overrides the 802.3 length (a BPDU the length field cuts short)."""
    llc = b'\x42\x42\x03' + payload
    n = len(llc) if length is None else length
    if vlan is None:
        f = mac(dst) + mac(src) + struct.pack('!H', n) + llc
    else:
        f = mac(dst) + mac(src) + struct.pack('!HHH', 0x8100, (7 << 13) | vlan, n) + llc
    return f + b'\0' * (max(0, 60 - len(f)) if pad else 0)


def pvst(payload, vlan, pid=0x010b, tlvs=None):
    """Cisco's PVST+: the BPDU on SNAP (OUI 00:00:0c, PID 0x010b) to Cisco's address, tagged,
    padded to the 36 bytes of an RST BPDU and followed by the Originating VLAN TLV (or the TLVs
    given)."""
    tail = struct.pack('!HHH', 0, 2, vlan) if tlvs is None else tlvs
    snap = b'\xaa\xaa\x03\x00\x00\x0c' + struct.pack('!H', pid) + payload.ljust(36, b'\0') + tail
    f = mac(PVST_MAC) + mac(BRIDGE) + struct.pack('!HHH', 0x8100, vlan, len(snap)) + snap
    return f + b'\0' * max(0, 60 - len(f))


def ethertype(payload):
    """A BPDU in an Ethernet II frame of type 0x8181, padded to 60 bytes."""
    f = mac(STP_MAC) + mac(BRIDGE) + struct.pack('!H', 0x8181) + payload
    return f + b'\0' * max(0, 60 - len(f))


frames = [
    # legacy 802.1D: the root's hello relayed, then with TC, TCACK, both, and RSTP bits set
    frame(config()),
    frame(config(TC, times=timers(msg_age=1.5))),
    frame(config(TCACK)),
    frame(config(TC | TCACK | AGREEMENT | FORWARDING | LEARNING | DESIGNATED | PROPOSAL)),
    frame(config(root=(4096, 10, ROOT), bridge=(61440, 4095, ACCESS), cost=2000000, port=0xf001)),
    # Topology Change Notification, padded to 60 bytes
    frame(struct.pack('!HBB', 0, 0, 0x80), src=ACCESS),
    # RSTP: each port role with the flags it goes with
    frame(rst(PROPOSAL)),
    frame(rst(ALTERNATE | AGREEMENT)),
    frame(rst(ROOT_PORT | LEARNING | FORWARDING | AGREEMENT)),
    frame(rst(DESIGNATED | LEARNING | FORWARDING | TC)),
    frame(rst(DESIGNATED | PROPOSAL | TCACK)),
    frame(rst(0xff)),
    frame(rst(ROOT_PORT | FORWARDING | LEARNING, cost=0x80000001)),
    # MSTP: three MSTIs, then none
    frame(mst(DESIGNATED | LEARNING | FORWARDING, [
        msti(1, DESIGNATED | LEARNING | FORWARDING | TC, 4096, ROOT, 20000, 8, 8),
        msti(10, ALTERNATE | AGREEMENT, 32768, BRIDGE, 0, 0, 12, hops=19),
        msti(4094, ROOT_PORT | PROPOSAL | TCACK, 61440, ACCESS, 200000000, 15, 0, hops=1),
    ])),
    frame(mst(ROOT_PORT | FORWARDING | LEARNING | AGREEMENT, config_id=mst_config('r\u00e9gion-2', revision=0xffff))),
    # tagged: 802.1Q with an 802.3 length inside
    frame(rst(DESIGNATED | LEARNING | FORWARDING), vlan=20, dst='01:80:c2:00:00:00'),
    # the alternative MST format: Version 3 Length 0
    frame(alternative_mst(DESIGNATED | FORWARDING | LEARNING, [
        (1, DESIGNATED | FORWARDING | LEARNING, 4096, ROOT, 20000, (4096, 1, BRIDGE), 0x8001),
        (2, ALTERNATE, 8192, ROOT, 40000, (32768, 2, BRIDGE), 0x8002),
    ])),
    # SPT (version 4)
    frame(spt(DESIGNATED | FORWARDING | LEARNING)),
    # lengths that lie: Version 1 Length not 0 (so no MST part), a Version 3 Length below 64
    # (read as a count of MSTIs), one not a whole number of MSTIs, one past the BPDU, and 0
    # with a format selector that is no length
    frame(mst(DESIGNATED, [msti(1, 0, 32768, ROOT, 1, 8, 8)])[:35] + b'\x05'
          + mst(DESIGNATED, [msti(1, 0, 32768, ROOT, 1, 8, 8)])[36:]),
    frame(mst(DESIGNATED, [msti(1, 0, 32768, ROOT, 1, 8, 8), msti(2, 0, 32768, ROOT, 2, 8, 8)],
              version_3_length=2)),
    frame(mst(DESIGNATED, [msti(1, 0, 32768, ROOT, 1, 8, 8), msti(2, 0, 32768, ROOT, 2, 8, 8)],
              version_3_length=64 + 20)),
    frame(mst(DESIGNATED, [msti(1, 0, 32768, ROOT, 1, 8, 8)], version_3_length=64 + 16 * 5)),
    frame(mst(DESIGNATED, [msti(1, 0, 32768, ROOT, 1, 8, 8)], version_3_length=0)),
    # version 3 with a Version 3 Length, but shorter than 102 bytes: an RST BPDU and more
    frame(rst(DESIGNATED, version=3) + b'\x00\x40' + bytes(20)),
    # trailing bytes: an RST BPDU followed by 10 bytes the 802.3 length covers, an MST BPDU too
    frame(rst(DESIGNATED | FORWARDING | LEARNING) + b'\xde\xad\xbe\xef' * 3),
    frame(mst(DESIGNATED, [msti(3, 0, 32768, ROOT, 1, 8, 8)]) + b'\x00' * 6),
    # unknown version and type
    frame(rst(DESIGNATED, version=7)),
    frame(config(bpdu_type=0x07) + b'\x01\x02'),
    frame(struct.pack('!HBB', 0, 1, 0x80)),
    # cut short: by the snapshot length inside the bridge identifier, by the 802.3 length in the
    # root path cost (what follows is zeros, Ethernet's padding), and an MST BPDU cut inside its
    # second MSTI
    (frame(config(TC))[:14 + 3 + 20], 60),
    frame(config(cost=0, bridge=(0, 0, '00:00:00:00:00:00'), port=0, times=bytes(8)), length=3 + 15),
    (frame(mst(DESIGNATED, [msti(1, 0, 32768, ROOT, 1, 8, 8), msti(2, 0, 32768, ROOT, 2, 8, 8)]),
           pad=False)[:14 + 3 + 102 + 16 + 7],
     14 + 3 + 102 + 32),
    frame(b'\x00'),
    # Cisco PVST+ on VLAN 20: Configuration and RST BPDUs with the Originating VLAN TLV, one
    # without it, one with a TLV of an unknown type and a VLAN TLV of the wrong length, one
    # whose TLV runs past the frame, and a plain BPDU on Cisco's VLAN-bridge PID
    pvst(config(root=(32768, 20, ROOT), bridge=(32768, 20, BRIDGE)), 20),
    pvst(rst(DESIGNATED | LEARNING | FORWARDING, root=(32768, 20, ROOT), bridge=(32768, 20, BRIDGE)), 20),
    pvst(rst(DESIGNATED, root=(32768, 30, ROOT), bridge=(32768, 30, BRIDGE)), 30, tlvs=b''),
    pvst(config(), 30, tlvs=struct.pack('!HHH', 7, 2, 30) + struct.pack('!HHB', 0, 1, 30)),
    pvst(config(), 30, tlvs=struct.pack('!HHH', 0, 40, 30)),
    pvst(config(TC), 40, pid=0x010c, tlvs=b''),
    # Ethernet type 0x8181: the bytes after a Configuration BPDU or a TCN are the frame's padding
    ethertype(config(TCACK)),
    ethertype(struct.pack('!HBB', 0, 0, 0x80)),
    ethertype(rst(ROOT_PORT | FORWARDING | LEARNING)),
]

write_pcapng(sys.argv[1] if len(sys.argv) > 1 else 'stp.pcapng', frames, 1700100000, 2000000)
