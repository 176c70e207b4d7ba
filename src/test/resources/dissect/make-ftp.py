#!/usr/bin/env python3
"""Writes ftp.pcapng: FTP control sessions and the FTP-DATA connections they set up, for the FTP
dissector's tests (Wireshark 4.0.17's packet-ftp.c). Three sessions, each on its own TCP
connection to port 21:

- IPv4, passive: the greeting, login (USER/PASS), SYST, a multi-line FEAT (211-) and HELP (214-),
  PWD/CWD/CDUP with quoted paths (doubled quotes, a relative CWD, ".." and "."), TYPE A and I,
  PASV and EPSV with their data connections (LIST, RETR of binary data and of a file that reads
  as an HTTP request, STOR of text and of XML), a PASV
  reply with another address than the server's (NAT), a reply without parentheses, unknown
  commands, a command split over two segments, several commands in one segment, lines ending in
  LF alone or in nothing, non-ASCII bytes (UTF-8 and not), a NUL in a command, response codes that
  are not three digits, PWD replies that are not quoted, EPSV replies and EPRT commands that do
  not parse, PORT numbers that overflow, a 3000-byte argument, an empty line;
- IPv4, active: PORT (the client's address, and a NAT'd one), EPRT |1|, with the server
  connecting back from port 20;
- IPv6: EPSV and EPRT |2| with their data connections;
- AUTH TLS answered 234, after which the connection is TLS's (application data records), but
  for the text TLS refuses;
- frames cut by a snapshot length: a PASV reply and a data segment.

Deterministic: rerunning gives the same bytes.

    python3 make-ftp.py ftp.pcapng
"""
import sys

from wirebytes import LineConnection, TcpConnection, noise, write_pcapng

CLIENT = '192.0.2.10'
SERVER = '198.51.100.21'
CLIENT6 = '2001:db8::10'
SERVER6 = '2001:db8:1::21'

frames = []


def transfer(client, cport, server, sport, chunks, from_client):
    """A data connection from client:cport to server:sport carrying chunks one way, then closed
    by the sender."""
    d = TcpConnection(frames, client, cport, server, sport).open()
    for c in chunks:
        d.send(from_client, c)
        d.ack(not from_client)
    d.close(client_first=from_client)


LISTING = (b'drwxr-xr-x    2 0        0            4096 Jan 02 10:00 incoming\r\n'
           b'-rw-r--r--    1 0        0            1234 Jan 02 10:00 readme.txt\r\n'
           b'-rw-r--r--    1 0        0           65536 Jan 02 10:00 image.bin\r\n')

# ---------------------------------------------------------------- IPv4, passive
c = LineConnection(frames, CLIENT, 40001, SERVER, 21).open()
c.reply('220 (vsFTPd 3.0.5)')
c.cmd('USER anonymous')
c.reply('331 Please specify the password.')
c.cmd('PASS guest@example.com')
c.reply('230 Login successful.')
c.cmd('SYST')
c.reply('215 UNIX Type: L8')
c.cmd('FEAT')
c.reply('211-Features:\r\n EPRT\r\n EPSV\r\n MDTM\r\n PASV\r\n REST STREAM\r\n SIZE\r\n TVFS\r\n211 End')
c.cmd('PWD')
c.reply('257 "/" is the current directory')
c.cmd('CWD pub')
c.reply('250 Directory successfully changed.')
c.cmd('PWD')
c.reply('257 "/pub" is the current directory')
c.cmd('TYPE A')
c.reply('200 Switching to ASCII mode.')
c.cmd('PASV')
c.reply('227 Entering Passive Mode (198,51,100,21,195,80).')
c.cmd('LIST')
transfer(CLIENT, 40002, SERVER, 195 * 256 + 80, [LISTING], False)
c.reply('150 Here comes the directory listing.')
c.reply('226 Directory send OK.')
c.cmd('TYPE I')
c.reply('200 Switching to Binary mode.')
c.cmd('EPSV')
c.reply('229 Entering Extended Passive Mode (|||50001|)')
c.cmd('RETR image.bin')
c.reply('150 Opening BINARY mode data connection for image.bin (3000 bytes).')
transfer(CLIENT, 40003, SERVER, 50001, [noise(1460, 1), noise(1460, 2), noise(80, 3)], False)
c.reply('226 Transfer complete.')
c.cmd('CWD incoming/./sub/../')
c.reply('250 Directory successfully changed.')
c.cmd('PASV')
c.reply('227 Entering Passive Mode (10,0,0,21,195,82).')
c.cmd('STOR notes.txt')
c.reply('150 Ok to send data.')
transfer(CLIENT, 40004, SERVER, 195 * 256 + 82, [b'first line\r\nsecond line\nthird'], True)
c.reply('226 Transfer complete.')
c.cmd('EPSV')
c.reply('229 Entering Extended Passive Mode (|||50006|)')
c.cmd('STOR feed.xml')
c.reply('150 Ok to send data.')
transfer(CLIENT, 40006, SERVER, 50006, [b'<?xml version="1.0" encoding="UTF-8"?>\n<feed><entry id="1">FTP</entry></feed>\n'], True)
c.reply('226 Transfer complete.')
c.cmd('PASV')
c.reply('227 Entering Passive Mode (198,51,100,21,195,91).')
c.cmd('RETR request.txt')
c.reply('150 Opening BINARY mode data connection.')
# a file that reads as an HTTP request: FTP-DATA's, as its connection was announced
transfer(CLIENT, 40007, SERVER, 195 * 256 + 91, [b'GET /index.html HTTP/1.1\r\nHost: example.com\r\n\r\n'], False)
c.reply('226 Transfer complete.')
c.cmd('CDUP')
c.reply('250 Directory successfully changed.')
c.cmd('MKD a "quoted" dir')
c.reply('257 "/pub/a ""quoted"" dir" created')
c.cmd('CWD /pub/caf\xc3\xa9')
c.reply('250 Directory successfully changed.')
c.cmd(b'CWD sub\x00dir')
c.reply('250 Directory successfully changed.')
c.cmd('PASV')
c.reply('227 Entering Passive Mode (198,51,100,21,195,90).')
c.cmd('RETR caf\xc3\xa9.png')
c.reply('150 Opening BINARY mode data connection.')
transfer(CLIENT, 40005, SERVER, 195 * 256 + 90, [b'\x89PNG\r\n\x1a\n' + noise(40, 4), b'tab\tseparated\r\n'], False)
c.reply('226 Transfer complete.')
c.cmd('RETR \xff\xfe.bin')
c.reply('550 Failed to open file.')
c.cmd('XYZZY plugh')
c.reply('500 Unknown command.')
c.cmd('HELP')
c.reply('214-The following commands are recognized.\r\n ABOR ACCT ALLO APPE CDUP CWD  DELE EPRT EPSV FEAT HELP LIST MDTM MKD\r\n'
        ' MODE NLST NOOP OPTS PASS PASV PORT PWD  QUIT REIN REST RETR RMD  RNFR RNTO SITE\r\n214 Help OK.')
