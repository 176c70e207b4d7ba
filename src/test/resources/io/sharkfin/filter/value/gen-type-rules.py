#!/usr/bin/env python3
"""Regenerates type-rules-4.0.17.tsv: what libwireshark 4.0.17 allows for a field of each type
(comparison, contains, matches, slicing, arithmetic, string(), which types are comparable, which
are compared with slices as bytes). One field per type, mostly Wireshark's own _ws.ftypes.*
pseudo-fields.

    TZ=UTC python3 gen-type-rules.py > type-rules-4.0.17.tsv
"""
import sys

sys.path.insert(0, '/work/oracle')
import dfbatch  # noqa: E402

TYPES = ['none', 'protocol', 'boolean', 'char', 'uint8', 'uint16', 'uint24', 'uint32', 'uint40',
         'uint48', 'uint56', 'uint64', 'int8', 'int16', 'int24', 'int32', 'int40', 'int48',
         'int56', 'int64', 'ieee_11073_sfloat', 'ieee_11073_float', 'float', 'double',
         'abs_time', 'rel_time', 'string', 'stringz', 'uint_string', 'ether', 'bytes',
         'uint_bytes', 'ipv4', 'ipv6', 'ipxnet', 'framenum', 'guid', 'oid', 'eui64', 'ax25',
         'vines', 'rel_oid', 'system_id', 'stringzpad', 'stringztrunc']
FIELDS = ['_ws.ftypes.' + t for t in TYPES] + ['fc.nethdr.da']

# probe name -> filter template ({a}, {b} are fields)
UNARY = {
    'eq': '{a} == {a}',
    'contains': '{a} contains {a}',
    'matches': '{a} matches "x"',
    'slice': '{a}[0] == 00',
    'bytes': 'frame[0:4] == {a}',
    'add': '{a} + {a}',
    'subtract': '{a} - {a}',
    'multiply': '{a} * {a}',
    'divide': '{a} / {a}',
    'modulo': '{a} % {a}',
    'bitwise_and': '{a} & {a}',
    'unary_minus': '-{a}',
    'string': 'string({a}) == "x"',
}


def main():
    rows = []
    for a in FIELDS:
        for probe, template in UNARY.items():
            rows.append((probe, a, '', template.format(a=a)))
        for b in FIELDS:
            rows.append(('compatible', a, b, '%s == %s' % (a, b)))
    results = dfbatch.compile_many([r[3] for r in rows])
    print('# What libwireshark 4.0.17 allows per field type, made by gen-type-rules.py.')
    print('# Columns: probe | field | second field (compatible) | 4.0.17: ok, ok-converted (a slice'
          ' compared with the field converts the field to bytes) or error: <message>')
    for (probe, a, b, flt), r in zip(rows, results):
        if r['status'] == 'OK':
            verdict = 'ok'
            if probe == 'bytes' and 'SLICE\t\treg#2[0:]' in r['dump']:
                verdict = 'ok-converted'
        elif r['status'] == 'ERROR':
            verdict = 'error: ' + r['msg']
        else:
            print('crash: ' + flt, file=sys.stderr)
            continue
        print('\t'.join([probe, a, b, verdict]))


if __name__ == '__main__':
    main()
