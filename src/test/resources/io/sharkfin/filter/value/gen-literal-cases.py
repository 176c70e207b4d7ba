#!/usr/bin/env python3
"""Regenerates literal-cases-4.0.17.tsv: how libwireshark 4.0.17 converts the right-hand side
of `field op rhs` into a typed constant (FVALUE) or which error it reports.

Run with TZ=UTC on a machine with the oracle harness (/work/oracle/dfbatch.py, linked against
Debian's libwireshark 4.0.17):

    TZ=UTC python3 gen-literal-cases.py > literal-cases-4.0.17.tsv

Cases whose outcome is not about the constant (syntax errors, the word naming a field or
protocol, type-compatibility errors) are left out; they are printed on stderr.
"""
import os
import re
import sys

sys.path.insert(0, '/work/oracle')
import dfbatch  # noqa: E402

INTEGER_WORDS = ['0', '1', '7', '10', '012', '0777', '08', '09', '0x10', '0X1f', '0xff', '0x',
                 '0xg', '0b101', '0b', '0B11', '0b2', '0b11111111', '255', '256', '32767',
                 '32768', '65535', '65536', '8388607', '8388608', '16777215', '16777216',
                 '2147483647', '2147483648', '4294967295', '4294967296', '1099511627775',
                 '1099511627776', '281474976710655', '281474976710656', '72057594037927935',
                 '72057594037927936', '9223372036854775807', '9223372036854775808',
                 '18446744073709551615', '18446744073709551616', '99999999999999999999',
                 '0xffffffffffffffff', '0x10000000000000000', '1.5', '1e3', '80.0', 'abc',
                 '1_0', '68-1', 'True', 'TRUE', 'true', 'False', 'FALSE', 'false', 'Set']
NEGATIVE_WORDS = ['0', '1', '5', '127', '128', '129', '8388608', '8388609', '2147483647',
                  '2147483648', '2147483649', '4294967295', '549755813888', '549755813889',
                  '9223372036854775807', '9223372036854775808', '18446744073709551615',
                  '0x80', '0b1']
FLOAT_WORDS = ['0', '1', '1.5', '1.25', '100', '0.1', '0.000123', '1e3', '1E-3', '1e-4',
               '1e-5', '1e16', '1e17', '1e300', '1e308', '2e308', '1e999', '1e-999', '1e-310',
               '2e-308', '0x1p4', '0x1.8p1', '0x10', '0XAP0', '0x1p-1070', '0x1p-1022', '0x',
               '0x.8', 'inf', 'INF', 'infinity', 'Infinity', 'infinit', '1e', '1e+', '1.5.5',
               '012', '1_0', '12345678901234567890', '3.4e39', 'abc', '1.']
RELTIME_WORDS = ['0', '1', '1.5', '10.25', '1.123456789', '1.1234567890', '1.1234567891',
                 '0.000000001', '0.0000000001', '1.5e3', '1.5x', '1e0', '0x10', 'inf',
                 '18446744073709551615', '18446744073709551616', '1.', 'abc', '1041342931.5']
ABSTIME_STRINGS = ['Dec 31, 2002 13:55:31.300000000', 'Dec 31, 2002 13:55:31',
                   'dec 31, 2002 13:55:31 UTC', 'Dec 31, 2002', 'Dec 31, 2002 13:55',
                   'Dec 31, 2002 13:55:61', 'Dec  1, 2002 01:02:03', 'December 31, 2002 13:55:31',
                   'Foo 31, 2002 13:55:31', '2002-12-31 13:55:31', '2002-12-31T13:55:31',
                   '2002-12-31 13:55:31Z', '2002-12-31T13:55:31+00:00', '2002-12-31T13:55:31-05:30',
                   '2002-12-31T13:55+0100', '2002-12-31T13:55:31+02', '2002-12-31 13:55:31 +00:00',
                   '2002-12-31 13:55:31 UTC', '2002-12-31 13:55 UTC', '2002-12-31 13 UTC',
                   '2002-12-31', '2002-12-31 13', '2002-12-31 13:55', '2002-12-31 13:55.3',
                   '2002-12-31 13:55:31.3', '2002-12-31 13:55:31,5', '2002-12-31 13:55:31.',
                   '2002-12-31 13:55:31.5x', '2002-12-31 13:55:31.123456789',
                   '2002-12-31 13:55:31.1234567891', '2002-12-31 13:55:31.1234567890',
                   '2002-12-31 13:55:31.x', '2002-12-31 13:55:60', '2002-12-31 24:00',
                   '2002-12-31 23:60', '2002-13-01', '2002-12-00 10:00', '2002-02-30',
                   '2002-02-31 10:00:00', '2000-02-29 10:00', '2004-02-29 10:00', '2002-1-5',
                   '2002-1-5 1:2:3', '0099-01-01 00:00:00', '1969-12-31 23:59:59',
                   '1969-12-31T23:59:59Z', 'Dec 31, 1969 23:59:59 UTC', '2002-12-31  13:55:31',
                   '2002-12-31 13:55:31 utc', '', 'x', '5', 'mrt 1, 2000 00:00:00',
                   '2002/12/31', '1041342931']
