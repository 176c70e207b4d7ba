#!/usr/bin/env python3
"""Writes ssh.pcapng: SSH connections for the SSH dissector's tests, each on its own TCP
connection. Key exchanges of every family packet-ssh.c reads (Diffie-Hellman with groups, group
exchange with the old and new requests, elliptic curve), host keys and signatures of every type
it knows and one it does not, ciphers it cannot decrypt (so that tshark shows the encrypted
packets as such), MACs of each length rule, encrypt-then-MAC; an SSH 1 connection; a capture that
starts in the middle of a connection; identification lines split across segments, in lower case,
with a NUL and bytes above 0x7f, after a server's greeting line; binary packets split across
three segments, several in one segment, a header cut after 2 bytes, the packet-ssh.c quirk that a
line split across segments never reassembles; and hostile packets: lengths
that wrap, padding longer than the packet, key lengths of 0 and 2000, an mpint running past the
packet, unknown message codes. Deterministic: rerunning gives the same bytes.

    python3 make-ssh.py ssh.pcapng
"""
import sys

from sshwire import det, encrypted, hostkey, kexinit, mpint, packet, signature, string, u32
from wirebytes import TcpConnection, write_pcapng


C_BANNER = b'SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n'
S_BANNER = b'SSH-2.0-OpenSSH_8.4p1 Ubuntu-6ubuntu2.1\r\n'


def dh_group1(frames):
    """diffie-hellman-group1-sha1, ssh-dss host key, 3des-cbc with hmac-md5, zlib."""
    t = TcpConnection(frames, '10.1.1.10', 50001, '10.1.1.22', 22, smac='00:50:56:aa:00:80')
    t.open()
    t.send(True, C_BANNER)
    t.send(False, S_BANNER)
    t.send(True, kexinit('c1', 'diffie-hellman-group1-sha1,diffie-hellman-group14-sha1', 'ssh-dss',
                                   '3des-cbc,blowfish-cbc', 'hmac-md5,hmac-sha1', 'zlib,none'))
    t.send(False, kexinit('s1', 'diffie-hellman-group14-sha1,diffie-hellman-group1-sha1',
                                    'ssh-dss,ssh-rsa', '3des-cbc', 'hmac-md5', 'none,zlib'))
    t.send(True, packet(bytes([30]) + mpint('e1', 128)))
    t.send(False, packet(bytes([31]) + hostkey('ssh-dss', 'hk1') + mpint('f1', 128)
                                   + signature('ssh-dss', 'sig1')) + packet(bytes([21])))
    t.send(True, packet(bytes([21])) + encrypted('c1x', 40 + 16))
    t.send(False, encrypted('s1x', 56 + 16))
    t.send(True, encrypted('c1y', 88 + 16))
    t.close()


def gex(frames):
    """diffie-hellman-group-exchange-sha256 with the new request, ssh-rsa key and rsa-sha2-512
    signature, aes128-ctr with hmac-sha2-256-etm: packet-ssh.c 4.0 settles no cipher after a
    group exchange, so the packets after NEWKEYS stay encrypted and uncut by a MAC."""
    t = TcpConnection(frames, '10.1.1.10', 50002, '10.1.1.22', 22, smac='00:50:56:aa:00:80')
    t.open()
    t.send(False, S_BANNER)
    t.send(True, C_BANNER)
    t.send(False, kexinit('s2', 'diffie-hellman-group-exchange-sha256', 'rsa-sha2-512,ssh-rsa',
                                    'aes128-ctr', 'hmac-sha2-256-etm@openssh.com'))
    t.send(True, kexinit('c2', 'curve25519-sha256,diffie-hellman-group-exchange-sha256',
                                   'rsa-sha2-512', 'aes128-ctr,aes256-ctr', 'hmac-sha2-256-etm@openssh.com'))
    t.send(True, packet(bytes([34]) + u32(2048) + u32(3072) + u32(8192)))
    t.send(False, packet(bytes([31]) + mpint('p2', 385) + mpint('g2', 1)))
    t.send(True, packet(bytes([32]) + mpint('e2', 384)))
    t.send(False, packet(bytes([33]) + hostkey('ssh-rsa', 'hk2') + mpint('f2', 384)
                                   + signature('rsa-sha2-512', 'sig2')))
    t.send(False, packet(bytes([21])))
    t.send(True, packet(bytes([21])))
    t.send(True, encrypted('c2x', 4 + 32 + 32))
    t.send(False, encrypted('s2x', 4 + 48 + 32))
    t.close()


