#!/usr/bin/env python3
"""Writes nbns.pcapng: the NetBIOS Name Service traffic of a Windows host on a small LAN, for the
NBNS dissector's tests. The host DESKTOP-7QK2M4F (10.0.0.23) looks for a WPAD server, registers,
refreshes and releases its names (unique and group, by broadcast and with a WINS server at
10.0.0.2), is asked for its node status by another host and answers with its name table, MAC
address and statistics. Around that traffic: negative and waiting (WACK) responses, a scope ID,
names that are not valid NetBIOS names, and messages cut short or lying about their contents
(counts above the records present, a name pointer past the end or looping, record data shorter
than its type needs, a message shorter than its header, a frame cut by the snapshot length).
Deterministic: rerunning gives the same bytes.

    python3 make-nbns.py nbns.pcapng
"""
import struct
import sys

from wirebytes import csum, a4, mac, write_pcapng


def ip4(src, dst, payload, ident):
    h = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(payload), ident, 0, 128, 17, 0,
                    a4(src), a4(dst))
    return h[:10] + struct.pack('!H', csum(h)) + h[12:] + payload


def udp(src, dst, payload, sport=137, dport=137):
    h = struct.pack('!HHHH', sport, dport, 8 + len(payload), 0)
    ph = a4(src) + a4(dst) + struct.pack('!xBH', 17, 8 + len(payload))
    c = csum(ph + h + payload) or 0xffff
    return h[:6] + struct.pack('!H', c) + payload


HOST_MAC = '00:15:5d:4a:7c:01'
WINS_MAC = '00:15:5d:4a:7c:02'
PEER_MAC = '00:15:5d:4a:7c:03'
FILESRV_MAC = '00:15:5d:4a:7c:0a'
BCAST_MAC = 'ff:ff:ff:ff:ff:ff'
HOST, WINS, PEER, FILESRV, BCAST = '10.0.0.23', '10.0.0.2', '10.0.0.40', '10.0.0.10', '10.0.0.255'
MACS = {HOST: HOST_MAC, WINS: WINS_MAC, PEER: PEER_MAC, FILESRV: FILESRV_MAC, BCAST: BCAST_MAC}

frames = []  # (bytes, original length or None)
ident = [0x1000]


def send(src, dst, message, sport=137, dport=137, pad_to=0, snap=None):
    """One NBNS datagram in Ethernet/IPv4/UDP; pad_to pads the frame (an Ethernet trailer)."""
    ident[0] += 1
    f = mac(MACS[dst]) + mac(MACS[src]) + struct.pack('!H', 0x0800) \
        + ip4(src, dst, udp(src, dst, message, sport, dport), ident[0])
    f += b'\0' * max(0, pad_to - len(f))
    frames.append((f[:snap] if snap else f, len(f) if snap else None))


# --- names ------------------------------------------------------------------------------------

def first_level(raw16):
    """RFC 1001's first-level encoding: each byte as two letters 'A'+nibble."""
    return bytes(c for b in raw16 for c in (0x41 + (b >> 4), 0x41 + (b & 15)))


def nb(name, suffix, pad=b' '):
    """A NetBIOS name: 15 characters padded, then the suffix byte."""
    raw = name.encode('latin-1') if isinstance(name, str) else name
    return raw.ljust(15, pad)[:15] + bytes([suffix])


def label_name(raw16, scope=()):
    """The encoded name as the first label, the scope ID's labels after it, then the root."""
    enc = first_level(raw16)
    out = bytes([len(enc)]) + enc
    for part in scope:
        out += bytes([len(part)]) + part.encode('latin-1')
    return out + b'\0'


def raw_label(text):
    """A name of one label holding these bytes as they are (not a valid encoding)."""
    return bytes([len(text)]) + text + b'\0'


# --- messages ---------------------------------------------------------------------------------

