#!/usr/bin/env python3
"""Writes guessing.pcapng: password guessing against FTP, POP3 and IMAP servers, and ordinary
logins beside it, for the report's password-guessing findings. Each login is its own TCP
connection, as tools such as Hydra open them:

- FTP brute force: 10.50.0.66 tries 12 passwords for "admin" at 192.0.2.21 (port 21); the server
  answers 530 to eleven and 230 to the last ("letmein!");
- POP3 spraying: 10.50.0.67 tries "Spring2026!" for 8 users at 192.0.2.110 (port 110), one
  connection each, all answered -ERR; a ninth connection sends "pass" in lower case;
- IMAP: a user who mistypes once then logs in (LOGIN refused, then accepted): no guessing;
- FTP: an ordinary login at another server (192.0.2.22), accepted: no guessing;
- HTTP Basic brute force: 10.50.0.68 asks a router's /admin/ (192.0.2.80, port 80) with "admin"
  and 8 passwords on one kept-alive connection: seven 401s, then 200 for "r0uter";
- SMTP AUTH LOGIN guessing: 10.50.0.69 tries 6 passwords for "info@corp.example" at 192.0.2.25
  (port 587) on one connection, each refused with 535;
- FTP default credentials across servers: 10.50.0.70 tries admin/admin, then root/root, at six
  servers (192.0.2.31-36): five refuse both, the last accepts admin/admin.

Deterministic: rerunning gives the same bytes.

    python3 make-guessing.py guessing.pcapng
"""
import base64
import sys

from wirebytes import LineConnection, write_pcapng

FTP_SERVER = '192.0.2.21'
POP_SERVER = '192.0.2.110'
IMAP_SERVER = '192.0.2.143'


def main(path):
    frames = []
    port = 50100

    # ------------------------------------------------------------ FTP: one account, many passwords
    guesses = ['123456', 'password', 'admin', 'admin123', 'qwerty', 'letmein', 'welcome', 'changeme',
               'P@ssw0rd', 'root', 'toor', 'letmein!']
    for i, pw in enumerate(guesses):
        c = LineConnection(frames, '10.50.0.66', port, FTP_SERVER, 21).open()
        port += 1
        c.reply('220 (vsFTPd 3.0.3)')
        c.cmd('USER admin')
        c.reply('331 Please specify the password.')
        c.cmd('PASS ' + pw)
        if i == len(guesses) - 1:
            c.reply('230 Login successful.')
            c.cmd('PWD')
            c.reply('257 "/home/admin" is the current directory')
        else:
            c.reply('530 Login incorrect.')
        c.cmd('QUIT')
        c.reply('221 Goodbye.')
        c.close(False)

    # ------------------------------------------------------------ POP3: one password, many accounts
    users = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan']
    for i, user in enumerate(users):
        c = LineConnection(frames, '10.50.0.67', port, POP_SERVER, 110).open()
        port += 1
        c.reply('+OK Dovecot ready.')
        c.cmd(('user ' if i == len(users) - 1 else 'USER ') + user)
        c.reply('+OK')
        c.cmd(('pass ' if i == len(users) - 1 else 'PASS ') + 'Spring2026!')
        c.reply('-ERR [AUTH] Authentication failed.')
        c.cmd('QUIT')
        c.reply('+OK Logging out')
        c.close(False)

    # ------------------------------------------------------------ IMAP: a typo, then the right password
    c = LineConnection(frames, '10.50.0.9', port, IMAP_SERVER, 143).open()
    port += 1
    c.reply('* OK [CAPABILITY IMAP4rev1 LITERAL+ AUTH=PLAIN] Dovecot ready.')
    c.cmd('a1 LOGIN judy "Sumer2026"')
    c.reply('a1 NO [AUTHENTICATIONFAILED] Authentication failed.')
    c.cmd('a2 LOGIN judy "Summer2026"')
    c.reply('a2 OK [CAPABILITY IMAP4rev1] Logged in')
    c.cmd('a3 LOGOUT')
    c.reply('* BYE Logging out\r\na3 OK Logout completed.')
    c.close(False)

    # ------------------------------------------------------------ FTP: an ordinary login elsewhere
    c = LineConnection(frames, '10.50.0.9', port, '192.0.2.22', 21).open()
    c.reply('220 ProFTPD Server ready.')
    c.cmd('USER mallory')
    c.reply('331 Password required for mallory')
    c.cmd('PASS tr0ub4dor')
    c.reply('230 User mallory logged in')
    c.cmd('QUIT')
    c.reply('221 Goodbye.')
    c.close(False)

    # ------------------------------------------------------------ HTTP Basic: one account, many passwords
    port += 1
    c = LineConnection(frames, '10.50.0.68', port, '192.0.2.80', 80).open()
    for i, pw in enumerate(['admin', '1234', 'password', 'router', 'default', 'cisco', 'admin1', 'r0uter']):
        token = base64.b64encode(('admin:' + pw).encode()).decode()
        c.send(True, ('GET /admin/ HTTP/1.1\r\nHost: router.lab\r\nAuthorization: Basic %s\r\n'
                      'User-Agent: Mozilla/4.0 (Hydra)\r\n\r\n' % token).encode())
        c.ack(False)
        if i < 7:
            c.send(False, b'HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm="admin"\r\n'
                          b'Content-Length: 0\r\n\r\n')
        else:
            c.send(False, b'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok')
        c.ack(True)
    c.close(True)

    # ------------------------------------------------------------ SMTP AUTH LOGIN: one account, many passwords
    port += 1
    c = LineConnection(frames, '10.50.0.69', port, '192.0.2.25', 587).open()
    c.reply('220 mail.corp.example ESMTP Postfix')
    c.cmd('EHLO WIN-4J1ZK')
    c.reply('250-mail.corp.example\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME')
    b64 = lambda t: base64.b64encode(t.encode()).decode()
    for pw in ['info', 'info123', 'Password1', 'corp2026', 'Welcome1', 'qwerty123']:
        c.cmd('AUTH LOGIN')
        c.reply('334 VXNlcm5hbWU6')
        c.cmd(b64('info@corp.example'))
        c.reply('334 UGFzc3dvcmQ6')
        c.cmd(b64(pw))
        c.reply('535 5.7.8 Error: authentication failed: authentication failure')
    c.cmd('QUIT')
    c.reply('221 2.0.0 Bye')
    c.close(False)

    # ------------------------------------------------------------ FTP: the same credentials at many servers
    for k in range(6):
        server = '192.0.2.%d' % (31 + k)
        for user in ['admin', 'root']:
            port += 1
            c = LineConnection(frames, '10.50.0.70', port, server, 21).open()
            c.reply('220 FTP server ready')
            c.cmd('USER ' + user)
            c.reply('331 Password required')
            c.cmd('PASS ' + user)
            if k == 5 and user == 'admin':
                c.reply('230 Login successful.')
                c.cmd('QUIT')
                c.reply('221 Goodbye.')
                c.close(False)
                break
            c.reply('530 Login incorrect.')
            c.cmd('QUIT')
            c.reply('221 Goodbye.')
            c.close(False)

    write_pcapng(path, frames, 1764572400, 250000)


if __name__ == '__main__':
    main(sys.argv[1])
