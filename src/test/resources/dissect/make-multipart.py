#!/usr/bin/env python3
"""Writes multipart.pcapng: MIME multipart bodies in HTTP messages and in mail, for the multipart
dissector's tests (Wireshark 4.0.17's packet-multipart.c, reached from packet-http.c and, through
SMTP's DATA, packet-imf.c). Each exchange is its own TCP connection:

- HTTP (port 80): a multipart/form-data upload over several segments (form fields, one with
  UTF-8, an application/octet-stream file whose name has spaces and non-ASCII letters, a
  text/plain file, a JSON part), answered 200; a multipart/byteranges response (Content-Range
  headers, which the dissector does not know); a multipart/mixed response with a quoted boundary,
  a preamble and an epilogue; an unknown subtype (multipart/x-mixed-replace); multipart/related
  with Content-Id, Content-Description, Content-Language, Content-Length, Content-Encoding and
  OriginalContent headers and compact names, a gzip part and one that does not inflate;
  multipart/encrypted without its protocol parameter;
  and hostile bodies: no boundary parameter, no parameters at all, the closing boundary missing,
  a boundary that never appears, empty parts, a part without headers, a header line without a
  colon, a header name with a non-printable byte, a boundary glued to the body before it, 2,000
  tiny parts (tshark stops after 494 of them, at its 500 protocol layers, with a dissector bug), multiparts nested 40 deep, LF-only and CR-only line ends, a whole body that is a
  boundary line without a line end;
- SMTP (port 25): a message of multipart/mixed holding multipart/alternative (text/plain in
  quoted-printable and text/html), a base64 zip attachment and a base64 exe-like attachment,
  with a folded, quoted boundary parameter, a preamble and an epilogue; a multipart/report.

Deterministic: rerunning gives the same bytes.

    python3 make-multipart.py multipart.pcapng
"""
import base64
import gzip
import sys

from wirebytes import LineConnection, TcpConnection, noise, write_pcapng

CLIENT = '192.0.2.7'
SERVER = '198.51.100.80'
MAILER = '192.0.2.25'
MX = '198.51.100.25'

frames = []
ports = iter(range(42001, 43000))


def http(request, response=None, request_chunks=None):
    """One HTTP exchange on its own connection; the request in the chunks given (or whole)."""
    c = TcpConnection(frames, CLIENT, next(ports), SERVER, 80).open()
    for chunk in request_chunks or [request]:
        c.send(True, chunk)
        c.ack(False)
    if response is not None:
        c.send(False, response)
        c.ack(True)
    c.close()