def header(tid, flags, qd=0, an=0, ns=0, ar=0):
    return struct.pack('!HHHHHH', tid, flags, qd, an, ns, ar)


def question(name, qtype=0x20, qclass=1):
    return name + struct.pack('!HH', qtype, qclass)


def rr(name, rdata, rtype=0x20, rclass=1, ttl=300000, rdlen=None):
    return name + struct.pack('!HHIH', rtype, rclass, ttl, len(rdata) if rdlen is None else rdlen) + rdata


def nb_data(*entries):
    """NB record data: (flags, address) pairs."""
    return b''.join(struct.pack('!H', f) + a4(a) for f, a in entries)


def node_status(names, unit, stats=True):
    """NBSTAT record data: the name table, the unit ID and, when asked, the statistics."""
    out = bytes([len(names)])
    for raw16, flags in names:
        out += raw16 + struct.pack('!H', flags)
    out += mac(unit)
    if stats:
        # jumpers, test result, version, period, CRCs, alignment errors, collisions, send aborts,
        # good sends, good receives, retransmits, no-resource conditions, command blocks,
        # pending sessions, max pending sessions, max total sessions, session data packet size
        out += struct.pack('!BBHHHHHHIIHHHHHHH', 0x00, 0xff, 0x0302, 0x1234, 3, 1, 2, 0,
                           123456, 654321, 7, 0, 4, 1, 32, 64, 1460)
    return out


# query flags: opcode << 11, RD 0x0100, B 0x0010; responses add 0x8000, AA 0x0400, RA 0x0080
Q_BCAST, Q_UNICAST = 0x0110, 0x0100
NAME_QUERY, REGISTRATION, RELEASE, WACK, REFRESH, REFRESH_ALT, MULTIHOMED = 0, 5, 6, 7, 8, 9, 15
B_UNIQUE, H_UNIQUE, B_GROUP, H_GROUP, P_UNIQUE, M_GROUP = 0x0000, 0x6000, 0x8000, 0xe000, 0x2000, 0xc000
ACTIVE, PERMANENT, CONFLICT, DEREGISTERING = 0x0400, 0x0200, 0x0800, 0x1000


def op(code):
    return code << 11


HOSTNAME = 'DESKTOP-7QK2M4F'
WPAD = label_name(nb('WPAD', 0x00))
H00 = label_name(nb(HOSTNAME, 0x00))
H20 = label_name(nb(HOSTNAME, 0x20))
WG00 = label_name(nb('WORKGROUP', 0x00))
WG1E = label_name(nb('WORKGROUP', 0x1e))
STAR = label_name(nb(b'*', 0x00, pad=b'\0'))
# the header is 12 bytes: a pointer to 0x0c names the first question's name again
PTR_Q1 = b'\xc0\x0c'

# a WPAD lookup by broadcast, three times, as Windows does; nobody answers
for tid in (0x8a01, 0x8a02, 0x8a03):
    send(HOST, BCAST, header(tid, Q_BCAST, qd=1) + question(WPAD))

# registration of the host's names by broadcast, each with its record in the additional section
for tid, name, flags in ((0x8a10, H00, B_UNIQUE), (0x8a11, H20, B_UNIQUE), (0x8a12, WG00, B_GROUP),
                         (0x8a13, WG1E, B_GROUP)):
    send(HOST, BCAST, header(tid, op(REGISTRATION) | Q_BCAST, qd=1, ar=1)
         + question(name) + rr(PTR_Q1, nb_data((flags, HOST))))

# registration with the WINS server (H-node): wait for acknowledgement, then yes; a second name
# owned by another node is refused
send(HOST, WINS, header(0x8a20, op(REGISTRATION) | Q_UNICAST, qd=1, ar=1)
     + question(H00) + rr(PTR_Q1, nb_data((H_UNIQUE, HOST))))
