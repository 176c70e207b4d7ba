#!/usr/bin/env bash
# Captures smtp-python.pcap: real SMTP sessions over the loopback between Python 3.11's smtplib
# and its smtpd module's DebuggingServer (ports 25 and 587), made on the project's machine
# (Debian 12, Python 3.11) on 2026-11-30 with:
#
#   sudo src/test/resources/dissect/make-smtp-python.sh smtp-python.pcap
#
# Port 25: EHLO, a text/plain message with a display-named sender, To and Cc lists, Message-ID,
# X-Mailer; a UTF-8 message in base64; a bare RFC 822 message
# without MIME headers; NOOP, RSET, VRFY, HELP; AUTH LOGIN and STARTTLS, which smtpd refuses (it
# has neither: smtp.pcapng covers the accepted ones); QUIT. Port 587: HELO, a message to three
# recipients large enough (100 kB) to cross several loopback segments, QUIT.
#
# Needs root (port 25, tcpdump on lo), tcpdump and python3.11 (smtpd is gone from 3.12); the
# ports must be free. Not deterministic (times, ports, dates): the tests name frames of the
# committed file, so rerun only to replace it and its recordings.
set -euo pipefail
out=$(realpath -m "$1")
lab=$(mktemp -d)
dump=
trap 'kill $(cat "$lab/server.pid" 2>/dev/null) $dump 2>/dev/null || true; rm -rf "$lab"' EXIT
cat > "$lab/server.py" <<'PY'
import asyncore, os, smtpd, sys, warnings
warnings.simplefilter("ignore")
open(sys.argv[1], "w").write(str(os.getpid()))
smtpd.DebuggingServer(("127.0.0.1", 25), None)
smtpd.DebuggingServer(("127.0.0.1", 587), None)
asyncore.loop()
PY
cat > "$lab/client.py" <<'PY'
import base64, smtplib
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

s = smtplib.SMTP("127.0.0.1", 25, local_hostname="client.example.org")
s.ehlo()
m = EmailMessage()
m["From"] = "Alice Example <alice@example.org>"
m["To"] = "Bob <bob@example.net>, carol@example.net"
m["Cc"] = "dave@example.com"
m["Subject"] = "Invoice 2025-11 overdue"
m["Date"] = formatdate(1764100000)
m["Message-ID"] = make_msgid(idstring="invoice", domain="client.example.org")
m["X-Mailer"] = "smtplib (Python 3.11)"
m.set_content("Dear Bob,\n\nplease pay the attached invoice by Friday.\n\nAlice\n")
s.send_message(m)
u = EmailMessage()
u["From"] = "Jürgen <juergen@example.org>"
u["To"] = "bob@example.net"
u["Subject"] = "Grüße aus Köln"
u.set_content("Schöne Grüße,\nJürgen\n", cte="base64")
s.send_message(u)
s.sendmail("legacy@example.org", ["bob@example.net"],
           b"From: legacy@example.org\r\nTo: bob@example.net\r\nSubject: plain old mail\r\n\r\nno MIME here\r\n")
s.noop()
s.rset()
s.verify("bob")
s.docmd("HELP")
s.docmd("AUTH LOGIN")
s.docmd(base64.b64encode(b"alice@example.org").decode())
s.docmd("STARTTLS")
s.quit()

b = smtplib.SMTP("127.0.0.1", 587, local_hostname="[127.0.0.1]")
b.helo()
body = "".join("line %05d of a long report, padded to look like a real attachment text\n" % i
               for i in range(1400))
big = EmailMessage()
big["From"] = "reports@example.org"
big["To"] = "a@example.net, b@example.net, c@example.net"
big["Subject"] = "Monthly export"
big.set_content(body)
b.send_message(big)
b.quit()
PY
python3.11 "$lab/server.py" "$lab/server.pid" > "$lab/server.log" 2>&1 &
sleep 1
tcpdump -i lo -U -w "$out" 'tcp port 25 or tcp port 587' 2>/dev/null &
dump=$!
sleep 1
python3.11 "$lab/client.py"
sleep 1
kill $dump
wait $dump 2>/dev/null || true
dump=
