#!/usr/bin/env python3
"""Writes json.pcapng: HTTP responses over TCP, one per stream, whose bodies exercise Wireshark's
JSON dissector (packet-json.c): nested objects and arrays, every kind of value, numbers with
signs, fractions and exponents, string escapes (surrogate pairs, lone surrogates, control
characters, an escape that ends a string), non-ASCII and invalid UTF-8 bytes, blanks inside
tokens, several documents in one body, what follows a document (handed to data-text-lines),
invalid documents, and nesting past tvbparse's depth limit. Deterministic: rerunning gives the
same bytes.

    python3 make-json.py json.pcapng
"""
import sys

from wirebytes import http_response_frame, write_pcapng

frames = []


def response(body, ctype='application/json'):
    frames.append(http_response_frame(body, ctype, len(frames)))


# a C2-like task list: nested objects and arrays, every kind of value
response(b'{"id": 42, "task": {"action": "upload", "args": ["C:\\\\Users\\\\bob\\\\x.zip", -1.5e+3, 0, true,'
         b' false, null, NaN, {}, []], "sleep": 5.25E2, "jitter": 0.2},\n "ok": true}\n')
# a top-level array of objects, and white space everywhere
response(b'  [ {"name" : "a" , "v" : 1 } ,\r\n\t{"name":"b","v":[1, [2, [3]]]} ]  ')
# string escapes: quotes, backslashes, control escapes, \\u escapes, surrogate pairs, a lone lead
# and trail surrogate, an escaped NUL and control character, an escape ending the string,
# non-ASCII UTF-8, and blanks inside a number
response(b'{"esc": "q\\"b\\\\s\\/ \\b\\f\\n\\r\\t", "u": "caf\\u00e9 \\u20AC", "pair": "\\ud83d\\ude00",'
         b' "lone": "x\\ud800y", "trail": "\\udc00z", "ctl": "a\\u0001b\\u0000c", "end": "ab\\u00e9",'
         b' "utf8": "gr\xc3\xbc\xc3\x9fe", "num": - 12 . 5, "k\\u00e9y": 1}')
# two documents in one body, then text the grammar does not take
response(b'{"a":1}{"b":[true]}\ntrailing text\nline two')
# not JSON at all, an invalid document, and invalid bytes in a string
response(b'<html>not json</html>', 'application/json')
response(b'{"a": }')
response(b'{"bytes": "\xff\xfe tail", "after": 1}')
# nesting: 12 objects deep is read, 40 deep is past the depth limit
response(b'{"l":' * 12 + b'1' + b'}' * 12)
response(b'{"l":' * 40 + b'1' + b'}' * 40)
# empty containers and a JSON-RPC request
response(b'{}', 'application/json-rpc')
response(b'[]')
response(b'{"jsonrpc":"2.0","method":"exec","params":{"cmd":"whoami","timeout":30},"id":"7"}',
         'application/json-rpc')

write_pcapng(sys.argv[1], frames, 1700200000, 250000)