send(WINS, HOST, header(0x8a20, 0x8000 | op(WACK) | 0x0400, an=1)
     + rr(H00, struct.pack('!H', op(REGISTRATION) | Q_UNICAST), ttl=5))
send(WINS, HOST, header(0x8a20, 0x8000 | op(REGISTRATION) | 0x0400 | 0x0100 | 0x0080, an=1)
     + rr(H00, nb_data((H_UNIQUE, HOST)), ttl=518400))
send(HOST, WINS, header(0x8a21, op(REGISTRATION) | Q_UNICAST, qd=1, ar=1)
     + question(label_name(nb('FILESRV', 0x20))) + rr(PTR_Q1, nb_data((H_UNIQUE, HOST))))
send(WINS, HOST, header(0x8a21, 0x8000 | op(REGISTRATION) | 0x0400 | 0x0100 | 0x0080 | 6, an=1)
     + rr(label_name(nb('FILESRV', 0x20)), nb_data((H_UNIQUE, FILESRV)), ttl=0))

# name queries to the WINS server: a name it knows (a file server), a group with two members,
# and a name that does not exist (RFC 1002's negative response: no record data)
FS20 = label_name(nb('FILESRV', 0x20))
send(HOST, WINS, header(0x8a30, Q_UNICAST, qd=1) + question(FS20))
send(WINS, HOST, header(0x8a30, 0x8000 | 0x0400 | 0x0100 | 0x0080, an=1)
     + rr(FS20, nb_data((H_UNIQUE, FILESRV)), ttl=259200))
WG1C = label_name(nb('WORKGROUP', 0x1c))
send(HOST, WINS, header(0x8a31, Q_UNICAST, qd=1) + question(WG1C))
send(WINS, HOST, header(0x8a31, 0x8000 | 0x0400 | 0x0100 | 0x0080, an=1)
     + rr(WG1C, nb_data((H_GROUP, '10.0.0.2'), (H_GROUP, '10.0.0.3')), ttl=259200))
NX = label_name(nb('PRINTER01', 0x20))
send(HOST, WINS, header(0x8a32, Q_UNICAST, qd=1) + question(NX))
send(WINS, HOST, header(0x8a32, 0x8000 | 0x0400 | 0x0100 | 0x0080 | 3, an=1) + rr(NX, b'', ttl=0))
# the same refusal with record data, as some servers send it
send(WINS, HOST, header(0x8a33, 0x8000 | 0x0400 | 0x0100 | 0x0080 | 3, an=1)
     + rr(NX, nb_data((H_UNIQUE, '0.0.0.0')), ttl=0))

# refresh (both opcodes), a multi-homed registration and the release at shutdown
send(HOST, WINS, header(0x8a40, op(REFRESH) | Q_UNICAST, qd=1, ar=1)
     + question(H00) + rr(PTR_Q1, nb_data((H_UNIQUE, HOST)), ttl=518400))
send(HOST, WINS, header(0x8a41, op(REFRESH_ALT) | Q_UNICAST, qd=1, ar=1)
     + question(H20) + rr(PTR_Q1, nb_data((H_UNIQUE, HOST)), ttl=518400))
send(HOST, WINS, header(0x8a42, op(MULTIHOMED) | Q_UNICAST, qd=1, ar=1)
     + question(H00) + rr(PTR_Q1, nb_data((P_UNIQUE, HOST)), ttl=518400))
send(HOST, BCAST, header(0x8a43, op(RELEASE) | 0x0010, qd=1, ar=1)
     + question(H20) + rr(PTR_Q1, nb_data((B_UNIQUE, HOST)), ttl=0))
send(WINS, HOST, header(0x8a44, 0x8000 | op(RELEASE) | 0x0400, an=1)
     + rr(H20, nb_data((M_GROUP, HOST)), ttl=0))

