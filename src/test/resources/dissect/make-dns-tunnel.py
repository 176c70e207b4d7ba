#!/usr/bin/env python3
"""Writes dns-tunnel.pcapng: DNS through one resolver (10.9.0.53) for the IOC report's DNS zones.
A client (10.9.0.5) tunnels through t.c2tunnel.net as dnscat2 does: hex-encoded data in labels
of up to 63 characters, TXT, CNAME and MX queries in turn, answers carrying hex back, a few
names in mixed case (resolvers' 0x20 randomisation). The same client also browses (a name asked
four times, twelve short names under cdn.example.org), and a mail server (10.9.0.25) asks a
blocklist about reversed addresses (many names under zen.spamhaus.org, none of them encoded).
Deterministic: rerunning gives the same bytes.

    python3 make-dns-tunnel.py dns-tunnel.pcapng
"""
import struct
import sys

from wirebytes import a4, det, udp_frame, write_pcapng

RESOLVER = '10.9.0.53'
CLIENT = '10.9.0.5'
MAIL = '10.9.0.25'
MACS = {RESOLVER: '00:16:3e:09:00:53', CLIENT: '00:16:3e:09:00:05', MAIL: '00:16:3e:09:00:25'}
TXT, CNAME, MX, A = 16, 5, 15, 1

frames = []
ident = [0x2000]
tid = [0x4100]


def hexdata(label, n):
    """n bytes named by label, as lower-case hex."""
    return det(label, n).hex()


def wire_name(name):
    out = b''
    for label in name.split('.'):
        out += bytes([len(label)]) + label.encode()
    return out + b'\0'


def send(src, sport, dst, dport, message):
    ident[0] += 1
    frames.append(udp_frame(src, sport, dst, dport, message, MACS[src], MACS[dst], ident[0]))


def lookup(client, name, qtype, answer=None, rcode=0):
    """A query and its response; answer is the rdata (bytes) of one answer record, or None."""
    tid[0] += 1
    sport = 40000 + tid[0] % 20000
    question = wire_name(name) + struct.pack('!HH', qtype, 1)
    send(client, sport, RESOLVER, 53, struct.pack('!HHHHHH', tid[0], 0x0100, 1, 0, 0, 0) + question)
    answers = b''
    if answer is not None:
        answers = struct.pack('!HHHIH', 0xc00c, qtype, 1, 60, len(answer)) + answer
    send(RESOLVER, 53, client, sport, struct.pack('!HHHHHH', tid[0], 0x8180 | rcode, 1,
                                                  0 if answer is None else 1, 0, 0) + question + answers)


def labels(hexstring):
    return '.'.join(hexstring[i:i + 63] for i in range(0, len(hexstring), 63))


def tunnel():
    for i in range(40):
        data = labels(hexdata('up%d' % i, 30 + (i * 7) % 20))
        name = data + '.t.c2tunnel.net'
        if i in (9, 27):
            name = name.upper()[:len(data)] + '.T.C2tunnel.NET'
        kind = (TXT, CNAME, MX)[i % 3]
        back = hexdata('down%d' % i, 12 + i % 9)
        if kind == TXT:
            rdata = bytes([len(back)]) + back.encode()
        elif kind == CNAME:
            rdata = wire_name(back + '.t.c2tunnel.net')
        else:
            rdata = struct.pack('!H', 10) + wire_name(back + '.t.c2tunnel.net')
        lookup(CLIENT, name, kind, rdata)
        if i % 10 == 4:
            lookup(CLIENT, 'www.example.com', A, a4('93.184.216.34'))


def browsing():
    for n in range(1, 13):
        lookup(CLIENT, 'img%d.cdn.example.org' % n, A, a4('192.0.2.%d' % (10 + n)))


def blocklist():
    for n in range(15):
        reversed_ip = '%d.%d.51.198' % (n * 17 % 250 + 1, n * 5 + 3)
        lookup(MAIL, reversed_ip + '.zen.spamhaus.org', A, a4('127.0.0.2') if n % 4 == 0 else None,
               rcode=0 if n % 4 == 0 else 3)


def main():
    tunnel()
    browsing()
    blocklist()
    write_pcapng(sys.argv[1], frames, 1767398400, 400000)


main()
