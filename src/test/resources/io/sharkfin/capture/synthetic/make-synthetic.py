#!/usr/bin/env python3
"""Builds the small synthetic captures of this folder, each exercising one corner of the pcap and
pcapng formats (byte order, nanosecond magic, FCS bits in the link type, several sections and
interfaces, if_tsresol decimal and binary, if_tsoffset, SPB, obsolete PB, comments, blocks that
must be skipped, gzip). The expected values in truth/ come from tshark 4.0.17, not from this
script: run `./make-synthetic.py && ./make-truth.sh` to regenerate both.

The frame payloads are arbitrary bytes: only the capture format matters here."""
import gzip, os, struct

HERE = os.path.dirname(os.path.abspath(__file__))


def payload(n, seed):
    return bytes((seed * 31 + i * 7) & 0xFF for i in range(n))


# ---------------------------------------------------------------- pcap

def pcap(order, magic, records, linktype=1, snaplen=65535, version=(2, 4)):
    out = struct.pack(order + 'IHHiIII', magic, version[0], version[1], 0, 0, snaplen, linktype)
    for sec, frac, data, orig, swap_lengths in records:
        incl = len(data)
        a, b = (orig, incl) if swap_lengths else (incl, orig)
        out += struct.pack(order + 'IIII', sec, frac, a, b) + data
    return out


def rec(sec, frac, n, seed, orig=None, swap=False):
    return (sec, frac, payload(n, seed), orig if orig is not None else n, swap)


def write(name, data):
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(data)


def make_pcaps():
    usec = [rec(1700000000, 1, 60, 1), rec(1700000000, 999999, 61, 2), rec(1700000001, 500000, 1514, 3)]
    write('be-usec.pcap', pcap('>', 0xa1b2c3d4, usec))
    nsec = [rec(1700000000, 1, 60, 1), rec(1700000000, 999999999, 42, 2), rec(4000000000, 123456789, 100, 3)]
    write('le-nsec.pcap', pcap('<', 0xa1b23c4d, nsec))
    write('be-nsec.pcap', pcap('>', 0xa1b23c4d, nsec))
    # FCS length present (0x04000000) with 2 sixteen-bit units (0x20000000) on top of Ethernet.
    write('fcs-bits.pcap', pcap('<', 0xa1b2c3d4, usec, linktype=0x24000001))
    # Snapshot length 64: captured lengths shorter than the original lengths.
    cut = [rec(1600000000, 10, 64, 4, orig=1000), rec(1600000000, 20, 40, 5), rec(1600000000, 30, 64, 6, orig=65)]
    write('snaplen64.pcap', pcap('<', 0xa1b2c3d4, cut, snaplen=64))
    # Version 2.1 wrote orig_len before incl_len.
    write('v21-swapped-lengths.pcap', pcap('<', 0xa1b2c3d4, [r[:4] + (True,) for r in cut],
                                           snaplen=64, version=(2, 1)))
    write('raw-ip-linktype228.pcap', pcap('>', 0xa1b2c3d4, usec, linktype=228))


# ---------------------------------------------------------------- pcapng

def pad4(b):
    return b + b'\0' * (-len(b) % 4)


def opt(o, code, value):
    return struct.pack(o + 'HH', code, len(value)) + pad4(value)


def opts(o, items):
    if not items:
        return b''
    return b''.join(opt(o, c, v) for c, v in items) + struct.pack(o + 'HH', 0, 0)


def block(o, btype, body):
    body = pad4(body)
    total = 12 + len(body)
    return struct.pack(o + 'II', btype, total) + body + struct.pack(o + 'I', total)


def shb(o, options=()):
    return block(o, 0x0A0D0D0A, struct.pack(o + 'IHHq', 0x1A2B3C4D, 1, 0, -1) + opts(o, list(options)))


def idb(o, linktype, snaplen=0, name=None, tsresol=None, tsoffset=None, extra=(), description=None,
        hardware=None):
    items = []
    if name is not None:
        items.append((2, name.encode()))
    if description is not None:
        items.append((3, description.encode()))
    if hardware is not None:
        items.append((15, hardware.encode()))
    if tsresol is not None:
        items.append((9, bytes([tsresol])))
    if tsoffset is not None:
        items.append((14, struct.pack(o + 'q', tsoffset)))
    items.extend(extra)
    return block(o, 1, struct.pack(o + 'HHI', linktype, 0, snaplen) + opts(o, items))


def epb(o, ifid, ticks, data, orig=None, comments=(), extra=()):
    items = [(1, c.encode()) for c in comments] + list(extra)
    body = struct.pack(o + 'IIIII', ifid, ticks >> 32, ticks & 0xFFFFFFFF, len(data),
                       orig if orig is not None else len(data)) + pad4(data) + opts(o, items)
    return block(o, 6, body)


def opb(o, ifid, ticks, data, drops=0, comments=()):
    body = struct.pack(o + 'HHIIII', ifid, drops, ticks >> 32, ticks & 0xFFFFFFFF, len(data), len(data)) \
        + pad4(data) + opts(o, [(1, c.encode()) for c in comments])
    return block(o, 2, body)


def spb(o, orig, data):
    return block(o, 3, struct.pack(o + 'I', orig) + pad4(data))


def nrb(o):
    rec4 = struct.pack(o + 'HH', 1, 4 + 12) + pad4(bytes([10, 0, 0, 1]) + b'host.test\0\0\0')
    return block(o, 4, rec4 + struct.pack(o + 'HH', 0, 0))


