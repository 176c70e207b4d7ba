#!/usr/bin/env python3
"""Writes smtp.pcapng: SMTP sessions carrying Internet messages, for the SMTP and IMF dissectors'
tests (Wireshark 4.0.17's packet-smtp.c and packet-imf.c). Each session is its own TCP
connection:

- port 25: the greeting, EHLO answered by a multi-line 250, AUTH LOGIN (user name and password
  each after a 334), MAIL, two RCPTs of which one is rejected (550), DATA, a message whose header
  (From with a display name, To and Cc lists, a group, Subject, Date, Message-ID, X-Mailer,
  User-Agent, Received, an unknown X- header, a folded header, an empty one) and text are split
  over several segments with the end of message in its own segment, RSET, NOOP, QUIT;
- port 587: AUTH PLAIN with the credentials on the command, pipelining (MAIL, RCPT and DATA in one
  segment, their replies in one), a text/plain message ending with its CRLF.CRLF in the same
  segment, a second transaction with BDAT chunks (one LAST);
- port 25: AUTH PLAIN answered by a 334 with the credentials after it (failing with 535), a
  multi-line reply whose code changes, a reply without a code, a command split over two segments,
  two commands in one segment, a reply split over two segments, a 3000-byte parameter, lines
  without CRLF, NULs, UTF-8 and Latin-1 bytes, an unknown command, a line that is no command;
- port 25: STARTTLS answered 220, after which the connection is TLS's (records);
- IPv6 on port 587: a short session with a message whose last line has no CRLF before the end;
- port 25: messages that strain IMF's readers: no blank line after the header, address groups
  with an empty name or no mailboxes, an unclosed bracket, empty list items, a line without a
  colon, NULs and Latin-1 in values, a header named "Unknown-Extension", a content type without
  parameters, a base64 body with blanks and padding inside, JSON, and a type no dissector takes;
- port 25: AUTH NTLM (its lines are command lines without decoding), a BDAT LAST that is the only
  chunk, a chunk without a line end followed by an empty last chunk;
- port 25: a message whose From, To, Cc and an unknown header are longer than a tree label, with
  text appended to their items.

Deterministic: rerunning gives the same bytes.

    python3 make-smtp.py smtp.pcapng
"""
import base64
import sys

from wirebytes import LineConnection, noise, write_pcapng

CLIENT = '192.0.2.25'
SERVER = '198.51.100.25'
CLIENT6 = '2001:db8::25'
SERVER6 = '2001:db8:1::25'

frames = []


def b64(s):
    return base64.b64encode(s.encode('latin-1')).decode()


# ---------------------------------------------------------------- port 25, AUTH LOGIN
s = LineConnection(frames, CLIENT, 41001, SERVER, 25).open()
s.reply('220 mail.example.net ESMTP Postfix (Debian/GNU)')
s.cmd('EHLO client.example.org')
s.reply('250-mail.example.net\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-AUTH PLAIN LOGIN\r\n'
        '250-STARTTLS\r\n250-8BITMIME\r\n250 CHUNKING')
s.cmd('AUTH LOGIN')
s.reply('334 VXNlcm5hbWU6')
s.cmd(b64('alice@example.org'))
s.reply('334 UGFzc3dvcmQ6')
s.cmd(b64('S3cret!pass'))
s.reply('235 2.7.0 Authentication successful')
s.cmd('MAIL FROM:<alice@example.org> SIZE=1024')
s.reply('250 2.1.0 Ok')
s.cmd('RCPT TO:<bob@example.net>')
s.reply('250 2.1.5 Ok')
s.cmd('RCPT TO:<nobody@example.net>')
s.reply('550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown')
s.cmd('DATA')
s.reply('354 End data with <CR><LF>.<CR><LF>')
s.send(True, b'Received: from client.example.org (client.example.org [192.0.2.25])\r\n'
             b'\tby mail.example.net (Postfix) with ESMTPSA id 4F2A1C0042\r\n'
             b'\tfor <bob@example.net>; Tue, 25 Nov 2025 10:00:00 +0000 (UTC)\r\n'
             b'From: "Alice Example" <alice@example.org>\r\n'
             b'To: Bob <bob@example.net>, carol@example.net\r\n')