# a query in a scope (the scope ID's labels follow the encoded name) and its answer
SCOPED = label_name(nb('INTRANET', 0x20), scope=('corp', 'example', 'com'))
send(HOST, BCAST, header(0x8a50, Q_BCAST, qd=1) + question(SCOPED))
send(FILESRV, HOST, header(0x8a50, 0x8000 | 0x0400 | 0x0100, an=1)
     + rr(SCOPED, nb_data((B_UNIQUE, FILESRV))))

# node status: another host asks the desktop for its names, which it lists with its MAC address
send(PEER, HOST, header(0x8a60, 0, qd=1) + question(STAR, qtype=0x21), sport=50137)
TABLE = [(nb(HOSTNAME, 0x00), ACTIVE | B_UNIQUE), (nb('WORKGROUP', 0x00), ACTIVE | B_GROUP),
         (nb(HOSTNAME, 0x20), ACTIVE | B_UNIQUE), (nb('WORKGROUP', 0x1e), ACTIVE | B_GROUP),
         (nb('WORKGROUP', 0x1d), ACTIVE | B_UNIQUE),
         (nb(b'\x01\x02__MSBROWSE__\x02', 0x01), ACTIVE | B_GROUP),
         (nb('ADMINISTRATOR', 0x03), ACTIVE | PERMANENT | P_UNIQUE),
         (nb('OLDNAME', 0x00), CONFLICT | DEREGISTERING | M_GROUP)]
send(HOST, PEER, header(0x8a60, 0x8000 | 0x0400, an=1)
     + rr(STAR, node_status(TABLE, HOST_MAC), rtype=0x21, ttl=0), dport=50137)
# a status answer whose name is a pointer (the names in it are read no longer than the pointer)
send(HOST, PEER, header(0x8a61, 0x8000 | 0x0400, qd=1, an=1) + question(STAR, qtype=0x21)
     + rr(PTR_Q1, node_status(TABLE[:3], HOST_MAC), rtype=0x21, ttl=0), dport=50137)
# one from an old stack that stops after the unit ID and a few statistics
send(HOST, PEER, header(0x8a62, 0x8000 | 0x0400, an=1)
     + rr(STAR, node_status(TABLE[:2], HOST_MAC, stats=False) + b'\x00\xff\x03\x02', rtype=0x21, ttl=0),
     dport=50137)

# names Wireshark cannot decode: an odd number of letters, too few, one outside A-Z, letters past
# P (their nibbles overflow), more than 32 letters (the first 16 bytes are kept), a bit-string
# label, a lone root name, and non-printable bytes in a valid name
send(HOST, BCAST, header(0x8b01, Q_BCAST, qd=1) + question(raw_label(b'EEEFFDFEEFEOEFFC' + b'CACACACACACACAC')))
send(HOST, BCAST, header(0x8b02, Q_BCAST, qd=1) + question(raw_label(b'EEEFFDFEEFEOEFFCCACACACACACA')))
send(HOST, BCAST, header(0x8b03, Q_BCAST, qd=1) + question(raw_label(b'EEEFFDFEeFEOEFFCCACACACACACACAAA')))
send(HOST, BCAST, header(0x8b04, Q_BCAST, qd=1) + question(raw_label(b'EEEFFDFEEFEOEFFCCACACACACACACaAA')))
send(HOST, BCAST, header(0x8b05, Q_BCAST, qd=1) + question(raw_label(b'ZZYXEFFDFEEFEOEFFCCACACACACACACA')))
send(HOST, BCAST, header(0x8b06, Q_BCAST, qd=1) + question(raw_label(first_level(nb('LONGNAME', 0x20)) + b'EBEC')))
send(HOST, BCAST, header(0x8b07, Q_BCAST, qd=1) + question(b'\x41\x10\xab\xcd\x00'))
send(HOST, BCAST, header(0x8b08, Q_BCAST, qd=1) + question(b'\x00'))
send(HOST, BCAST, header(0x8b09, Q_BCAST, qd=1) + question(label_name(nb(b'\x01\x02__MSBROWSE__\x02', 0x01))))
# a scope long enough that the record's item text passes Wireshark's 240-character label
LONG_SCOPE = label_name(nb('INTRANET', 0x20), scope=('a' * 60, 'b' * 60, 'c' * 60, 'd' * 30))
send(HOST, BCAST, header(0x8b0a, Q_BCAST, qd=1) + question(LONG_SCOPE))
send(FILESRV, HOST, header(0x8b0a, 0x8000 | 0x0400, an=1) + rr(LONG_SCOPE, nb_data((B_UNIQUE, FILESRV))))

