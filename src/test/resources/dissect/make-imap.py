#!/usr/bin/env python3
"""Writes imap.pcapng: IMAP sessions on TCP 143, for the IMAP dissector's tests (Wireshark 4.0.17's
packet-imap.c), `-z credentials` and the IMF messages FETCH carries. Each session is its own TCP
connection, client 10.50.0.7 (ports from 49500) to the server 192.0.2.143:

- the greeting, CAPABILITY answered by an untagged line and the tagged OK in one segment, LOGIN
  with a quoted password, SELECT (a folder), UID FETCH of flags, FETCH of a whole message as a
  literal split over three segments (desegmented, the message to IMF), FETCH of flags without a
  literal, COPY to a folder, a NO, LOGOUT answered by BYE and OK;
- lower-case commands, LOGIN with an unquoted password, EXAMINE, a request split over two
  segments, two requests in one segment, STATUS, SEARCH, UID with no command after it, an
  untagged response alone;
- STARTTLS answered OK, after which the connection is TLS's (a ClientHello, then a record);
- a connection that is TLS from its first byte (the dissector's heuristic hands it to TLS);
- IPv6: LOGIN, FETCH of a short message in one segment, LOGOUT.

Deterministic: rerunning gives the same bytes.

    python3 make-imap.py imap.pcapng
"""
import sys

from wirebytes import LineConnection, client_hello, send_acked, write_pcapng

CLIENT = '10.50.0.7'
SERVER = '192.0.2.143'
CLIENT6 = '2001:db8:50::7'
SERVER6 = '2001:db8:50::143'


def message(subject, lines):
    head = ('From: Helpdesk <helpdesk@corp-support.example>\r\nTo: alice@corp.example\r\n'
            'Subject: %s\r\nDate: Mon, 30 Nov 2026 09:00:00 +0000\r\n'
            'Message-ID: <%s@corp-support.example>\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n'
            % (subject, subject.replace(' ', '.')))
    return (head + ''.join(l + '\r\n' for l in lines)).encode()


def main(path):
    frames = []
    reset = message('Password reset required', ['Your mailbox password expires today.',
                                                'Confirm it at http://mail-verify.phish.example/owa/'] +
                    ['Reference %03d: %s' % (i, 'q' * 60) for i in range(25)])

    c = LineConnection(frames, CLIENT, 49500, SERVER, 143).open()
    c.reply('* OK [CAPABILITY IMAP4rev1 LITERAL+ STARTTLS AUTH=PLAIN] Dovecot ready.')
    c.cmd('a001 CAPABILITY')
    c.reply('* CAPABILITY IMAP4rev1 LITERAL+ STARTTLS AUTH=PLAIN\r\na001 OK Pre-login capabilities listed, post-login capabilities have more.')
    c.cmd('a002 LOGIN alice "Spring2026!"')
    c.reply('a002 OK Logged in')
    c.cmd('a003 SELECT INBOX')
    c.reply('* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n* 2 EXISTS\r\n* 0 RECENT\r\na003 OK [READ-WRITE] Select completed.')
    c.cmd('a004 UID FETCH 1:* (FLAGS)')
    c.reply('* 1 FETCH (UID 101 FLAGS (\\Seen))\r\n* 2 FETCH (UID 102 FLAGS ())\r\na004 OK Fetch completed.')
    c.cmd('a005 FETCH 2 BODY[]')
    literal = b'* 2 FETCH (BODY[] {%d}\r\n' % len(reset) + reset + b')\r\na005 OK Fetch completed.\r\n'
    third = len(literal) // 3
    send_acked(c, False, literal[:third])
    send_acked(c, False, literal[third:2 * third])
    send_acked(c, False, literal[2 * third:])
    c.cmd('a006 FETCH 1 (FLAGS)')
    c.reply('* 1 FETCH (FLAGS (\\Seen))\r\na006 OK Fetch completed.')
    c.cmd('a007 COPY 2 Archive')
    c.reply('a007 OK Copy completed.')
    c.cmd('a008 DELETE Trash')
    c.reply('a008 NO [NONEXISTENT] Mailbox does not exist.')
    c.cmd('a009 LOGOUT')
    c.reply('* BYE Logging out\r\na009 OK Logout completed.')
    c.close(False)

    d = LineConnection(frames, CLIENT, 49501, SERVER, 143).open()
    d.reply('* OK IMAP4rev1 Service Ready')
    d.cmd('b1 login bob winter')
    d.reply('b1 OK LOGIN completed')
    d.cmd('b2 examine Sent')
    d.reply('* 5 EXISTS\r\nb2 OK [READ-ONLY] EXAMINE completed')
    send_acked(d, True, b'b3 STATUS Dra')
    send_acked(d, True, b'fts (MESSAGES)\r\n')
    d.reply('* STATUS Drafts (MESSAGES 0)\r\nb3 OK STATUS completed')
    send_acked(d, True, b'b4 SEARCH UNSEEN\r\nb5 NOOP\r\n')
    d.reply('* SEARCH 4 5\r\nb4 OK SEARCH completed\r\nb5 OK NOOP completed')
    d.cmd('b6 UID')
    d.reply('b6 BAD Error in IMAP command UID: Unknown command.')
    d.reply('* 6 EXISTS')
    d.cmd('b7 LOGOUT')
    d.reply('* BYE\r\nb7 OK')
    d.close(False)

    t = LineConnection(frames, CLIENT, 49502, SERVER, 143).open()
    t.reply('* OK ready')
    t.cmd('s1 STARTTLS')
    t.reply('s1 OK Begin TLS negotiation now.')
    send_acked(t, True, client_hello('imap.example.test'))
    send_acked(t, False, bytes([23, 3, 3, 0, 20]) + bytes(range(20)))
    t.close()

    u = LineConnection(frames, CLIENT, 49503, SERVER, 143).open()
    send_acked(u, True, client_hello('tls-only.example.test'))
    send_acked(u, False, bytes([22, 3, 3, 0, 4]) + b'\x0e\x00\x00\x00')
    u.close()

    v = LineConnection(frames, CLIENT6, 49504, SERVER6, 143).open()
    v.reply('* OK ready')
    v.cmd('c1 LOGIN dave@corp.example "hunter2"')
    v.reply('c1 OK')
    short = message('Hi', ['see you'])
    v.cmd('c2 FETCH 1 BODY[]')
    send_acked(v, False, b'* 1 FETCH (BODY[] {%d}\r\n' % len(short) + short + b')\r\nc2 OK done\r\n')
    v.cmd('c3 LOGOUT')
    v.reply('* BYE\r\nc3 OK')
    v.close(False)

    write_pcapng(path, frames, 1764493200, 110000)


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'imap.pcapng')