def isb(o, ifid):
    return block(o, 5, struct.pack(o + 'III', ifid, 0, 0) + opts(o, [(4, struct.pack(o + 'Q', 7))]))


def dsb(o):
    secret = b'CLIENT_RANDOM 00 11\n'
    return block(o, 0x0A, struct.pack(o + 'II', 0x544c534b, len(secret)) + pad4(secret))


def make_pcapngs():
    # Several sections, each with its own byte order and interfaces; interface ids restart.
    l, b = '<', '>'
    data = shb(l) + idb(l, 1, 65535, 'eth0') \
        + epb(l, 0, 1700000000_000001, payload(60, 1)) \
        + epb(l, 0, 1700000000_000002, payload(61, 2)) \
        + shb(b) + idb(b, 101, 65535, 'tun0', tsresol=9) \
        + epb(b, 0, 1700000001_123456789, payload(40, 3)) \
        + shb(l) + idb(l, 113, 128, 'any') + spb(l, 90, payload(90, 4)) + spb(l, 300, payload(128, 5))
    write('multi-section.pcapng', data)

    # One section, four interfaces with different link types and clocks, plus blocks to skip.
    o = '<'
    data = shb(o, [(1, b'section comment'), (4, b'make-synthetic.py')]) \
        + idb(o, 1, 262144, 'eth0', tsresol=6) \
        + idb(o, 101, 262144, 'tun0', tsresol=9) \
        + idb(o, 113, 262144, 'any', tsresol=0x80 | 20) \
        + idb(o, 276, 262144, 'lo', tsresol=3, tsoffset=1600000000) \
        + epb(o, 0, 1700000000_000001, payload(60, 1), comments=['first packet']) \
        + nrb(o) \
        + epb(o, 1, 1700000000_500000000, payload(40, 2)) \
        + isb(o, 0) \
        + epb(o, 2, (1700000000 << 20) + (1 << 19) + 3, payload(44, 3), comments=['two', 'comments']) \
        + dsb(o) \
        + block(o, 0x12345678, b'unknown block type') \
        + epb(o, 3, 123456, payload(50, 4), orig=1500) \
        + epb(o, 0, 1700000002_999999, payload(70, 5), extra=[(2, struct.pack(o + 'I', 1)), (2988, struct.pack(o + 'I', 32473) + b'x')])
    write('multi-if.pcapng', data)

    data = shb(b) + idb(b, 1, 64, 'eth0') + spb(b, 60, payload(60, 1)) + spb(b, 200, payload(64, 2)) \
        + spb(b, 3, payload(3, 3))
    write('spb-be.pcapng', data)

    data = shb(l) + idb(l, 1, 0, 'eth0') + idb(l, 1, 0, 'eth1', tsresol=9) \
        + opb(l, 0, 1500000000_000010, payload(60, 1), drops=3, comments=['obsolete']) \
        + opb(l, 1, 1500000000_000000020, payload(62, 2))
    write('opb.pcapng', data)

    # Binary resolution 2^-30 and a negative offset.
    data = shb(b) + idb(b, 1, 0, 'eth0', tsresol=0x80 | 30, tsoffset=-86400) \
        + epb(b, 0, (1700000000 << 30) + (1 << 29), payload(60, 1)) \
        + epb(b, 0, (1700000000 << 30) + 1, payload(60, 2))
    write('tsresol-binary-offset.pcapng', data)

    # Custom blocks and systemd journal entries are records of their own in tshark: they take
    # frame numbers although they hold no packet.
    data = shb(l) + idb(l, 1, 0, 'eth0') + epb(l, 0, 1, payload(60, 1)) \
        + block(l, 0xBAD, struct.pack(l + 'I', 32473) + b'custom data') \
        + block(l, 0x40000BAD, struct.pack(l + 'I', 12345) + b'nocopy') \
        + epb(l, 0, 2, payload(60, 2)) \
        + block(l, 9, b'__REALTIME_TIMESTAMP=1000000\nMESSAGE=x\n') \
        + epb(l, 0, 3, payload(60, 3))
    write('non-packet-records.pcapng', data)

    # The name tshark shows for an interface: if_name, else if_description, else if_hardware,
    # else "unknown".
    data = shb(l) + idb(l, 1, 0, 'eth0', description='ignored: the name wins') \
        + idb(l, 1, 0, description='uplink port') + idb(l, 1, 0, hardware='Intel 82574L') \
        + idb(l, 1, 0) + idb(l, 1, 0, description='desc first', hardware='then hardware') \
        + b''.join(epb(l, i, 1700000000_000000 + i, payload(60, i + 1)) for i in range(5))
    write('if-names.pcapng', data)


def make_gzips():
    for name in ('be-usec.pcap', 'multi-if.pcapng'):
        with open(os.path.join(HERE, name), 'rb') as f:
            data = f.read()
        write(name + '.gz', gzip.compress(data, mtime=0))
    # Two gzip members, split in the middle of a record: readers must join them.
    with open(os.path.join(HERE, 'le-nsec.pcap'), 'rb') as f:
        data = f.read()
    write('le-nsec-two-members.pcap.gz', gzip.compress(data[:50], mtime=0) + gzip.compress(data[50:], mtime=0))


if __name__ == '__main__':
    make_pcaps()
    make_pcapngs()
    make_gzips()