# records of other types and classes, an unknown opcode, an authority section
send(WINS, HOST, header(0x8c01, 0x8000 | 0x0400, an=1, ns=1)
     + rr(H00, a4('10.0.0.23'), rtype=1, ttl=60)
     + rr(WG00, nb_data((B_GROUP, HOST)), rclass=3, ttl=60))
send(HOST, WINS, header(0x8c02, op(3) | Q_UNICAST, qd=1) + question(H00, qclass=255))
send(HOST, WINS, header(0x8c03, op(NAME_QUERY) | 0x0200 | 0x0400 | 0x0080 | 0x0040 | 0x000f, qd=1)
     + question(H00, qtype=0x0001, qclass=4))

# more corners: two questions in one request, a blank name, a scope with bytes that are not
# printable ASCII (UTF-8 and a tab), a record named by a pointer, TTLs with the top bit set (Wireshark reads them as
# negative), a WACK holding two flags words, other data with no bytes, and a node-status table
# whose unprintable names are longer than the buffer Wireshark writes them into
send(HOST, BCAST, header(0x8c10, Q_BCAST, qd=2) + question(WPAD) + question(label_name(nb('ISATAP', 0x00))))
send(HOST, BCAST, header(0x8c11, Q_BCAST, qd=1) + question(label_name(nb('', 0x20))))
send(HOST, BCAST, header(0x8c12, Q_BCAST, qd=1)
     + question(label_name(nb('CAF\xc9', 0x20), scope=('caf\xc3\xa9', 'x\ty'))))
send(WINS, HOST, header(0x8c13, 0x8000 | 0x0400, qd=1, an=2) + question(FS20)
     + rr(PTR_Q1, nb_data((H_UNIQUE, FILESRV)), ttl=0xffffffff)
     + rr(PTR_Q1, nb_data((H_UNIQUE, FILESRV)), ttl=0x80000000))
send(WINS, HOST, header(0x8c14, 0x8000 | op(WACK) | 0x0400, an=1)
     + rr(H00, struct.pack('!HH', op(REGISTRATION) | Q_UNICAST, 0x8000 | op(REGISTRATION)), ttl=2))
send(WINS, HOST, header(0x8c15, 0x8000 | 0x0400, an=1) + rr(H00, b'', rtype=0x000a, ttl=0))
send(HOST, PEER, header(0x8c16, 0x8000 | 0x0400, an=1)
     + rr(STAR, node_status([(b'\x01' * 15 + b'\x20', ACTIVE), (b'\xff' * 16, ACTIVE)], HOST_MAC),
          rtype=0x21, ttl=0), dport=50137)

# record data shorter than its type needs (Wireshark notes each "incomplete entry")
send(WINS, HOST, header(0x8d01, 0x8000 | 0x0400, an=1) + rr(FS20, struct.pack('!H', H_UNIQUE) + a4(FILESRV)[:2]))
send(WINS, HOST, header(0x8d02, 0x8000 | 0x0400, an=1) + rr(FS20, b'\x60'))
send(WINS, HOST, header(0x8d03, 0x8000 | op(WACK) | 0x0400, an=1) + rr(H00, b'\x29'))
send(HOST, PEER, header(0x8d04, 0x8000 | 0x0400, an=1) + rr(STAR, b'', rtype=0x21, ttl=0), dport=50137)
send(HOST, PEER, header(0x8d05, 0x8000 | 0x0400, an=1)
     + rr(STAR, bytes([2]) + nb(HOSTNAME, 0x00) + b'\x04\x00' + nb('WORKGROUP', 0x00)[:10], rtype=0x21, ttl=0),
     dport=50137)