s.ack(False)
s.send(True, b'Cc: Friends: dave@example.com, Eve <eve@example.com>;, frank@example.com\r\n'
             b'Subject: Quarterly invoice - please review\r\n'
             b'Date: Tue, 25 Nov 2025 10:00:00 +0000\r\n'
             b'Message-ID: <20251125100000.4F2A1C0042@client.example.org>\r\n'
             b'X-Mailer: Sharkfin Test Mailer 1.0\r\n'
             b'User-Agent: Mozilla/5.0 Thunderbird/115.0\r\n'
             b'Reply-To: billing@example.org\r\n'
             b'Sender: alice@example.org\r\n'
             b'MIME-Version: 1.0\r\n'
             b'X-Spam-Status: No, score=-1.0\r\n'
             b'X-Empty:\r\n'
             b'X-Folded: first part\r\n second part\r\n'
             b'\r\n'
             b'Hello Bob,\r\n')
s.ack(False)
s.send(True, b'please find the invoice details below.\r\n'
             b'\tAmount: 1,234.00 EUR\r\n'
             b'..a line starting with a dot\r\n'
             b'\r\n'
             b'Regards, Alice\r\n')
s.ack(False)
s.send(True, b'.\r\n')
s.ack(False)
s.reply('250 2.0.0 Ok: queued as 4F2A1C0042')
s.cmd('RSET')
s.reply('250 2.0.0 Ok')
s.cmd('NOOP')
s.reply('250 2.0.0 Ok')
s.cmd('QUIT')
s.reply('221 2.0.0 Bye')
s.close()

# ---------------------------------------------------------------- port 587, AUTH PLAIN, pipelining, BDAT
p = LineConnection(frames, CLIENT, 41002, SERVER, 587).open()
p.reply('220 submit.example.net ESMTP ready')
p.cmd('EHLO [192.0.2.25]')
p.reply('250-submit.example.net Hello\r\n250-AUTH PLAIN\r\n250-PIPELINING\r\n250 CHUNKING')
p.cmd('AUTH PLAIN ' + b64('\0mallory@example.org\0hunter2'))
p.reply('235 2.7.0 Authentication successful')
p.cmd('MAIL FROM:<mallory@example.org>\r\nRCPT TO:<victim@example.net>\r\nDATA', b'\r\n')
p.reply('250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>')
p.send(True, b'From: IT Support <it-support@examp1e.net>\r\n'
             b'To: victim@example.net\r\n'
             b'Subject: Password expiry notice\r\n'
             b'Content-Type: text/plain; charset="us-ascii"\r\n'
             b'Content-Transfer-Encoding: 7bit\r\n'
             b'\r\n'
             b'Your password expires today.\r\n'
             b'Log in at http://examp1e.net/reset to keep it.\r\n'
             b'.\r\n')
p.ack(False)
p.reply('250 2.0.0 Ok: queued as 77AB')
p.cmd('MAIL FROM:<mallory@example.org>')
p.reply('250 2.1.0 Ok')
p.cmd('RCPT TO:<victim@example.net>')
p.reply('250 2.1.5 Ok')
p.cmd('BDAT 41')
p.send(True, b'From: mallory@example.org\r\nSubject: chunk')
p.ack(False)
p.reply('250 2.0.0 41 octets received')
p.cmd('BDAT 19 LAST')
p.send(True, b'ed\r\n\r\nsecond part\r\n')
p.ack(False)
p.reply('250 2.0.0 Ok: queued as 77AC')
p.cmd('QUIT')
p.reply('221 2.0.0 Bye')
p.close()

