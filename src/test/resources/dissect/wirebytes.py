"""Byte helpers the synthetic-capture scripts of this directory share (make-synthetic.py,
make-nbns.py): the Internet checksum and addresses written out as bytes."""
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