# a command cut over two segments: each is a line of its own to packet-ftp.c
c.send(True, b'SI')
c.send(True, b'ZE readme.txt\r\n')
c.ack(False)
c.reply('213 1234')
# two commands in one segment: the second is only text
c.cmd('NOOP\r\nNOOP')
c.reply('200 NOOP ok.\r\n200 NOOP ok.')
c.cmd('NOOP', end=b'\n')
c.reply('200 NOOP ok.', end=b'')
c.cmd('STAT', end=b'')
c.reply('211-FTP server status:\r\n     Connected to 192.0.2.10\r\n211 End of status', end=b'\n')
c.cmd(b'RNFR a\x00b')
c.reply('350 Ready for RNTO.')
c.cmd('')
c.reply('500 Unknown command.')
c.cmd('PWD')
c.reply('257 /pub is the current directory')
c.cmd('PWD')
c.reply('257 "/pub')
c.cmd('PWD')
c.reply('257')
c.cmd('NOOP')
c.reply('2x0 Not a code')
c.cmd('NOOP')
c.reply('99')
c.cmd('NOOP')
c.reply('abc continuation line')
c.cmd('EPSV')
c.reply('229 Entering Extended Passive Mode (||||)')
c.cmd('EPSV')
c.reply('229 Entering Extended Passive Mode (|||)')
c.cmd('PASV')
c.reply('227')
c.cmd('PASV')
c.reply('227 Entering Passive Mode (no numbers here)')
c.cmd('EPSV')
c.reply('229 Entering Extended Passive Mode |||50002|')
c.cmd('EPSV')
c.reply('229 Entering Extended Passive Mode (|||70000|)')
c.cmd('EPSV')
c.reply('229 Extended (yes) Passive Mode (!!!50003!)')
c.cmd('PASV')
c.reply('227 Entering Passive Mode 198,51,100,21,195,84')
c.cmd('PASV')
c.reply('227 Data will passively listen to 1,2,3,4 then 198,51,100,21,-1,300')
c.cmd('PORT 99999999999,1,2,3,4,5')
c.reply('500 Illegal PORT command.')
c.cmd('PORT 1,2,3,4')
c.reply('500 Illegal PORT command.')
c.cmd('P 192,0,2,10,1,2')
c.reply('500 Illegal PORT command.')
c.cmd('EPRT 1|2|3')
c.reply('500 Bad EPRT command.')
c.cmd('EPRT |1|192.0.2.300|40100|')
c.reply('500 Bad EPRT command.')
c.cmd('EPRT |3|192.0.2.10|40100|')
c.reply('500 Bad EPRT command.')
c.cmd('EPRT |1|192.0.2.10|99999|')
c.reply('500 Bad EPRT command.')
c.cmd(b'EPRT |1|192.0.2.10\x00|40101|')
c.reply('500 Bad EPRT command.')
c.cmd('EPRT')
c.reply('500 Bad EPRT command.')
# bytes that are no FTP at all, and a reply of many lines
c.cmd(bytes(range(256)), end=b'')
c.reply('500 Unknown command.')
c.cmd('STAT')
c.reply('211-status\r\n' + ''.join(' line %d\r\n' % i for i in range(60)) + '211 End')
c.cmd('STOR ' + 'A' * 3000)
c.reply('553 Could not create file.')
c.cmd('QUIT')
c.reply('221 Goodbye.')
c.close()