BYTES_WORDS = ['00', '0', 'f', 'fc', '10', '00:e0', '00-e0', '00.e0', '00e0', ':00e0', ':00',
               '0x00', '0xff', '0x0g', '0x00e0', '0b00000001', '0b0000000100', '0b11111111',
               '1:2:3', '001122334455', '0009.6b88.f5c9', '00:09:6b:88:f5:c9:aa',
               '00:09:6b:88:f5', 'zz', '00:zz', '1234567', '123', 'aa.bb.ff', 'aa.bb.hh',
               '1.2.3.4', '11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff', '0xAB', 'ab:CD']
IPV4_WORDS = ['10.0.0.5', '10.0.0.0/8', '10.1.2.3/8', '1.2.3.4/32', '1.2.3.4/33', '1.2.3.4/0',
              '1.2.3.4/08', '010.0.0.5', '256.0.0.1', '1.2.3', 'localhost', '0.0.0.0',
              '255.255.255.255', '80', 'abc']
IPV6_WORDS = ['::', '::1', '::/128', '::1/128', '::2000/64', 'fe80::/10', 'fe80::1/10', '1::',
              '2000:1::', 'ABCD:0::1:0:0', '1:0:0:1:0:0:0:1', '0:0:0:0:0:0:0:2',
              '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::', '::ffff:1.2.3.4', '::FFFF:129.144.52.38',
              '::13.1.68.3', '::ffff:0:0', 'fd93:c15b:7ae0:2e41:0000:0000:0000:0000',
              'fd93:c15b:7ae0:2e41::2:1', '::1/129', '1.2.3.4', 'localhost', 'abc', '1:2']
ETHER_WORDS = ['00:09:6b:88:f5:c9', '00.09.6b.88.f5.c9', '00-09-6b-88-f5-c9', '0009.6b88.f5c9',
               '00096b88f5c9', ':00096b88f5c9', '00:09:6b:88:f5', '00:09:6b:88:f5:c9:00',
               'ff:ff:ff:ff:ff:ff', '1.2.3.4', '00:09', 'abc', 'zz:zz:zz:zz:zz:zz']
GUID_WORDS = ['01234567-89ab-cdef-0123-456789ABCDEF', '01234567-89ab-cdef-0123-456789abcde',
              '01234567-89ab-cdef-0123-456789abcdefab', '01234567_89ab-cdef-0123-456789abcdef',
              '0123456789abcdef0123456789abcdef', 'abc']
OID_WORDS = ['1.2.840.113549', '2.999.1', '0.39', '0.40', '1.40', '2.40', '3.1', '1', '1.2',
             '1.2.4294967296', '1.2.128', '1.2.16384', '0.0']
REL_OID_WORDS = ['1.2.3', '0.0.1', '5.128', '1', '1.2.4294967295']
SYSID_WORDS = ['00', '00:11', '00:11:22', '00:11:22:33', '00:11:22:33:44', '00:11:22:33:44:55',
               '00:11:22:33:44:55:66', '00:11:22:33:44:55:66:77', '00:11:22:33:44:55:66:77:88',
               '00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee',
               '00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff', 'zz']