# ---------------------------------------------------------------- port 25, hostile lines
h = LineConnection(frames, CLIENT, 41003, SERVER, 25).open()
h.reply('220-mail.example.net first line\r\n220-second line\r\n221 changed code\r\n220 last')
h.cmd('HELO client')
h.reply('250 mail.example.net')
h.cmd('AUTH PLAIN')
h.reply('334 ')
h.cmd(b64('authz\0bob\0wrong'))
h.reply('535 5.7.8 Error: authentication failed')
h.cmd('AUTH PLAIN not-base64!')
h.reply('535 5.7.8 Error: authentication failed')
h.cmd('AUTH LOGIN ' + b64('carol'))
h.reply('334 UGFzc3dvcmQ6')
h.cmd(b64('pa\xe9ss'))
h.reply('235 2.7.0 Authentication successful')
# a command split over two segments
h.send(True, b'MAIL FROM:<split@exa')
h.ack(False)
h.send(True, b'mple.org>\r\n')
h.ack(False)
h.reply('250 2.1.0 Ok')
# two commands in one segment
h.cmd('VRFY bob\r\nEXPN staff')
# a reply split over two segments
h.send(False, b'252 2.0.0 b')
h.ack(True)
h.send(False, b'ob\r\n502 5.5.2 EXPN not implemented\r\n')
h.ack(True)
h.cmd('XVERYLONG ' + 'A' * 3000)
h.reply('500 5.5.2 Error: command not recognized')
h.cmd(b'MAIL FROM:<nul\0byte@example.org>')
h.reply('501 5.1.7 Bad sender address syntax')
h.cmd('RCPT TO:<j\xc3\xbcrgen@example.net>')
h.reply('250 2.1.5 Ok \xe9t\xe9')
h.cmd('X-EXPS GSSAPI')
h.reply('504 5.5.4 Unrecognized')
h.cmd('hello there, this is no command')
h.reply('502 5.5.2 Error: command not recognized')
h.cmd('MAIL')
h.reply('ok')
h.reply('25')
h.cmd('')
h.reply('500 5.5.2 Error: bad syntax')
h.cmd('BDAT 4294967295 LAST')
h.reply('552 5.3.4 Message too big')
# a line without CRLF at the end of the connection
h.send(True, b'QUIT')
h.ack(False)
h.send(False, b'221 Bye')
h.close()

# ---------------------------------------------------------------- port 25, STARTTLS
t = LineConnection(frames, CLIENT, 41004, SERVER, 25).open()
t.reply('220 mail.example.net ESMTP')
t.cmd('EHLO client.example.org')
t.reply('250-mail.example.net\r\n250 STARTTLS')
t.cmd('STARTTLS')
t.reply('220 2.0.0 Ready to start TLS')
# what follows is TLS: records of application data (as after a handshake not shown)
t.send(True, bytes([23, 3, 3, 0, 40]) + noise(40, 7))
t.ack(False)
t.send(False, bytes([23, 3, 3, 0, 24]) + noise(24, 8))
t.ack(True)
t.close()

# ---------------------------------------------------------------- IPv6, port 587
v = LineConnection(frames, CLIENT6, 41005, SERVER6, 587).open()
v.reply('220 v6.example.net ESMTP')
v.cmd('EHLO v6client')
v.reply('250 v6.example.net')
v.cmd('MAIL FROM:<six@example.org>')
v.reply('250 Ok')
v.cmd('RCPT TO:<seven@example.net>')
v.reply('250 Ok')
v.cmd('DATA')
v.reply('354 go ahead')
v.send(True, b'From: six@example.org\r\nTo: seven@example.net\r\nSubject: =?UTF-8?B?w6l0w6k=?= \xc3\xa9t\xc3\xa9\r\n'
             b'\r\nshort text')
v.ack(False)
v.send(True, b'\r\n.\r\n')
v.ack(False)
v.reply('250 Ok: queued')
v.cmd('QUIT')
v.reply('221 Bye')
v.close()