# ---------------------------------------------------------------- IPv4, active
a = LineConnection(frames, CLIENT, 40010, SERVER, 21).open()
a.reply('220 (vsFTPd 3.0.5)')
a.cmd('USER ftp')
a.reply('331 Please specify the password.')
a.cmd('PASS ftp')
a.reply('230 Login successful.')
a.cmd('PORT 192,0,2,10,156,100')
a.reply('200 PORT command successful. Consider using PASV.')
a.cmd('NLST')
a.reply('150 Here comes the directory listing.')
transfer(SERVER, 20, CLIENT, 156 * 256 + 100, [b'incoming\r\nreadme.txt\r\nimage.bin\r\n'], True)
a.reply('226 Directory send OK.')
a.cmd('PORT 192,168,1,10,156,101')
a.reply('200 PORT command successful. Consider using PASV.')
a.cmd('RETR readme.txt')
a.reply('150 Opening BINARY mode data connection for readme.txt (1234 bytes).')
transfer(SERVER, 20, CLIENT, 156 * 256 + 101, [b'Read me.\r\n'], True)
a.reply('226 Transfer complete.')
a.cmd('EPRT |1|192.0.2.10|40100|')
a.reply('200 EPRT command successful. Consider using EPSV.')
a.cmd('LIST')
a.reply('150 Here comes the directory listing.')
transfer(SERVER, 20, CLIENT, 40100, [LISTING], True)
a.reply('226 Directory send OK.')
a.cmd('EPRT |2|::1|40300|')
a.reply('522 Network protocol not supported, use (1)')
a.cmd('NLST')
a.reply('425 Use PORT or PASV first.')
a.cmd('QUIT')
a.reply('221 Goodbye.')
a.close()

# ---------------------------------------------------------------- IPv6
s = LineConnection(frames, CLIENT6, 40020, SERVER6, 21).open()
s.reply('220 (vsFTPd 3.0.5)')
s.cmd('USER anonymous')
s.reply('331 Please specify the password.')
s.cmd('PASS ')
s.reply('230 Login successful.')
# announced in the empty directory, which the CWD after it then grows in place: the data
# connection shows "upload", and answers the CWD, the first request after the announcement
s.cmd('EPSV')
s.reply('229 Entering Extended Passive Mode (|||50010|)')
s.cmd('CWD upload')
s.reply('250 Directory successfully changed.')
s.cmd('RETR notes.txt')
s.reply('150 Opening BINARY mode data connection for notes.txt (11 bytes).')
transfer(CLIENT6, 40021, SERVER6, 50010, [b'hello, v6\r\n'], False)
s.reply('226 Transfer complete.')
s.cmd('EPRT |2|2001:db8::10|40200|')
s.reply('200 EPRT command successful. Consider using EPSV.')
s.cmd('LIST')
s.reply('150 Here comes the directory listing.')
transfer(SERVER6, 20, CLIENT6, 40200, [LISTING], True)
s.reply('226 Directory send OK.')
s.cmd('EPRT |2|2001:db8::zz|40201|')
s.reply('500 Bad EPRT command.')
s.cmd('QUIT')
s.reply('221 Goodbye.')
s.close()

# ---------------------------------------------------------------- IPv4, AUTH TLS
t = LineConnection(frames, CLIENT, 40030, SERVER, 21).open()
t.reply('220 (vsFTPd 3.0.5)')
t.cmd('auth tls')
t.reply('500 Unknown command.')
t.cmd('AUTH TLS')
t.reply('234 Proceed with negotiation.')
# what follows is TLS: records of application data (as after a handshake not shown)
t.send(True, bytes([23, 3, 3, 0, 32]) + noise(32, 5))
t.ack(False)
t.send(False, bytes([23, 3, 3, 0, 48]) + noise(48, 6))
t.ack(True)
# text TLS refuses goes back to FTP
t.cmd('NOOP')
t.close()

# ---------------------------------------------------------------- cut by a snapshot length
k = LineConnection(frames, CLIENT, 40040, SERVER, 21).open()
k.reply('220 (vsFTPd 3.0.5)')
k.cmd('PASV')
k.reply('227 Entering Passive Mode (198,51,100,21,195,100).')
frames[-2] = (frames[-2][:103], len(frames[-2]))
k.cmd('RETR big.txt')
transfer(CLIENT, 40041, SERVER, 195 * 256 + 100, [b'text cut short by the snapshot length\r\n' * 4], False)
frames[-5] = (frames[-5][:100], len(frames[-5]))
k.reply('226 Transfer complete.')
k.close()

write_pcapng(sys.argv[1], frames, 1_764_000_000, 1000)