# '0' alone is left out: 4.0's IEEE-11073 parser then reads past the end of the text
IEEE_WORDS = ['1.5', '0.001', '100', '1000000', '2047', '2048', '12345', 'NRes', 'nres',
              'RFU', 'NaN', '1.2.3', '5x', '0.00000001', '0.000000001', '8388607', '8388608',
              '10000000000', '1.0', '0.10', '-', '00.5']
STRING_WORDS = ['HEAD', 'head', '5', '80', '48:45:41:44', '1.2.3.4', 'abc', '10.0.0.0/8',
                'fe80::1', 'True']
CHARCONSTS = ["'A'", "'a'", "'P'", "'0'", "'\\x00'", "'\\x41'", "'\\xff'", "'\\x7f'", "'\\t'",
              "'\\\\'", "'\\''", "'\\101'", "'\\001'", "'\\377'", "'\\a'", "' '", "'~'"]
STRINGS = ['"80"', '"abc"', '""', '"TCP"', '"tcp"', '"Set"', '"Not set"', '"True"', '"true"',
           '"10.0.0.5"', '"\\x00abc"', '"a\\x00b"', '"\\xff"', '"Memory error"',
           '"Big Endian"', '"MMA Streams"', '"x"', '"2002-12-31 13:55:31"', '"1"',
           '"a\\"b\\\\c"', '"\\t\\n"', '"é"']

