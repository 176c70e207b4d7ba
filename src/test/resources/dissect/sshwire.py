"""SSH wire bytes for the synthetic SSH captures (make-ssh.py, make-ssh-tools.py): strings,
mpints and binary packets as RFC 4253 writes them, KEXINIT, host keys and signatures of each
type, and deterministic stand-ins for key material and encrypted bytes (rerunning a script
gives the same file)."""
import struct

from wirebytes import det


def u32(n):
    return struct.pack('!I', n & 0xffffffff)


def string(b):
    return u32(len(b)) + (b.encode() if isinstance(b, str) else b)


def mpint(label, n):
    return string(b'\x00' + det(label, n - 1))


def packet(payload, padding=None):
    """A binary packet: length, padding length, payload, padding (to a multiple of 8)."""
    if padding is None:
        padding = 8 - (5 + len(payload)) % 8
        if padding < 4:
            padding += 8
    return u32(1 + len(payload) + padding) + bytes([padding]) + payload + bytes(padding)


def kexinit(tag, kex, hostkey, enc, mac, comp='none,zlib@openssh.com', follows=0, langs=('', '')):
    body = bytes([20]) + det('cookie' + tag, 16)
    for names in (kex, hostkey, enc, enc, mac, mac, comp, comp, langs[0], langs[1]):
        body += string(names)
    return packet(body + bytes([follows]) + u32(0))


def hostkey(kind, label):
    if kind == 'ssh-rsa':
        blob = string('ssh-rsa') + string(b'\x01\x00\x01') + mpint(label + 'n', 257)
    elif kind == 'ssh-dss':
        blob = string('ssh-dss') + mpint(label + 'p', 129) + mpint(label + 'q', 21) \
            + mpint(label + 'g', 128) + mpint(label + 'y', 128)
    elif kind.startswith('ecdsa-sha2-'):
        blob = string(kind) + string(kind[len('ecdsa-sha2-'):]) + string(b'\x04' + det(label, 64))
    elif kind == 'ssh-ed25519':
        blob = string(kind) + string(det(label, 32))
    else:
        blob = string(kind) + det(label, 40)
    return string(blob)


def signature(kind, label, extra=b''):
    if kind in ('ssh-rsa', 'rsa-sha2-256', 'rsa-sha2-512'):
        body = string(kind) + (mpint(label, 256) if kind == 'ssh-rsa' else string(det(label, 256)))
    elif kind == 'ssh-dss':
        body = string(kind) + mpint(label, 40)
    elif kind.startswith('ecdsa-sha2-'):
        body = string(kind) + string(string(det(label + 'r', 32)) + string(det(label + 's', 32)))
    else:
        body = string(kind) + string(det(label, 64))
    return string(body + extra)


def encrypted(label, n):
    return det(label, n)
