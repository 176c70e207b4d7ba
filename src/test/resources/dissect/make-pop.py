#!/usr/bin/env python3
"""Writes pop.pcapng: POP3 sessions on TCP 110, for the POP dissector's tests (Wireshark 4.0.17's
packet-pop.c), `-z credentials` and the IMF messages POP retrieves. Each session is its own TCP
connection, client 10.40.0.9 (ports from 49400) to the server 192.0.2.110:

- USER and PASS, STAT, a LIST answered in one segment (its lines after the first are data), RETR
  answered "+OK 2600 octets" and the message in three segments (reassembled, handed to IMF), TOP
  answered without a count (the expert finding; what follows is taken one segment at a time),
  RETR of a missing message (-ERR), DELE, QUIT;
- "user" and "pass" in lower case, a LIST answer split over two segments (the second is taken for
  message data, as packet-pop.c does), RETR answered with the status line and the start of the
  message in one segment, a second USER (the conversation keeps the first), UIDL, NOOP;
- STLS answered "+OK Begin TLS", after which the connection is TLS's (a ClientHello naming
  mail.example.test, then records);
- PASS without USER before it, APOP, a command without an argument, an empty line, a request
  with NUL and Latin-1 bytes, CAPA answered over several lines, "+OK" alone after RETR;
- IPv6: USER, PASS and a RETR whose message ends in the same segment as its status line.

Deterministic: rerunning gives the same bytes.

    python3 make-pop.py pop.pcapng
"""
import sys

from wirebytes import LineConnection, client_hello, send_acked, write_pcapng

CLIENT = '10.40.0.9'
SERVER = '192.0.2.110'
CLIENT6 = '2001:db8:40::9'
SERVER6 = '2001:db8:40::110'


def message(subject, lines, sender='Mallory <mallory@phish.example>'):
    head = ('Return-Path: <mallory@phish.example>\r\nFrom: %s\r\nTo: alice@corp.example\r\n'
            'Subject: %s\r\nDate: Mon, 30 Nov 2026 08:00:00 +0000\r\n'
            'Message-ID: <%s@phish.example>\r\nX-Mailer: PHPMailer 6.1.6\r\n'
            'Content-Type: text/plain; charset=us-ascii\r\n\r\n' % (sender, subject, subject.replace(' ', '.')))
    return (head + ''.join(l + '\r\n' for l in lines)).encode()


def main(path):
    frames = []
    invoice = message('Invoice 4471 overdue', ['Dear customer,', '', 'Please find the invoice at'] + [
        'http://invoices.phish.example/view.php?id=%04d&session=%s' % (i, 'x' * 40) for i in range(30)]
        + ['', 'Regards,', 'Accounts'])

    # ------------------------------------------------------------ USER/PASS, RETR in three segments
    c = LineConnection(frames, CLIENT, 49400, SERVER, 110).open()
    c.reply('+OK POP3 server ready <1896.697170952@mail.corp.example>')
    c.cmd('USER alice')
    c.reply('+OK')
    c.cmd('PASS Winter2026!')
    c.reply("+OK alice's maildrop has 2 messages (2840 octets)")
    c.cmd('STAT')
    c.reply('+OK 2 2840')
    c.cmd('LIST')
    c.reply('+OK 2 messages (2840 octets)\r\n1 %d\r\n2 240\r\n.' % len(invoice))
    c.cmd('RETR 1')
    c.reply('+OK %d octets' % len(invoice))
    third = len(invoice) // 3
    send_acked(c, False, invoice[:third])
    send_acked(c, False, invoice[third:2 * third])
    send_acked(c, False, invoice[2 * third:] + b'.\r\n')
    c.cmd('TOP 2 0')
    c.reply('+OK top of message follows')
    send_acked(c, False, message('Re: meeting', [])[:-2] + b'\r\n.\r\n')
    c.cmd('RETR 9')
    c.reply('-ERR no such message')
    c.cmd('DELE 1')
    c.reply('+OK message 1 deleted')
    c.cmd('QUIT')
    c.reply('+OK dewey POP3 server signing off (1 message left)')
    c.close(False)

    # ------------------------------------------------------------ lower case, split LIST, status and data together
    d = LineConnection(frames, CLIENT, 49401, SERVER, 110).open()
    d.reply('+OK Dovecot ready.')
    d.cmd('user bob')
    d.reply('+OK')
    d.cmd('pass s3cr3t-bob')
    d.reply('+OK Logged in.')
    d.cmd('LIST')
    send_acked(d, False, b'+OK 3 messages:\r\n1 300\r\n')
    send_acked(d, False, b'2 400\r\n3 500\r\n.\r\n')
    d.cmd('UIDL 2')
    d.reply('+OK 2 whqtswO00WBw418f9t5JxYwZ')
    short = message('Payroll update', ['Open the attached link to confirm your account:',
                                       'http://payroll.phish.example/login'])
    d.cmd('RETR 2')
    send_acked(d, False, b'+OK %d octets\r\n' % len(short) + short[:150])
    send_acked(d, False, short[150:] + b'.\r\n')
    d.cmd('USER carol')
    d.reply('-ERR already logged in')
    d.cmd('PASS other')
    d.reply('-ERR already logged in')
    d.cmd('NOOP')
    d.reply('+OK')
    d.cmd('QUIT')
    d.reply('+OK Logging out.')
    d.close(False)

    # ------------------------------------------------------------ STLS
    t = LineConnection(frames, CLIENT, 49402, SERVER, 110).open()
    t.reply('+OK POP3 ready')
    t.cmd('CAPA')
    t.reply('+OK Capability list follows\r\nUSER\r\nSTLS\r\nSASL PLAIN\r\nTOP\r\nUIDL\r\n.')
    t.cmd('STLS')
    t.reply('+OK Begin TLS negotiation')
    send_acked(t, True, client_hello('mail.example.test'))
    send_acked(t, False, bytes([23, 3, 3, 0, 20]) + bytes(range(20)))
    t.close()

    # ------------------------------------------------------------ odd requests
    o = LineConnection(frames, CLIENT, 49403, SERVER, 110).open()
    o.reply('+OK ready')
    o.cmd('PASS early-secret')
    o.reply('-ERR USER first')
    o.cmd('APOP mrose c4c9334bac560ecc979e58001b3e22fb')
    o.reply('+OK mrose has 1 message (369 octets)')
    o.cmd('STAT')
    o.reply('+OK 1 369')
    o.cmd('')
    o.reply('-ERR unknown command')
    o.cmd(b'X\x00Y caf\xe9 \xff')
    o.reply('-ERR unknown command')
    o.cmd('RETR 1')
    o.reply('+OK')
    send_acked(o, False, message('No count', ['body'])[:80])
    o.cmd('QUIT')
    o.reply('+OK bye')
    o.close(False)

    # ------------------------------------------------------------ IPv6
    v = LineConnection(frames, CLIENT6, 49404, SERVER6, 110).open()
    v.reply('+OK ready')
    v.cmd('USER dave@corp.example')
    v.reply('+OK')
    v.cmd('PASS hunter2')
    v.reply('+OK')
    small = message('Hi', ['see you'])
    v.cmd('RETR 1')
    send_acked(v, False, b'+OK %d octets\r\n' % len(small) + small + b'.\r\n')
    v.cmd('QUIT')
    v.reply('+OK')
    v.close(False)

    write_pcapng(path, frames, 1764489600, 120000)


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'pop.pcapng')