def gex_old(frames):
    """The group exchange's old request (30), the exchange settled from the client's second
    choice, an ssh-ed25519 key with a signature of an unknown type and bytes after it."""
    t = TcpConnection(frames, '10.1.1.11', 50003, '10.1.1.22', 22, smac='00:50:56:aa:00:80')
    t.open()
    t.send(True, C_BANNER)
    t.send(False, S_BANNER)
    t.send(True, kexinit('c3', 'ext-info-c,diffie-hellman-group-exchange-sha1', 'ssh-ed25519',
                                   'blowfish-cbc', 'hmac-sha1-96', 'none'))
    t.send(False, kexinit('s3', 'diffie-hellman-group-exchange-sha1', 'ssh-ed25519',
                                    'blowfish-cbc', 'hmac-sha1-96', 'none'))
    t.send(True, packet(bytes([30]) + u32(4096)))
    t.send(False, packet(bytes([31]) + mpint('p3', 257) + mpint('g3', 1)))
    t.send(True, packet(bytes([32]) + mpint('e3', 256)))
    t.send(False, packet(bytes([33]) + hostkey('ssh-ed25519', 'hk3') + mpint('f3', 256)
                                   + signature('x-sig@example.com', 'sig3', b'\x00\x01\x02\x03')))
    t.close()


def ecdh(frames):
    """ecdh-sha2-nistp256 with an ecdsa-sha2-nistp256 key, blowfish-cbc (a cipher packet-ssh.c
    cannot decrypt) with hmac-sha2-256: the MAC the tree's title names, cut off each packet."""
    t = TcpConnection(frames, '10.1.1.12', 50004, '10.1.1.22', 22, smac='00:50:56:aa:00:80')
    t.open()
    t.send(True, C_BANNER)
    t.send(False, S_BANNER)
    t.send(True, kexinit('c4', 'ecdh-sha2-nistp256', 'ecdsa-sha2-nistp256', 'blowfish-cbc',
                                   'hmac-sha2-256', 'none', langs=('en-US', '')))
    t.send(False, kexinit('s4', 'ecdh-sha2-nistp384,ecdh-sha2-nistp256', 'ecdsa-sha2-nistp256',
                                    'aes256-cbc,blowfish-cbc', 'hmac-sha2-512,hmac-sha2-256', 'none'))
    t.send(True, packet(bytes([30]) + string(b'\x04' + det('qc4', 64))))
    t.send(False, packet(bytes([31]) + hostkey('ecdsa-sha2-nistp256', 'hk4')
                                   + string(b'\x04' + det('qs4', 64)) + signature('ecdsa-sha2-nistp256', 'sig4'))
                     + packet(bytes([21])) + encrypted('s4x', 4 + 28 + 32))
    t.send(True, packet(bytes([21])))
    t.send(True, encrypted('c4x', 4 + 60 + 32))
    t.send(False, encrypted('s4y', 3))
    t.close()


def ssh1(frames):
    """An SSH 1.5 client and server: the public key and session key messages, then packets
    after the keys."""
    t = TcpConnection(frames, '10.1.1.13', 50005, '10.1.1.22', 22, smac='00:50:56:aa:00:80')
    t.open()
    t.send(False, b'SSH-1.5-1.2.27\n')
    t.send(True, b'SSH-1.5-OpenSSH_2.1\n')
    body = bytes([2]) + det('pk', 60)
    t.send(False, u32(len(body) + 4) + bytes(8 - (len(body) + 4) % 8) + body + det('crc', 4))
    body = bytes([3]) + det('sk', 40)
    t.send(True, u32(len(body) + 4) + bytes(8 - (len(body) + 4) % 8) + body + det('crc2', 4))
    t.send(True, u32(20) + det('ssh1x', 4 + 20))
    t.send(False, u32(0x10000) + det('ssh1y', 12))
    t.close()


def midstream(frames):
    """A capture that starts after the key exchange: no identification lines, version unknown."""
    t = TcpConnection(frames, '10.1.1.14', 50006, '10.1.1.22', 22, smac='00:50:56:aa:00:80')
    t.send(True, encrypted('m1', 52))
    t.send(False, encrypted('m2', 100))
    t.send(True, encrypted('m3', 4))