# (field, words, ops) — words are literals unless they start with a quote
PLAN = [
    ('_ws.ftypes.uint8', INTEGER_WORDS), ('ip.ttl', INTEGER_WORDS[:20]),
    ('tcp.port', INTEGER_WORDS), ('_ws.ftypes.uint24', INTEGER_WORDS),
    ('_ws.ftypes.uint32', INTEGER_WORDS), ('frame.number', INTEGER_WORDS[:30]),
    ('_ws.ftypes.uint40', INTEGER_WORDS), ('_ws.ftypes.uint48', INTEGER_WORDS),
    ('_ws.ftypes.uint56', INTEGER_WORDS), ('_ws.ftypes.uint64', INTEGER_WORDS),
    ('_ws.ftypes.int8', INTEGER_WORDS), ('_ws.ftypes.int16', INTEGER_WORDS),
    ('_ws.ftypes.int24', INTEGER_WORDS), ('_ws.ftypes.int32', INTEGER_WORDS),
    ('_ws.ftypes.int40', INTEGER_WORDS), ('_ws.ftypes.int64', INTEGER_WORDS),
    ('_ws.ftypes.char', INTEGER_WORDS[:30]), ('_ws.ftypes.framenum', INTEGER_WORDS[:40]),
    ('_ws.ftypes.ipxnet', INTEGER_WORDS[:40] + ['00:11:22:33']),
    ('_ws.ftypes.eui64', INTEGER_WORDS[:46] + ['00:11:22:33:44:55:66:77', '0011223344556677',
                                                '1122.3344.5566.7788', '11-22-33-44-55-66-77-88',
                                                '00:11:22:33:44:55:66', '112233445566778899']),
    ('_ws.ftypes.boolean', INTEGER_WORDS), ('tcp.flags.push', INTEGER_WORDS[:20] +
                                             ['True', 'TRUE', 'true', 'tRuE', 'False', 'Set',
                                              'set', 'SET', 'Not', 'yes']),
    ('ip.flags.df', ['True', 'Set', 'Not']), ('frame.ignored', ['True', 'Unset']),
    ('ip.proto', ['TCP', 'tcp', 'Tcp', 'UDP', 'ICMP', 'NoSuchProto', '6', '300', '0x11']),
    # vlan.priority is registered five times; 4.0 looks names up in the last registration's
    # table, sharkfin's catalogue keeps the first one's: left out until the catalogue agrees
    ('tcp.checksum.status', ['Unverified', 'Good', 'Bad', 'bad', 'x']),
    ('adwin.status', ['1', 'x']), ('afp.endianness', ['1', 'x']),
    ('ieee1722.subtype', ['1', 'x']), ('alljoyn.message.typeid', ['1', 'x']),
    ('_ws.ftypes.float', FLOAT_WORDS), ('_ws.ftypes.double', FLOAT_WORDS),
    ('icmp.resptime', FLOAT_WORDS[:12]),
    ('frame.time_delta', RELTIME_WORDS), ('frame.time_epoch', RELTIME_WORDS),
    ('_ws.ftypes.rel_time', RELTIME_WORDS),
    ('frame.time', ['"%s"' % s for s in ABSTIME_STRINGS] + ['2002-12-31', '5', 'abc', 'Dec']),
    ('_ws.ftypes.abs_time', ['"2002-12-31 13:55:31.3"', '"2002-12-31T13:55:31Z"']),
    ('_ws.ftypes.bytes', BYTES_WORDS), ('_ws.ftypes.uint_bytes', BYTES_WORDS),
    ('_ws.ftypes.protocol', BYTES_WORDS), ('ip', ['1', '45:00', '45']),
    ('_ws.ftypes.ether', ETHER_WORDS), ('eth.src', ETHER_WORDS),
    ('_ws.ftypes.ax25', ['00:11:22:33:44:55:66', '00:11:22:33:44:55', '00:11:22:33:44:55:66:77',
                         'zz']),
    ('_ws.ftypes.vines', ['00:11:22:33:44:55', '00:11:22:33:44', '00:11:22:33:44:55:66', 'zz']),
    ('fc.nethdr.da', ['00:11:22:33:44:55:66:77', '00:11', '00:11:22:33:44:55:66:77:88', 'zz']),
    ('_ws.ftypes.system_id', SYSID_WORDS), ('_ws.ftypes.guid', GUID_WORDS),
    ('_ws.ftypes.oid', OID_WORDS), ('_ws.ftypes.rel_oid', REL_OID_WORDS),
    ('ip.src', IPV4_WORDS), ('_ws.ftypes.ipv4', IPV4_WORDS[:6]),
    ('ipv6.src', IPV6_WORDS), ('_ws.ftypes.ipv6', IPV6_WORDS[:8]),
    ('_ws.ftypes.ieee_11073_sfloat', IEEE_WORDS), ('_ws.ftypes.ieee_11073_float', IEEE_WORDS),
    ('http.host', STRING_WORDS), ('_ws.ftypes.string', STRING_WORDS[:4]),
    ('_ws.ftypes.stringz', STRING_WORDS[:2]), ('_ws.ftypes.uint_string', STRING_WORDS[:2]),
    ('_ws.ftypes.stringzpad', STRING_WORDS[:2]), ('_ws.ftypes.stringztrunc', STRING_WORDS[:2]),
    ('_ws.ftypes.none', ['1']),
]
CHARCONST_FIELDS = ['_ws.ftypes.char', '_ws.ftypes.uint8', 'tcp.port', '_ws.ftypes.uint64',
                    '_ws.ftypes.int8', '_ws.ftypes.int64', '_ws.ftypes.boolean',
                    '_ws.ftypes.framenum', '_ws.ftypes.ipxnet', '_ws.ftypes.eui64',
                    '_ws.ftypes.double', 'frame.time_delta', 'frame.time', 'ip.src', 'ipv6.src',
                    'eth.src', '_ws.ftypes.bytes', '_ws.ftypes.uint_bytes', '_ws.ftypes.protocol',
                    'http.host', '_ws.ftypes.guid', '_ws.ftypes.oid',
                    '_ws.ftypes.ieee_11073_sfloat']
STRING_FIELDS = ['tcp.port', 'ip.proto', 'tcp.flags.push', 'ip.flags.df', 'frame.number',
                 '_ws.ftypes.int32', '_ws.ftypes.char', '_ws.ftypes.boolean',
                 '_ws.ftypes.ipxnet', '_ws.ftypes.eui64', '_ws.ftypes.double',
                 'frame.time_delta', 'frame.time', 'ip.src', 'ipv6.src', 'eth.src',
                 '_ws.ftypes.bytes', '_ws.ftypes.uint_bytes', '_ws.ftypes.protocol', 'http.host',
                 '_ws.ftypes.guid', '_ws.ftypes.ieee_11073_float', 'adwin.status',
                 'afp.endianness', 'ieee1722.subtype', 'alljoyn.message.typeid',
                 '_ws.ftypes.none']
