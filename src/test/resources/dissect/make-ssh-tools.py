#!/usr/bin/env python3
"""Writes ssh-tools.pcapng: SSH clients of the kinds the SSH filter pack (filters/ssh.yaml) looks
for, against two servers. An outside host (203.0.113.50) tries the lab's OpenSSH 7.4 server
(10.1.2.22) with Paramiko 2.4.1 as Metasploit's SSH modules use it (its KEXINIT offers exactly
Paramiko 2.4.1's algorithm lists, whose HASSH is b5752e36ba6c5979a575e43178908adf, one of the
examples of the HASSH project's README), with two short Go x/crypto/ssh connections that stop after
the key exchange offer, and with libssh2; an administrator (10.1.2.10) logs in with OpenSSH 9.2;
an old embedded server (10.1.2.30, Dropbear 2012.55) offers diffie-hellman-group1-sha1, 3DES and
HMAC-MD5; then a second outside host (198.51.100.77) sprays the OpenSSH server with twelve libssh
connections in half a minute, each a key exchange and a few encrypted packets (a password try)
before the server closes it. Ciphers agreed are ones tshark 4.0 cannot decrypt (blowfish-cbc, 3des-cbc), so tshark and
sharkfin show the packets after New Keys alike. Deterministic: rerunning gives the same bytes.

    python3 make-ssh-tools.py ssh-tools.pcapng
"""
import sys

from sshwire import det, encrypted, hostkey, kexinit, mpint, packet, signature, string
from wirebytes import TcpConnection, write_pcapng

ATTACKER = '203.0.113.50'
SPRAYER = '198.51.100.77'
ADMIN = '10.1.2.10'
SERVER = '10.1.2.22'
OLD_SERVER = '10.1.2.30'
SERVER_BANNER = b'SSH-2.0-OpenSSH_7.4\r\n'
SERVER_KEX = ('curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,'
              'ecdh-sha2-nistp521,diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,'
              'diffie-hellman-group18-sha512,diffie-hellman-group14-sha256,diffie-hellman-group14-sha1')
SERVER_HOSTKEYS = 'ssh-rsa,rsa-sha2-512,rsa-sha2-256,ecdsa-sha2-nistp256,ssh-ed25519'
SERVER_CIPHERS = 'blowfish-cbc,3des-cbc'
SERVER_MACS = 'hmac-sha2-256,hmac-sha1'

# Paramiko 2.4.1's preferences (paramiko/transport.py: _preferred_kex, _preferred_keys,
# _preferred_ciphers, _preferred_macs, _preferred_compression)
PARAMIKO_KEX = ('ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,diffie-hellman-group-exchange-sha256,'
                'diffie-hellman-group-exchange-sha1,diffie-hellman-group14-sha1,diffie-hellman-group1-sha1')
PARAMIKO_KEYS = 'ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,ssh-rsa,ssh-dss'
PARAMIKO_CIPHERS = 'aes128-ctr,aes192-ctr,aes256-ctr,aes128-cbc,aes192-cbc,aes256-cbc,blowfish-cbc,3des-cbc'
PARAMIKO_MACS = 'hmac-sha2-256,hmac-sha2-512,hmac-sha1,hmac-md5,hmac-sha1-96,hmac-md5-96'


def server_kexinit(tag):
    return kexinit(tag, SERVER_KEX, SERVER_HOSTKEYS, SERVER_CIPHERS, SERVER_MACS, 'none,zlib@openssh.com')


def hello(t, banner, client_kexinit, tag):
    """The handshake, both identification lines (the client's first) and both KEXINITs."""
    t.open()
    t.send(True, banner)
    t.send(False, SERVER_BANNER)
    t.send(True, client_kexinit)
    t.send(False, server_kexinit('s-' + tag))


def ecdh_exchange(t, tag):
    """ECDH on nistp256 with an ecdsa host key, New Keys both ways, a packet each way after."""
    t.send(True, packet(bytes([30]) + string(b'\x04' + det('qc' + tag, 64))))
    t.send(False, packet(bytes([31]) + hostkey('ecdsa-sha2-nistp256', 'hk' + tag)
                         + string(b'\x04' + det('qs' + tag, 64)) + signature('ecdsa-sha2-nistp256', 'sig' + tag))
           + packet(bytes([21])))
    t.send(True, packet(bytes([21])))
    t.send(True, encrypted('cx' + tag, 48 + 32))
    t.send(False, encrypted('sx' + tag, 48 + 32))


def paramiko(frames):
    t = TcpConnection(frames, ATTACKER, 41022, SERVER, 22, cmac='00:1b:21:0a:00:50')
    hello(t, b'SSH-2.0-paramiko_2.4.1\r\n',
          kexinit('pk', PARAMIKO_KEX, PARAMIKO_KEYS, PARAMIKO_CIPHERS, PARAMIKO_MACS, 'none'), 'pk')
    ecdh_exchange(t, 'pk')
    t.close()


