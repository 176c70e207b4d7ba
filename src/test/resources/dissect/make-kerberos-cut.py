#!/usr/bin/env python3
"""Writes kerberos-cut.pcap: kerberos.pcapng's Kerberos messages cut short, and its TCP records cut
into segments.

usage: src/test/resources/dissect/make-kerberos-cut.py   (writes beside itself; deterministic)

Made on 2026-11-30 (Python 3.11, the standard library only) from the real KDC's capture that
make-kerberos.sh made. Each UDP payload is resent from 10.0.0.1:50000 to 10.0.0.2:88, with the
IP and UDP lengths of what is kept, cut after 1, 2, 3 and 5 bytes, one byte before its end, and
at twelve offsets a seeded random.Random picks: the BER lengths inside then claim more than the
datagram holds, which is how Wireshark's BER helpers meet a message cut by a lying length or a
short read. Then each of its TCP connections again (from 10.0.0.1:40000 and up), the request
cut after 3 bytes (inside the record mark) and after 100, the reply twice in a row, cut 700 bytes
in: records reassembled across segments, and a segment that ends one record and starts the next.
tshark's fields for it are recorded like the other captures' (record-expected.sh).
"""
import os
import random
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
ETHERNET_IP_UDP = 14 + 20 + 8


def pcapng_packets(path):
    """The captured bytes of each Enhanced Packet Block."""
    data = open(path, "rb").read()
    out, i = [], 0
    while i < len(data):
        block_type, block_length = struct.unpack_from("<II", data, i)
        if block_type == 6:
            captured = struct.unpack_from("<I", data, i + 20)[0]
            out.append(data[i + 28:i + 28 + captured])
        i += block_length
    return out


def udp_frame(payload):
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + 8 + len(payload), 1, 0, 64, 17, 0,
                     bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2]))
    udp = struct.pack("!HHHH", 50000, 88, 8 + len(payload), 0)
    return b"\0" * 12 + b"\x08\x00" + ip + udp + payload


def tcp_segment(client_to_server, port, seq, ack, flags, payload):
    src, dst = bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2])
    sport, dport = port, 88
    if not client_to_server:
        src, dst, sport, dport = dst, src, dport, sport
    tcp = struct.pack("!HHIIBBHHH", sport, dport, seq, ack, 5 << 4, flags, 65535, 0, 0)
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 40 + len(payload), 1, 0, 64, 6, 0, src, dst)
    return b"\0" * 12 + b"\x08\x00" + ip + tcp + payload


def tcp_connection(port, request, reply):
    """A handshake, the request in three segments, the reply sent twice in two segments."""
    syn, ack, psh = 0x02, 0x10, 0x08
    client, server = 1000, 5000
    frames = [tcp_segment(True, port, client, 0, syn, b""),
              tcp_segment(False, port, server, client + 1, syn | ack, b"")]
    client, server = client + 1, server + 1
    frames.append(tcp_segment(True, port, client, server, ack, b""))
    for part in (request[:3], request[3:100], request[100:]):
        frames.append(tcp_segment(True, port, client, server, ack | psh, part))
        client += len(part)
    twice = reply + reply
    for part in (twice[:700], twice[700:]):
        frames.append(tcp_segment(False, port, server, client, ack | psh, part))
        server += len(part)
    return frames


def tcp_payloads(packets):
    """The TCP payloads with data, in order (each connection: one request, one reply)."""
    out = []
    for packet in packets:
        if packet[23] == 6:
            headers = 14 + 20 + (packet[14 + 20 + 12] >> 4) * 4
            if len(packet) > headers:
                out.append(packet[headers:])
    return out


def main():
    rng = random.Random(11)
    frames = []
    packets = pcapng_packets(os.path.join(HERE, "kerberos.pcapng"))
    for packet in packets:
        if packet[23] != 17:  # IPv4 protocol: UDP only
            continue
        message = packet[ETHERNET_IP_UDP:]
        cuts = {1, 2, 3, 5, len(message) - 1}
        cuts.update(rng.randrange(1, len(message)) for _ in range(12))
        frames.extend(udp_frame(message[:cut]) for cut in sorted(cuts))
    payloads = tcp_payloads(packets)
    for i in range(0, len(payloads) - 1, 2):
        frames.extend(tcp_connection(40000 + i // 2, payloads[i], payloads[i + 1]))
    with open(os.path.join(HERE, "kerberos-cut.pcap"), "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
        for i, frame in enumerate(frames):
            f.write(struct.pack("<IIII", i, 0, len(frame), len(frame)))
            f.write(frame)


main()