# ---------------------------------------------------------------- port 25, messages that strain IMF's readers
m = LineConnection(frames, CLIENT, 41006, SERVER, 25).open()
m.reply('220 mail.example.net ESMTP')
m.cmd('HELO edge')
m.reply('250 mail.example.net')
for message in [
        # no blank line and no body: the last field loses two more bytes
        b'From: a@example.org\r\nSubject: no body',
        # a group whose name is empty, a group without mailboxes, an unclosed bracket, empty list
        # items, a line without a colon, a NUL and Latin-1 in values, a header named as the
        # unknown one, a content type without parameters (message text then)
        b'To: : first@example.org\r\nCc: nobody:\r\nBcc: <unclosed@example.org\r\n'
        b'Reply-To: a@example.org,,b@example.org\r\nno colon on this line\r\nX-Next: after\r\n'
        b'Subject: nul\x00here \xe9t\xe9\r\nFrom: \xc9milie <emilie@example.org>\r\n'
        b'Unknown-Extension: named like the table\r\nContent-Type: text/plain\r\n\r\nbody text\r\n',
        # base64 with blanks, line ends and padding inside, upper-case encoding name
        b'From: b64@example.org\r\nContent-Type: text/html; charset=utf-8\r\n'
        b'Content-Transfer-Encoding: BASE64\r\n\r\nPGI+aGk8L2I+\r\nIGJ v\r\nZHk=\r\nIQ==\r\n',
        # JSON and a type no dissector takes
        b'From: api@example.org\r\nContent-Type: application/json; charset=utf-8\r\n\r\n{"alert": [1, 2]}\r\n',
        b'From: bin@example.org\r\nContent-Type: application/x-unknown; name=a.bin\r\n\r\nAAAA\r\n']:
    m.cmd('MAIL FROM:<edge@example.org>')
    m.reply('250 Ok')
    m.cmd('RCPT TO:<bob@example.net>')
    m.reply('250 Ok')
    m.cmd('DATA')
    m.reply('354 go ahead')
    m.send(True, message + b'\r\n.\r\n')
    m.ack(False)
    m.reply('250 Ok: queued')
m.cmd('QUIT')
m.reply('221 Bye')
m.close()

# ---------------------------------------------------------------- port 25, AUTH NTLM and BDAT's corners
n = LineConnection(frames, CLIENT, 41007, SERVER, 25).open()
n.reply('220 mail.example.net ESMTP')
n.cmd('AUTH NTLM TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAGAbEdAAAADw==')
n.reply('334 TlRMTVNTUAACAAAA')
n.cmd('TlRMTVNTUAADAAAAGAAYAA==')
n.reply('235 2.7.0 Authentication successful')
n.cmd('MAIL FROM:<ntlm@example.org>')
n.reply('250 Ok')
# the only chunk, and the last: reassembled at once, shown as "reassembled in"
n.cmd('BDAT 25 LAST')
n.send(True, b'Subject: one\r\n\r\nhello\r\n\r\n')
n.ack(False)
n.reply('250 Ok')
n.cmd('MAIL FROM:<ntlm@example.org>')
n.reply('250 Ok')
# a chunk without a line end (desegmented with what follows), then an empty last chunk
n.cmd('BDAT 5')
n.send(True, b'To: a')
n.ack(False)
n.reply('250 Ok')
n.cmd('BDAT 0 LAST')
n.reply('250 Ok')
n.cmd('QUIT')
n.reply('221 Bye')
n.close()

# ---------------------------------------------------------------- port 25, header items past the tree's label length
g = LineConnection(frames, CLIENT, 41008, SERVER, 25).open()
g.reply('220 mail.example.net ESMTP')
g.cmd('DATA')
g.reply('354 go ahead')
g.send(True, b'From: ' + b'x' * 230 + b' <long@example.org>\r\nTo: '
       + b', '.join(b'recipient%02d@example.net' % i for i in range(15)) + b'\r\nCc: ' + b'y' * 236
       + b'\r\nX-Long: ' + b'z' * 300 + b'\r\n\r\nbody\r\n.\r\n')
g.ack(False)
g.reply('250 Ok')
g.close()

write_pcapng(sys.argv[1], frames, 1_764_100_000, 1000)