def go_probe(frames, port, tag):
    """A Go client that offers its algorithms and hangs up: one try of a password sprayer."""
    t = TcpConnection(frames, ATTACKER, port, SERVER, 22, cmac='00:1b:21:0a:00:50')
    hello(t, b'SSH-2.0-Go\r\n',
          kexinit(tag, 'curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,'
                       'ecdh-sha2-nistp521,diffie-hellman-group14-sha1',
                  'ssh-rsa,ecdsa-sha2-nistp256,ssh-ed25519',
                  'aes128-gcm@openssh.com,chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr',
                  'hmac-sha2-256-etm@openssh.com,hmac-sha2-256,hmac-sha1,hmac-sha1-96', 'none'), tag)
    t.close()


def libssh2(frames):
    t = TcpConnection(frames, ATTACKER, 41030, SERVER, 22, cmac='00:1b:21:0a:00:50')
    hello(t, b'SSH-2.0-libssh2_1.10.0\r\n',
          kexinit('l2', 'ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,'
                        'diffie-hellman-group-exchange-sha256,diffie-hellman-group14-sha1',
                  'ecdsa-sha2-nistp256,ssh-rsa', 'aes128-ctr,aes256-ctr,blowfish-cbc,3des-cbc',
                  'hmac-sha2-256,hmac-sha1', 'none'), 'l2')
    ecdh_exchange(t, 'l2')
    t.close()


def admin(frames):
    t = TcpConnection(frames, ADMIN, 53110, SERVER, 22, cmac='00:0c:29:bb:00:10')
    hello(t, b'SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n',
          kexinit('ad', 'sntrup761x25519-sha512@openssh.com,curve25519-sha256,ecdh-sha2-nistp256,'
                        'ext-info-c,kex-strict-c-v00@openssh.com',
                  'ssh-ed25519,ecdsa-sha2-nistp256,rsa-sha2-512',
                  'chacha20-poly1305@openssh.com,aes128-ctr,aes256-gcm@openssh.com,blowfish-cbc',
                  'umac-64-etm@openssh.com,hmac-sha2-256-etm@openssh.com,hmac-sha2-256',
                  'none,zlib@openssh.com'), 'ad')
    ecdh_exchange(t, 'ad')
    t.close()


def old_server(frames):
    """Dropbear 2012.55: group1 Diffie-Hellman, 3DES, HMAC-MD5 and DSA keys on offer."""
    t = TcpConnection(frames, ADMIN, 53120, OLD_SERVER, 22, cmac='00:0c:29:bb:00:10',
                      smac='00:50:56:aa:00:30')
    t.open()
    t.send(False, b'SSH-2.0-dropbear_2012.55\r\n')
    t.send(True, b'SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n')
    t.send(False, kexinit('db', 'diffie-hellman-group1-sha1,diffie-hellman-group14-sha1', 'ssh-rsa,ssh-dss',
                          '3des-cbc,aes128-cbc,blowfish-cbc', 'hmac-md5,hmac-sha1', 'none'))
    t.send(True, kexinit('ad2', 'diffie-hellman-group14-sha1,diffie-hellman-group1-sha1', 'ssh-rsa',
                         '3des-cbc', 'hmac-sha1,hmac-md5', 'none'))
    t.send(True, packet(bytes([30]) + mpint('e-db', 256)))
    t.send(False, packet(bytes([31]) + hostkey('ssh-rsa', 'hk-db') + mpint('f-db', 256)
                         + signature('ssh-rsa', 'sig-db')) + packet(bytes([21])))
    t.send(True, packet(bytes([21])))
    t.send(True, encrypted('c-db', 40 + 20))
    t.close()


def spray(frames):
    """libssh 0.9.6 trying passwords: a new connection per try, some with a second try inside."""
    for n in range(12):
        t = TcpConnection(frames, SPRAYER, 45000 + n, SERVER, 22, cmac='00:1b:21:0a:00:77')
        hello(t, b'SSH-2.0-libssh_0.9.6\r\n',
              kexinit('sp%d' % n, 'curve25519-sha256,ecdh-sha2-nistp256,diffie-hellman-group14-sha1',
                      'ssh-ed25519,ecdsa-sha2-nistp256,ssh-rsa', 'aes256-ctr,aes128-ctr,blowfish-cbc',
                      'hmac-sha2-256,hmac-sha1', 'none'), 'sp%d' % n)
        ecdh_exchange(t, 'sp%d' % n)
        for k in range(n % 3):
            t.send(True, encrypted('try%d-%d' % (n, k), 64 + 32))
        t.close(client_first=False)


def main():
    frames = []
    admin(frames)
    paramiko(frames)
    go_probe(frames, 41026, 'go1')
    go_probe(frames, 41028, 'go2')
    libssh2(frames)
    old_server(frames)
    spray(frames)
    write_pcapng(sys.argv[1], frames, 1767312000, 250000)


main()
