#!/usr/bin/env python3
"""Regenerates runtime-cases-4.0.17.tsv and tiny-fields-4.0.17.tsv: filters whose outcome
depends on how 4.0 compares, orders and computes values (unsigned against negative, CIDR
ordering, byte strings ordered by length first, constant arithmetic that overflows, ...), run by
tshark 4.0.17 on the shared 3-frame capture tiny.pcap, and the values of the fields they read.

    TZ=UTC python3 gen-runtime-cases.py
"""
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
PCAP = os.path.join(HERE, '../../../../corpus/dfilter/tiny.pcap')
FIELDS = ['frame.len', 'ip.ttl', 'ip.proto', 'tcp.dstport', 'tcp.srcport', 'udp.srcport',
          'tcp.flags', 'tcp.flags.push', 'ip.src', 'ip.addr', 'eth.src', 'frame.time_relative',
          'frame.time_delta', 'frame.time_epoch', 'http.request.method', 'http.host']

FILTERS = '''
tcp.dstport == -1
tcp.dstport != -1
tcp.dstport > -1
tcp.dstport < -1
tcp.dstport !== -1
tcp.dstport === -1
tcp.dstport == {70 - 80}
tcp.dstport != {70 - 80}
tcp.dstport == {90 - 10}
frame.len == {2147483647 - 2147483649}
frame.len == {2147483648 - 2147483649}
frame.len != {2147483648 - 2147483649}
frame.len == {4294967295 + 1}
frame.len != {4294967295 + 1}
frame.len == {176 / 0}
frame.len != {176 % 0}
frame.len == {88 * 2}
frame.len == {65536 * 65536}
frame.len == {353 / 2}
frame.len == {1000 % 824}
frame.len > {100 - 200}
ip.ttl == {32 * 2}
ip.ttl == {255 + 1}
ip.ttl > -5
ip.ttl != -5
ip.proto == {3 + 3}
ip.proto == {20 - 3}
frame.len & 0xf0 == 0xb0
tcp.flags & 0x08 == 8
tcp.flags & 0x0f == 0x08
tcp.flags.push == 1
tcp.flags.push == 2
tcp.flags.push != 0
tcp.flags.push > 0
tcp.flags.push == True
tcp.flags.push == "Set"
tcp.flags.push == "Not set"
ip.src > 10.0.0.4
ip.src > 10.0.0.0/8
ip.src == 10.0.0.0/8
ip.src < 10.0.0.0/8
ip.src >= 10.0.0.0/8
ip.src <= 192.168.0.0/16
ip.addr == 1.0.0.0/8
ip.addr != 1.0.0.0/8
ip.addr === 1.0.0.0/6
ip.addr !== 5.0.0.0/8
ip.src == 0.0.0.0/0
ip.src != 0.0.0.0/0
ip.src & 255.0.0.0 == 10.0.0.0
ip.src & 255.255.0.0 == 192.168.0.0
ip.addr & 0.0.0.255 == 0.0.0.6
eth.src > 00:09:6b:88:f5:c8
eth.src < 02:00:00:00:00:03
eth.src contains 6b:88
eth.src contains 00
http.request.method == "HEAD"
http.request.method > "HEAC"
http.request.method > "HEAD"
http.request.method < "HEADX"
http.request.method < "head"
http.request.method >= "HEA"
http.request.method contains "EA"
http.request.method contains 45:41
http.host contains ""
http.host contains "microsoft"
http.host > "update.microsoft.comm"
http.host < "update.microsoft.comm"
frame.time_relative == {0.5 + 0.5}
frame.time_relative == {2.5 - 0.5}
frame.time_relative == {0.5 - 1.5}
frame.time_relative > {0.000000001 - 0.000000002}
frame.time_relative > -0.5
frame.time_relative < -0.5
frame.time_relative == 4294967297
frame.time_relative == 4294967298
frame.time_relative > 4294967297
frame.time_relative >= 1.000000001
frame.time_delta == {1.5 - 0.5}
frame.time_delta != 1
frame.time_delta === 1
frame.time_epoch > 1041342931.5
frame.time_epoch < {1041342931 + 1.5}
string(frame.len) == "176"
string(tcp.flags) == "24"
string(tcp.flags) == "0x0018"
string(ip.ttl) == "64"
string(ip.src) == "10.0.0.5"
string(ip.addr) == "6.6.6.6"
string(eth.src) == "00:09:6b:88:f5:c9"
string(eth.src) contains "02:00"
string(tcp.dstport) > "8"
'''


def tshark(args):
    env = dict(os.environ, TZ='UTC')
    return subprocess.run(['tshark', '-r', PCAP] + args, capture_output=True, text=True, env=env)


def main():
    fields = tshark(['-T', 'fields', '-E', 'occurrence=a', '-E', 'aggregator=|', '-E',
                     'header=y'] + sum((['-e', f] for f in FIELDS), []))
    with open(os.path.join(HERE, 'tiny-fields-4.0.17.tsv'), 'w') as out:
        out.write('# tshark 4.0.17 -T fields on corpus/dfilter/tiny.pcap, one row per frame,'
                  ' occurrences joined by |\n')
        out.write(fields.stdout)
    with open(os.path.join(HERE, 'runtime-cases-4.0.17.tsv'), 'w') as out:
        out.write('# Filters run by tshark 4.0.17 (TZ=UTC) on corpus/dfilter/tiny.pcap, made by'
                  ' gen-runtime-cases.py. Columns: filter | matching frames (none if none)\n')
        for f in FILTERS.strip().splitlines():
            r = tshark(['-Y', f, '-T', 'fields', '-e', 'frame.number'])
            if r.returncode != 0:
                raise SystemExit('tshark refused %r: %s' % (f, r.stderr))
            frames = ','.join(r.stdout.split()) or 'none'
            out.write('%s\t%s\n' % (f, frames))


if __name__ == '__main__':
    main()