send(HOST, PEER, header(0x8d06, 0x8000 | 0x0400, an=1)
     + rr(STAR, bytes([1]) + nb(HOSTNAME, 0x00) + b'\x04', rtype=0x21, ttl=0), dport=50137)
send(HOST, PEER, header(0x8d07, 0x8000 | 0x0400, an=1)
     + rr(STAR, bytes([1]) + nb(HOSTNAME, 0x00) + b'\x04\x00' + mac(HOST_MAC)[:4], rtype=0x21, ttl=0),
     dport=50137)

# messages that lie: more questions than present, a name pointer past the end and one to itself,
# record data longer than the message, a message shorter than its header (padded by Ethernet,
# whose trailer must not be read as NBNS), and a response cut by the snapshot length
send(HOST, BCAST, header(0x8e01, Q_BCAST, qd=2) + question(WPAD))
send(HOST, BCAST, header(0x8e02, Q_BCAST, qd=1) + question(b'\xc0\xff'))
send(HOST, BCAST, header(0x8e03, Q_BCAST, qd=1) + question(b'\xc0\x0c'))
send(WINS, HOST, header(0x8e04, 0x8000 | 0x0400, an=1) + rr(FS20, nb_data((H_UNIQUE, FILESRV)), rdlen=60))
send(HOST, BCAST, header(0x8e05, Q_BCAST, qd=1, an=1)[:10], pad_to=60)
send(HOST, BCAST, header(0x8e06, Q_BCAST)[:3], pad_to=60)
send(WINS, HOST, header(0x8e07, 0x8000 | 0x0400 | 0x0100 | 0x0080, an=1)
     + rr(FS20, nb_data((H_UNIQUE, FILESRV)), ttl=259200), snap=80)
# record data longer than the message in the last record: the tree stops at the record, the
# summary's pass, which reads no more than the items it adds, gets through (an NBSTAT table and
# data of another type), or stops elsewhere (an NB answer)
send(HOST, PEER, header(0x8e09, 0x8000 | 0x0400, an=1)
     + rr(STAR, node_status(TABLE[:2], HOST_MAC), rtype=0x21, ttl=0, rdlen=1 + 2 * 18 + 46 + 10), dport=50137)
send(WINS, HOST, header(0x8e0a, 0x8000 | 0x0400, an=1) + rr(H00, b'\0' * 8, rtype=0x000a, rdlen=20))
send(WINS, HOST, header(0x8e0b, 0x8000 | 0x0400, an=1) + rr(FS20, nb_data((H_UNIQUE, FILESRV)), rdlen=8))
# an answer whose address would be read from the bytes after a record without data
send(WINS, HOST, header(0x8e08, 0x8000 | 0x0400 | 3, an=2) + rr(NX, b'', ttl=0)
     + rr(FS20, nb_data((H_UNIQUE, FILESRV))))
# cut by the snapshot length where Wireshark's two passes part: right after the UDP header (UDP
# itself stops, before NBNS), and inside a record's data that only the tree reads, so that the
# summary's pass goes on to read the next record at the message's end
send(WINS, HOST, header(0x8e0c, 0x8000 | 0x0400 | 0x0100 | 0x0080, an=1)
     + rr(FS20, nb_data((H_UNIQUE, FILESRV)), ttl=259200), snap=42)
send(WINS, HOST, header(0x8e0d, 0x8000 | 0x0400, an=2) + rr(H00, b'\0' * 4, rtype=0x0041, ttl=2), snap=98)


write_pcapng(sys.argv[1], frames, 1700000000, 250000)