NEGATIVE_FIELDS = ['_ws.ftypes.uint8', 'tcp.port', '_ws.ftypes.uint32', '_ws.ftypes.uint64',
                   '_ws.ftypes.int8', '_ws.ftypes.int32', '_ws.ftypes.int40', '_ws.ftypes.int64',
                   '_ws.ftypes.char', '_ws.ftypes.framenum', '_ws.ftypes.ipxnet',
                   '_ws.ftypes.eui64']
CONTAINS = [('eth.src', w) for w in ['00:09', '00:09:6b:88:f5:c9', '00:09:6b:88:f5:c9:00', '00']] \
    + [('_ws.ftypes.ax25', w) for w in ['00:11', '00:11:22:33:44:55:66:77']] \
    + [('_ws.ftypes.vines', w) for w in ['00:11', '00:11:22:33:44:55:66']] \
    + [('_ws.ftypes.bytes', w) for w in ['00', '00:e0', '"ab"']] \
    + [('http.host', w) for w in ['"ab"', 'ab', '48:45', "'a'"]] \
    + [('_ws.ftypes.protocol', w) for w in ['00:e0', '"ab"']]


def cases():
    out = []
    for field, words in PLAN:
        for w in words:
            kind = 'string' if w.startswith('"') else 'literal'
            out.append((field, '==', kind, w))
    for field in CHARCONST_FIELDS:
        for c in CHARCONSTS:
            out.append((field, '==', 'charconst', c))
    for field in STRING_FIELDS:
        for s in STRINGS:
            out.append((field, '==', 'string', s))
    for field in NEGATIVE_FIELDS:
        for w in NEGATIVE_WORDS:
            out.append((field, '==', 'negated', w))
    for field, w in CONTAINS:
        kind = 'string' if w.startswith('"') else 'charconst' if w.startswith("'") else 'literal'
        out.append((field, 'contains', kind, w))
    for w in FLOAT_WORDS[:6] + RELTIME_WORDS[:4]:
        out.append(('frame.time_delta', '==', 'negated', w))
        out.append(('_ws.ftypes.double', '==', 'negated', w))
    return out


# the constant as the bytecode dump shows it: "00002 ANY_EQ\t\treg#0 == 80 <FT_UINT16>"
FVALUE = re.compile(r'^\d{5} ANY_(?:EQ|CONTAINS)\t+reg#0 (?:==|contains) (.*)$')
NOT_ABOUT_VALUES = ('was unexpected in this context', 'is not a valid protocol or protocol field',
                    'Unexpected end of filter', 'are not of compatible types',
                    'cannot participate in', 'neither a field nor a protocol',
                    'is too long to be a valid character constant',
                    'must be a field or function', 'cannot -.')


def main():
    rows = cases()
    filters = []
    for field, op, kind, rhs in rows:
        filters.append('%s %s %s%s' % (field, op, '-' if kind == 'negated' else '', rhs))
    results = dfbatch.compile_many(filters)
    print('# Right-hand sides converted by libwireshark 4.0.17 (TZ=UTC), made by gen-literal-cases.py.')
    print('# Columns: field | operator | kind (literal, string, charconst, negated = literal after'
          ' unary minus) | rhs as written | 4.0.17: "value: <FVALUE as dftest prints it>" or'
          ' "error: <message>"')
    for (field, op, kind, rhs), flt, r in zip(rows, filters, results):
        if r['status'] == 'OK':
            values = [m.group(1) for m in map(FVALUE.match, r['dump'].splitlines()) if m]
            if len(values) != 1 or values[0].startswith('reg#'):
                print('skipped (no constant): %s' % flt, file=sys.stderr)
                continue
            verdict = 'value: ' + values[0]
        elif r['status'] == 'ERROR':
            msg = r['msg']
            start = len(field) + len(op) + 2
            if any(p in msg for p in NOT_ABOUT_VALUES) or (r['loc'][0] < start and msg):
                print('skipped (%s): %s' % (msg, flt), file=sys.stderr)
                continue
            verdict = 'error: ' + msg
        else:
            print('skipped (crash): %s' % flt, file=sys.stderr)
            continue
        if '\t' in verdict or '\n' in verdict:
            print('skipped (control char): %s' % flt, file=sys.stderr)
            continue
        print('\t'.join([field, op, kind, rhs, verdict]))


if __name__ == '__main__':
    os.environ['TZ'] = 'UTC'
    main()
