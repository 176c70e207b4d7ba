#!/usr/bin/env python3
"""Builds fuzz-cases-4.0.17.tsv: pseudo-random filters (grammar-driven expressions, token soup,
and character-level mutations of them) judged by libwireshark 4.0.17, for differential tests of
the parser: same parse-stage error (message, location) or, for anything else, a successful parse.

The oracle runs with Wireshark's shipped macros only. Left out: filters that crash 4.0, errors
that quote part of a multi-byte character (sharkfin quotes the whole character), "not a valid
number" errors after macro expansion (parse or semantic stage cannot be told apart from the
text), and filters with "@name" (a sharkfin extension where the name exists).

Run:  python3 gen_fuzz_cases.py /work/oracle COUNT SEED > fuzz-cases-4.0.17.tsv
"""
import random
import re
import sys

import oracle_cases

dfbatch = oracle_cases.oracle(sys.argv[1])
COUNT = int(sys.argv[2])
rnd = random.Random(int(sys.argv[3]))

NAMES = ['tcp', 'udp', 'ip', 'ip.src', 'ip.dst', 'ip.addr', 'tcp.port', 'tcp.srcport', 'frame', 'frame.len',
         'http.host', 'http.request.method', 'eth.src', 'eth.dst', 'ipv6.addr', 'tcp.flags', 'tcp.flags.syn',
         'frame.time', 'frame.time_relative', 'foo', 'foo.bar', 'bootp', 'ssl', 'ssl.record', 'fc', 'nan', '9p',
         'mac-lte', 'a', 'b', 'x', 'Tcp', 'ip.nosuch', 'dns', 'len', 'count', 'max', 'any_ne', 'eq', 'le']
FUNCS = ['len', 'count', 'string', 'upper', 'lower', 'max', 'min', 'abs', 'dec', 'LEN', 'foo', 'tcp']
NUMBERS = ['0', '1', '80', '0x50', '010', '08', '1.5', '65536', '1e3', '0b101', '255', '1_0', '68-1', '4294967296']
ADDRESSES = ['10.0.0.1', '10.0.0.0/8', '1.2.3.4/33', '256.1.1.1', '::1', 'fe80::/10', '::', '2001:db8::1/64',
             '::ffff:1.2.3.4', '00:e0', '00-e0', '00.e0', '0009.6b88.f5c9', '00:09:6b:88:f5:c9', ':00e0', ':ab',
             ':00:e0', 'ab:cd:', 'fc', '1.2.3.4.5', '1:2:3:4:5:6:7:8', '1::2::3']
STRINGS = ['"abc"', '"a\\x41"', '"\\777"', '"\\101"', '"\\u00e9"', '"\\u0041"', '"\\U0001F600"', '"\\H"',
           'r"a\\b"', 'R"\\""', '""', '"é"', '"a\\"b"', '"\\x"', '"\\u12"', '"\\t\\n"', '"abc', '"\\',
           '"a\\\nb"', '"\\0"', '"\\400"']
CHARS = ["'a'", "'\\x41'", "'\\n'", "'\\t'", "'\\101'", "''", "'ab'", "'\\Z'", "'\\u00e9'", "'\\u0041'", "'é'",
         "'a", "'\\''", "'\\08'", "'\\777'", "'\\x4'", "'\\x414'", "' '", "'\\"]
SLICES = ['[0]', '[0:2]', '[1-0]', '[a]', '[0:0]', '[-1]', '[:]', '[1,2]', '[ 1 : 2 ]', '[1-x]', '[08]',
          '[99999999999]', '[-2:]', '[:3]', '[0x1]', '[1-3,5:]', '[', '[]', '[1:2', '[-1-1]', '[1:-1]']
LAYERS = ['#1', '#[1-2]', '#x', '# ', '#', '#[-1]', '#99999999999', '#[1-0]', '#[a]', '#0']
MACROS = ['${private_ipv4:ip.src}', '${private_ipv4}', '${frame.number}', '${ip.src#2}', '${nosuch}', '${a;b}',
          '${a:b', '${}', '${@ip.src}', '${tcp}', '$ {ip.src}', '$x', '$', '${private_ethernet:eth.src}',
          '${ip.src}', '${foo#1}', '${frame.len#[1-0]}']
OPS = ['==', '!=', '===', '!==', '~=', '>', '>=', '<', '<=', 'eq', 'ne', 'gt', 'ge', 'lt', 'le', 'any_eq',
       'all_ne', 'all_eq', 'any_ne', 'contains', 'matches', '~']
MISC = ['(', ')', '{', '}', '[', ']', ',', '..', '$', '#', '@', '=', '|', '^', ';', ':', '.', '?', 'not', '!',
        'and', '&&', 'or', '||', 'in', 'any', 'all', '+', '-', '*', '/', '%', '&', 'bitwise_and', 'xor', 'AND',
        '\r', '\t', '\n', '\x01', '\\', '`', 'é']


# Atoms that scan and parse in 4.0, for filters meant to get past the parser.
CLEAN = dict(names=[n for n in NAMES if n not in ('len', 'count', 'max', 'any_ne', 'eq', 'le')],
             strings=['"abc"', '"a\\x41"', '"\\101"', '"\\u00e9"', 'r"a\\b"', '""', '"é"', '"a\\"b"'],
             chars=["'a'", "'\\x41'", "'\\t'", "'\\101'", "'\\''", "' '"],
             macros=['${private_ipv4:ip.src}', '${frame.number}', '${ip.src#2}', '${private_ethernet:eth.src}'],
             funcs=['len', 'count', 'string', 'upper', 'lower', 'max', 'min', 'abs'],
             slices=['[0]', '[0:2]', '[-1]', '[:]', '[1,2]', '[ 1 : 2 ]', '[-2:]', '[:3]', '[0x1]', '[1-3,5:]'],
             layers=['#1', '#[1-2]', '#[-1]', '#0'])
