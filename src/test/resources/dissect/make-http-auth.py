#!/usr/bin/env python3
"""Writes http-auth.pcapng: credentials in HTTP's Authorization and Proxy-Authorization headers,
for `-z credentials` (tshark's ui/cli/tap-credentials.c) and the schemes packet-http.c tells
apart before it queues a record. Each exchange is its own TCP connection (client ports from 49300
on), client 10.30.0.7 and server 192.0.2.80 unless said:

- Basic alice:s3cret (a record: HTTP basic auth, alice);
- Basic of "bob" without a colon (no record: basic_auth_credentials wants a user and a password);
- Basic of "user:pass:word" (the user is what comes before the first colon);
- Basic of ":" (a record with an empty user name) and Basic "=" (one character, not decoded);
- Bearer, and "basic" in lower case (records: "HTTP header auth", user n.a.);
- Digest, Kerberos, CitrixAGBasic (no record: their own dissection);
- Proxy-Authorization Basic proxyuser:pw on a request for an absolute URI to a proxy on 3128;
- two pipelined requests in one segment, each with Basic credentials (two records, one frame);
- a Basic header on a connection to port 8080.

Deterministic: rerunning gives the same bytes.
"""
import base64
import sys

from wirebytes import TcpConnection, write_pcapng

CLIENT = '10.30.0.7'
SERVER = '192.0.2.80'


def b64(s):
    return base64.b64encode(s.encode()).decode()


def request(path, auth, header='Authorization', host='intranet.example.test'):
    return ('GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: curl/7.88.1\r\nAccept: */*\r\n%s: %s\r\n\r\n'
            % (path, host, header, auth)).encode()


def ok(body=b'ok'):
    return b'HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n' % len(body) + body


def exchange(frames, cport, req, resp=None, server=SERVER, sport=80):
    c = TcpConnection(frames, CLIENT, cport, server, sport).open()
    c.send(True, req)
    c.ack(False)
    c.send(False, resp if resp is not None else ok())
    c.ack(True)
    c.close()


def main(path):
    frames = []
    exchange(frames, 49300, request('/admin/', 'Basic ' + b64('alice:s3cret')))
    exchange(frames, 49301, request('/reports/', 'Basic ' + b64('bob')))
    exchange(frames, 49302, request('/files/', 'Basic ' + b64('user:pass:word')))
    exchange(frames, 49303, request('/empty-user', 'Basic ' + b64(':')))
    exchange(frames, 49304, request('/one-char', 'Basic ='))
    exchange(frames, 49305, request('/api/v1/items', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjaTEifQ.c2lnbmF0dXJl'))
    exchange(frames, 49306, request('/lower', 'basic ' + b64('dave:pw')))
    exchange(frames, 49307, request('/digest', 'Digest username="carol", realm="lab", nonce="a1b2c3", '
                                               'uri="/digest", response="0123456789abcdef0123456789abcdef"'))
    exchange(frames, 49308, request('/krb', 'Kerberos YIIBhgYJKoZIhvcSAQICAQBuggF1MIIBcaADAgEF'))
    exchange(frames, 49309, request('/citrix', 'CitrixAGBasic username="%s"; domain="%s"; password="%s"; '
                                               'AGESessionId="%s"' % (b64('erin'), b64('LAB'), b64('pw1'), b64('s1'))))
    exchange(frames, 49310, request('http://www.example.test/', 'Basic ' + b64('proxyuser:pw'),
                                    header='Proxy-Authorization', host='www.example.test'),
             server='192.0.2.81', sport=3128)
    exchange(frames, 49311, request('/one', 'Basic ' + b64('frank:first'))
             + request('/two', 'Basic ' + b64('grace:second')),
             ok() + ok())
    exchange(frames, 49312, request('/alt-port', 'Basic ' + b64('heidi:8080pw')), sport=8080)
    write_pcapng(path, frames, 1764489600, 150000)


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'http-auth.pcapng')