def post(ctype, body, chunks=1, path=b'/upload'):
    head = (b'POST ' + path + b' HTTP/1.1\r\nHost: files.example.net\r\nUser-Agent: curl/8.5.0\r\n'
            b'Content-Type: ' + ctype + b'\r\nContent-Length: %d\r\n\r\n' % len(body))
    msg = head + body
    if chunks == 1:
        http(msg, b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')
        return
    step = -(-len(msg) // chunks)
    http(None, b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n',
         [msg[i:i + step] for i in range(0, len(msg), step)])


def response(ctype, body, extra=b''):
    http(b'GET /doc HTTP/1.1\r\nHost: files.example.net\r\n' + extra + b'\r\n',
         b'HTTP/1.1 200 OK\r\nContent-Type: ' + ctype + b'\r\n' + b'Content-Length: %d\r\n\r\n' % len(body)
         + body)


def parts(boundary, items, end=b'\r\n', close=True, preamble=b'', epilogue=b''):
    """A multipart body: each item (headers, body) after a boundary line."""
    out = preamble
    for headers, body in items:
        out += b'--' + boundary + end + b''.join(h + end for h in headers) + end + body + end
    if close:
        out += b'--' + boundary + b'--' + end + epilogue
    return out


# ---------------------------------------------------------------- form-data upload over segments
B = b'----WebKitFormBoundary7MA4YWxkTrZu0gW'
upload = parts(B, [
    ([b'Content-Disposition: form-data; name="user"'], b'alice'),
    ([b'Content-Disposition: form-data; name="comment"'], 'Überweisung für März'.encode()),
    ([b'Content-Disposition: form-data; name="file"; filename="' + 'Q3 report – final é.bin'.encode() + b'"',
      b'Content-Type: application/octet-stream'], noise(700, 7)),
    ([b'Content-Disposition: form-data; name="notes"; filename="notes.txt"', b'Content-Type: text/plain'],
     b'line one\r\nline two\r\n'),
    ([b'Content-Disposition: form-data; name="meta"', b'Content-Type: application/json; charset=utf-8'],
     b'{"id": 7, "tags": ["q3", "exfil"]}'),
])
post(b'multipart/form-data; boundary=' + B, upload, chunks=3)

# ---------------------------------------------------------------- byteranges response
response(b'multipart/byteranges; boundary=3d6b6a416f9b5', parts(b'3d6b6a416f9b5', [
    ([b'Content-Type: text/plain', b'Content-Range: bytes 0-9/100'], b'0123456789'),
    ([b'Content-Type: text/plain', b'Content-Range: bytes 90-99/100'], b'abcdefghij'),
]), b'Range: bytes=0-9,90-99\r\n')

# ---------------------------------------------------------------- quoted boundary, preamble, epilogue
response(b'multipart/mixed; boundary="simple boundary"; charset=us-ascii', parts(b'simple boundary', [
    ([], b'implicitly typed plain US-ASCII text.'),
    ([b'Content-type: text/plain; charset=us-ascii'], b'explicitly typed, ending with a line end.\r\n'),
    ([b'Content-Type: application/xml'], b'<a x="1"><b>t</b></a>'),
], preamble=b'This is the preamble.  It is to be ignored.\r\n',
    epilogue=b'This is the epilogue.  It is also to be ignored.\r\n'))

# ---------------------------------------------------------------- unknown subtype, related with many headers
response(b'multipart/x-mixed-replace; boundary=frame', parts(b'frame', [
    ([b'Content-Type: image/x-unknown'], noise(40, 3)),
    ([b'Content-Type: text/html'], b'<html><body>frame 2</body></html>'),
]))
post(b'multipart/related; type="application/xop+xml"; boundary="uuid:0ca0e16e"; start="<root@x>"',
     parts(b'uuid:0ca0e16e', [
         ([b'Content-ID: <root@x>', b'Content-Description: the root part', b'Content-Language: en, de',
           b'c: application/xop+xml; charset=UTF-8; type="text/xml"', b'l: 20',
           b'Content-Transfer-Encoding: 8bit'], b'<Envelope>x</Envelope>'),
         ([b'Content-Id:<img@x>', b'OriginalContent: type="text/plain"; charset=x',
           b'Content-Encoding: identity', b'e: gzip', b'X-Custom: folded\r\n  value here',
           b'Content-Type: Application/Octet-Stream'], noise(30, 5)),
         ([b'Content-Type:    text/plain ;  charset = "utf-8" ; format=flowed'], b'spaces'),
         ([b'Content-Type: text/plain', b'Content-Encoding: gzip'],
          gzip.compress(b'compressed line one\r\ncompressed line two\r\n', mtime=0)),
         ([b'Content-Type: text/plain', b'Content-Encoding: x-deflate'], b'not deflate data'),
     ]), path=b'/soap')
post(b'multipart/encrypted; boundary=enc', parts(b'enc', [([b'Content-Type: text/plain'], b'x')]))
post(b'multipart/signed; protocol="application/pgp-signature"; micalg=pgp-sha256; boundary=sig',
     parts(b'sig', [([b'Content-Type: text/plain'], b'signed text'),
                    ([b'Content-Type: application/pgp-signature; name="signature.asc"'],
                     b'-----BEGIN PGP SIGNATURE-----\r\niQEzBAEBCAAdFiEE\r\n-----END PGP SIGNATURE-----')]))

# ---------------------------------------------------------------- hostile bodies
post(b'multipart/form-data; charset=utf-8', parts(b'x', [([b'Content-Type: text/plain'], b'no boundary')]))
post(b'multipart/form-data', parts(b'x', [([b'Content-Type: text/plain'], b'no parameters')]))
post(b'multipart/form-data; boundary=zzz',
     parts(b'zzz', [([b'Content-Type: text/plain'], b'first'), ([b'Content-Type: text/plain'], b'second')],
           close=False))
post(b'multipart/form-data; boundary=never', b'There is no boundary here at all.\r\nNone.\r\n')
post(b'multipart/form-data; boundary=e', b'--e\r\n--e\r\n\r\n--e\r\n\r\n\r\n--e--\r\n')
post(b'multipart/form-data; boundary=h', parts(b'h', [
    ([], b'a part without headers'),
    ([b'this line has no colon'], b'body after it'),
    ([b'Content-Type: text/plain', b'no colon here either'], b'more'),
    ([b'X-Bin\x01ary: value', b'Content-Type: text/plain'], b'control byte in a header name'),
    ([b'Content-Type: text/plain'], b'glued'),
]).replace(b'glued\r\n--h--', b'glued--h--'))
post(b'multipart/form-data; boundary=t', b''.join(b'--t\r\nContent-Type: text/plain\r\n\r\n%d\r\n' % i
                                                   for i in range(2000)) + b'--t--\r\n', chunks=4)
nested = b'innermost'
for depth in range(40, 0, -1):
    nested = parts(b'n%02d' % depth, [([b'Content-Type: multipart/mixed; boundary=n%02d' % (depth + 1)
                                      if depth < 40 else b'Content-Type: text/plain'], nested)])
post(b'multipart/mixed; boundary=n01', nested, chunks=2)
post(b'multipart/form-data; boundary=lf', parts(b'lf', [
    ([b'Content-Disposition: form-data; name="a"'], b'lf only'),
    ([b'Content-Type: text/plain', b'Content-Disposition: form-data;\n name="b"'], b'two\nlines'),
], end=b'\n'))
post(b'multipart/form-data; boundary=cr', parts(b'cr', [
    ([b'Content-Disposition: form-data; name="a"'], b'cr only'),
    ([b'Content-Type: text/plain'], b'x'),
], end=b'\r'))
post(b'multipart/form-data; boundary=only', b'--only--')
post(b'multipart/form-data; boundary=w', b'--w  \r\nContent-Type: text/plain\r\n\r\npadded\r\n--w--  \r\n')

# ---------------------------------------------------------------- mail
qp = (b'Hello Bob,=0D=0A=0D=0AThe invoice is attached. Gr=C3=BC=C3=9Fe from M=\r\n'
      b'=C3=BCnchen, soft line break above.')
html = b'<html><body><p>The invoice is <b>attached</b>.</p></body></html>'
zipbytes = (b'PK\x03\x04\x14\x00\x00\x00\x08\x00' + noise(120, 11))
exe = b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff' + noise(90, 13) + b'This program cannot be run in DOS mode.'


def b64lines(data):
    s = base64.b64encode(data)
    return b'\r\n'.join(s[i:i + 76] for i in range(0, len(s), 76))


alt = parts(b'alt-b0undary', [
    ([b'Content-Type: text/plain; charset="utf-8"', b'Content-Transfer-Encoding: quoted-printable'], qp),
    ([b'Content-Type: text/html; charset="utf-8"', b'Content-Transfer-Encoding: 7bit'], html),
])
message = (b'From: "Billing" <billing@examp1e.net>\r\nTo: bob@example.net\r\nSubject: Invoice 4411\r\n'
           b'Date: Tue, 25 Nov 2025 10:00:00 +0000\r\nMIME-Version: 1.0\r\n'
           b'Content-Type: multipart/mixed;\r\n\tboundary="===============1234567890=="\r\n\r\n'
           + parts(b'===============1234567890==', [
               ([b'Content-Type: multipart/alternative; boundary="alt-b0undary"'], alt),
               ([b'Content-Type: application/zip; name="invoice 4411.zip"', b'Content-Transfer-Encoding: base64',
                 b'Content-Disposition: attachment; filename="invoice 4411.zip"'], b64lines(zipbytes)),
               ([b'Content-Type: application/octet-stream; name="scan.pdf.exe"',
                 b'Content-Transfer-Encoding: BASE64',
                 b'Content-Disposition: attachment;\r\n filename="scan.pdf.exe"'], b64lines(exe)),
           ], preamble=b'This is a multi-part message in MIME format.\r\n\r\n',
               epilogue=b'epilogue line\r\n'))
report = (b'From: MAILER-DAEMON@example.net\r\nTo: alice@example.org\r\nSubject: Undelivered Mail\r\n'
          b'Content-Type: multipart/report; report-type=delivery-status; boundary="rpt"\r\n\r\n'
          + parts(b'rpt', [
              ([b'Content-Description: Notification', b'Content-Type: text/plain'], b'Your message could not be delivered.'),
              ([b'Content-Description: Delivery report', b'Content-Type: message/delivery-status'],
               b'Reporting-MTA: dns; mx.example.net\r\n\r\nAction: failed'),
          ]))
for msg in (message, report):
    s = LineConnection(frames, MAILER, next(ports), MX, 25).open()
    s.reply('220 mx.example.net ESMTP')
    s.cmd('HELO mailer.example.org')
    s.reply('250 mx.example.net')
    s.cmd('MAIL FROM:<billing@examp1e.net>')
    s.reply('250 Ok')
    s.cmd('RCPT TO:<bob@example.net>')
    s.reply('250 Ok')
    s.cmd('DATA')
    s.reply('354 End data with <CR><LF>.<CR><LF>')
    s.send(True, msg + b'\r\n.\r\n')
    s.ack(False)
    s.reply('250 2.0.0 Ok: queued')
    s.cmd('QUIT')
    s.reply('221 Bye')
    s.close()

write_pcapng(sys.argv[1], frames, 1_764_200_000, 1000)