clean = False


def pick(kind, dirty):
    return rnd.choice(CLEAN[kind] if clean else dirty)


def atom():
    r = rnd.random()
    if r < 0.35:
        name = pick('names', NAMES)
        if rnd.random() < 0.15:
            name = '.' + name
        if rnd.random() < 0.1:
            name += pick('layers', LAYERS)
        return name
    if r < 0.5:
        return rnd.choice(NUMBERS)
    if r < 0.62:
        return rnd.choice(ADDRESSES)
    if r < 0.72:
        return pick('strings', STRINGS)
    if r < 0.78:
        return pick('chars', CHARS)
    if r < 0.86:
        return pick('macros', MACROS)
    args = ', '.join(arith(1) for _ in range(rnd.choice([0, 1, 1, 2, 3])))
    return '%s(%s)' % (pick('funcs', FUNCS), args)


def entity():
    e = atom()
    while rnd.random() < 0.15:
        e += pick('slices', SLICES)
    return e


def arith(depth):
    r = rnd.random()
    if depth > 3 or r < 0.55:
        e = entity()
        return ('-' + e) if rnd.random() < 0.08 else e
    if r < 0.85:
        return '%s %s %s' % (arith(depth + 1), rnd.choice(['+', '-', '*', '/', '%', '&', 'bitwise_and']), arith(depth + 1))
    return '{%s}' % arith(depth + 1)


def relation(depth):
    r = rnd.random()
    q = rnd.choice(['', '', '', '', 'any ', 'all '])
    if r < 0.45:
        s = '%s %s %s' % (arith(depth), rnd.choice(OPS), arith(depth))
        while rnd.random() < 0.12:
            s += ' %s %s' % (rnd.choice(OPS), arith(depth))
        return q + s
    if r < 0.6:
        elems = []
        for _ in range(rnd.choice([0, 1, 2, 3])):
            el = rnd.choice(['', '-', '+']) + entity()
            if rnd.random() < 0.3:
                el += rnd.choice(['..', ' .. ']) + rnd.choice(['', '-']) + entity()
            elems.append(el)
        return '%s%s %s {%s}' % (q, entity(), rnd.choice(['in', 'not in']), ', '.join(elems))
    return q + arith(depth)


def expr(depth):
    r = rnd.random()
    if depth > 3 or r < 0.45:
        return relation(depth)
    if r < 0.7:
        return '%s %s %s' % (expr(depth + 1), rnd.choice(['and', 'or', '&&', '||']), expr(depth + 1))
    if r < 0.85:
        return rnd.choice(['not ', '!', '! ']) + expr(depth + 1)
    return '(%s)' % expr(depth + 1)


def soup():
    toks = []
    for _ in range(rnd.randint(1, 10)):
        pick = rnd.random()
        if pick < 0.4:
            toks.append(atom())
        elif pick < 0.6:
            toks.append(rnd.choice(OPS))
        else:
            toks.append(rnd.choice(MISC))
    return ''.join(t + rnd.choice([' ', ' ', ' ', '']) for t in toks).strip()


def mutate(s):
    if not s:
        return s
    i = rnd.randrange(len(s))
    r = rnd.random()
    if r < 0.35:
        return s[:i] + s[i + 1:]
    if r < 0.7:
        return s[:i] + rnd.choice(MISC + OPS + ['"', "'", ' ', '[', ']', '#', '{', '}']) + s[i:]
    j = min(len(s), i + rnd.randint(1, 6))
    return s[:i] + s[j:]


def generate():
    global clean
    r = rnd.random()
    clean = r < 0.4
    if r < 0.65:
        s = expr(0)
    elif r < 0.85:
        s = soup()
    else:
        s = mutate(expr(0))
    if not clean and rnd.random() < 0.2:
        s = mutate(s)
    return s


def main():
    seen = set()
    filters = []
    while len(filters) < COUNT:
        f = generate()
        # "@name" and "${@name}" are sharkfin extensions where the name exists
        if f not in seen and '\0' not in f and not re.search(r'@[A-Za-z0-9_]', f):
            seen.add(f)
            filters.append(f)
    print('# Generated by gen_fuzz_cases.py (%s filters, seed %s) with libwireshark 4.0.17 (the oracle).'
          % (sys.argv[2], sys.argv[3]))
    print(oracle_cases.HEADER)
    for n, (f, r) in enumerate(zip(filters, dfbatch.compile_many(filters))):
        if r['status'] == 'CRASH':
            continue
        if '${' in f and r['msg'].endswith(' is not a valid number.'):
            # range nodes made by macro expansion: the stage cannot be told from the text
            continue
        if '\ufffd' in r['msg']:
            # 4.0 quotes one byte of a multi-byte character; sharkfin quotes the character
            continue
        line = oracle_cases.row('fuzz', str(n + 1), f, r)
        if line.split('\t')[7] == 'UNCLASSIFIED':
            sys.stderr.write('cannot classify: %r %s\n' % (f, r['msg']))
            continue
        print(line)


main()