def splits(frames):
    """A client line in two pieces: packet-ssh.c asks TCP for a length that wraps around, so the
    second piece is dissected alone and the connection's version stays unknown; a server greeting
    before its line; then packets shown as encrypted, one of 2 bytes."""
    t = TcpConnection(frames, '10.1.1.15', 50007, '10.1.1.22', 22, smac='00:50:56:aa:00:80')
    t.open()
    t.send(True, b'SSH-2.0-Put')
    t.send(True, b'TY_Release_0.78\r\n')
    t.send(False, b'Welcome to the lab\r\n' + S_BANNER)
    k = kexinit('c7', 'diffie-hellman-group14-sha256', 'ssh-rsa', 'arcfour256', 'hmac-md5-96', 'none',
                follows=1)
    t.send(True, k[:100])
    t.send(True, k[100:300])
    t.send(True, k[300:] + packet(bytes([30]) + mpint('e7', 256))[:2])
    t.send(True, packet(bytes([30]) + mpint('e7', 256))[2:])
    t.send(False, kexinit('s7', 'diffie-hellman-group14-sha256', 'ssh-rsa', 'arcfour256',
                                    'hmac-md5-96', 'none'))
    t.close()


def split_packets(frames):
    """Binary packets across segments once both lines are in: a KEXINIT in three pieces whose
    last also starts the next packet, cut after 2 bytes of its length, and a reply whose header
    and padding come in separate segments."""
    t = TcpConnection(frames, '10.1.1.17', 50010, '10.1.1.22', 22, smac='00:50:56:aa:00:80')
    t.open()
    t.send(True, C_BANNER)
    t.send(False, S_BANNER)
    k = kexinit('c10', 'diffie-hellman-group14-sha256', 'ssh-rsa', 'arcfour256', 'hmac-md5-96', 'none',
                follows=1)
    init = packet(bytes([30]) + mpint('e10', 256))
    t.send(True, k[:100])
    t.send(True, k[100:300])
    t.send(True, k[300:] + init[:2])
    t.send(True, init[2:])
    t.send(False, kexinit('s10', 'diffie-hellman-group14-sha256', 'ssh-rsa', 'arcfour256',
                                    'hmac-md5-96', 'none'))
    reply = packet(bytes([31]) + hostkey('ssh-rsa', 'hk10') + mpint('f10', 256) + signature('ssh-rsa', 'sig10'))
    t.send(False, reply[:5])
    t.send(False, reply[5:-4])
    t.send(False, reply[-4:] + packet(bytes([21])))
    t.close()


def oddities(frames):
    """Lower-case, NUL and non-ASCII identification lines; a message code the key exchange does
    not know and an Ignore; lengths that wrap and padding longer than the packet; a key length of
    0 and of 2000; an mpint that runs past its packet; an unknown host key type."""
    t = TcpConnection(frames, '10.1.1.16', 50008, '10.1.1.22', 22, smac='00:50:56:aa:00:80')
    t.open()
    t.send(True, b'ssh-2.0-lab\x00client \xe9t\xe9\r\n')
    t.send(False, b'SSH-1.99-Cisco-1.25\n')
    t.send(True, kexinit('c8', 'curve25519-sha256', 'x-key@example.com', 'cast128-cbc', 'umac-64@openssh.com',
                                   'none'))
    t.send(False, kexinit('s8', 'curve25519-sha256', 'x-key@example.com', 'cast128-cbc', 'umac-64@openssh.com',
                                    'none'))
    t.send(True, packet(bytes([2]) + string('padding')) + packet(bytes([99]) + det('u', 7)))
    t.send(True, packet(bytes([30]) + u32(0)))
    t.send(False, packet(bytes([31]) + hostkey('x-key@example.com', 'hk8') + string(det('qs8', 2000))
                                   + signature('ssh-ed25519', 'sig8')))
    t.send(True, u32(0xfffffffe) + bytes([4]) + bytes([2]) + det('w', 9))
    t.send(True, u32(12) + bytes([40]) + bytes([2]) + det('v', 10))
    t.send(False, packet(bytes([31]) + hostkey('ssh-rsa', 'hk8b')[:40] + u32(900) + det('f8', 20)))
    t.close()


def ipv6(frames):
    """SSH on TCP 29418 (Gerrit's port, in Wireshark's range) over IPv6."""
    t = TcpConnection(frames, '2001:db8::10', 50009, '2001:db8::22', 29418, smac='00:50:56:aa:00:80')
    t.open()
    t.send(False, b'SSH-2.0-GerritCodeReview_3.8.1 (APACHE-SSHD-2.9.2)\r\n')
    t.send(True, C_BANNER)
    t.send(True, kexinit('c9', 'curve25519-sha256@libssh.org', 'ssh-ed25519', 'aes128-ctr', 'hmac-sha1',
                                   'none'))
    t.close()


def main():
    frames = []
    for part in (dh_group1, gex, gex_old, ecdh, ssh1, midstream, splits, split_packets, oddities, ipv6):
        part(frames)
    write_pcapng(sys.argv[1], frames, 1767225600, 1000)


main()
