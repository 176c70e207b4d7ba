#!/usr/bin/env python3
"""Builds parse-cases-4.0.17.tsv: every probe row and every syntax-only conformance row with the
exact filter text and what libwireshark 4.0.17 says about it (message, location, deprecated
tokens), plus the stage the error belongs to (parse or later).

The corpus TSVs write control characters as \\t \\r \\n \\xNN but keep literal backslashes, so a
row can be read several ways; each reading is compiled with the oracle and the one that gives
the result tshark recorded is kept (on a tie, the reading that converts escapes outside quotes
and keeps those inside).

Run:  python3 gen_parse_cases.py /work/shared/dfilter /work/oracle > parse-cases-4.0.17.tsv
"""
import itertools
import re
import sys

CORPUS, ORACLE = sys.argv[1], sys.argv[2]
sys.path.insert(0, ORACLE)
import dfbatch  # noqa: E402

# Errors raised while scanning, by the grammar, by its reduce actions, or by macro expansion.
PARSE_STAGE = [r'^".*" was unexpected in this context\.$',
               r'^Unexpected end of filter expression\.$',
               r'^Non-printable ASCII characters may only appear inside double-quotes\.$',
               r'^Expected digit or "\[", not ".*"$',
               r'^The right bracket was missing from a slice\.$',
               r'^The final quote was missing from a (quoted string|character constant)\.$',
               r'^\\.* is not a valid character escape sequence$',
               r'^\\[0-7]+ is larger than 255\.$',
               r'^.* is not a valid universal character name$',
               r'^Empty character constant\.$',
               r"^'.*' isn't a valid character constant\.$",
               r"^'.*' is too (long|large) to be a valid character constant\.$",
               r"^Non-printable value '0x[0-9a-f]+' in character constant\.$",
               r'^".*" is not a valid protocol or protocol field\.$',
               r'^\S+ is not a valid field$',
               r"^Function '.*' does not exist$",
               r"^Range .* isn't valid because .*$",
               r'^".*" is not a valid range\.$',
               r'^".*" causes an integer overflow\.$',
               r"^macro '.*' does not exist$",
               r"^wrong number of arguments for macro '.*', expecting \d+ instead of \d+$",
               r'^too much nesting in macros$',
               r'^end of filter in the middle of a macro expression$',
               r'^invalid character in macro name$']
# Same wording from drange.c (parser) and from number conversion (semantic check).
NOT_A_NUMBER = r'^".*" is not a valid number\.$'
# Wordings of the semantic check and later stages met in the corpus.
LATER_STAGE = [r'is neither a field nor a protocol name\.$', r'^Left side of ', r'cannot be converted',
               r'too big for this field', r'is not a valid hostname', r'contains too few bytes',
               r'is not a valid byte string', r'is not a valid absolute time', r'is not a valid time\.',
               r'^Unexpected data after time value\.$', r'are not of compatible types\.$',
               r'cannot be found among the possible values', r'cannot participate in',
               r'^Regex compilation error', r'^Constant arithmetic expression', r'^You cannot test whether',
               r'^Function \S+ needs at least', r'^Function \S+ can only accept', r'^Only fields can be used',
               r'^Only string type fields', r'^FT_\S+ cannot ', r'^Matches requires', r'^Only a field may be',
               r'^String conversion for field', r'^Range is not supported for entity', r'cannot be sliced',
               r'^Subsecond precision', r'^Netmask bits', r'^A slice may not appear', r'is not valid for',
               r'cannot be converted into a sequence of bytes']


def stage(filt, msg, loc):
    if any(re.search(p, msg) for p in PARSE_STAGE):
        return 'parse'
    if re.search(NOT_A_NUMBER, msg):
        raw = filt.encode('utf-8')
        start = loc[0]
        in_brackets = start > 0 and raw[:start].rfind(b'[') > raw[:start].rfind(b']')
        return 'parse' if in_brackets and raw[start - 1:start] in (b'[', b',') else 'later'
    if any(re.search(p, msg) for p in LATER_STAGE):
        return 'later'
    return 'UNCLASSIFIED'


ESCAPE = re.compile(r'\\(t|r|n|x[0-9a-fA-F]{2})')


def inside_quotes(s, index):
    """Whether s[index] is inside a quoted string or character constant."""
    quote = None
    i = 0
    while i < index:
        c = s[i]
        if quote and c == '\\':
            i += 2
            continue
        if quote and c == quote:
            quote = None
        elif not quote and c in '"\'':
            quote = c
        i += 1
    return quote is not None


def readings(s):
    """Every way of reading the row's escapes, the likeliest first: an escape outside quotes
    stands for a control character, one inside quotes is the filter's own escape."""
    hits = list(ESCAPE.finditer(s))
    likely = [not inside_quotes(s, m.start()) for m in hits]
    out = []
    for mask in itertools.product([False, True], repeat=len(hits)):
        parts, last = [], 0
        for m, conv in zip(hits, mask):
            parts.append(s[last:m.start()])
            code = m.group(1)
            if not conv:
                parts.append(m.group(0))
            elif code[0] == 'x':
                parts.append(chr(int(code[1:], 16)))
            else:
                parts.append({'t': '\t', 'r': '\r', 'n': '\n'}[code])
            last = m.end()
        parts.append(s[last:])
        out.append((sum(a != b for a, b in zip(mask, likely)), ''.join(parts)))
    return [r for _, r in sorted(out, key=lambda x: x[0])]


def recorded(result):
    if result.startswith('accepted'):
        return 'accepted', ''
    assert result.startswith('error: '), result
    return 'error', result[len('error: '):]


def rows():
    with open(CORPUS + '/probes-4.0.17.tsv', encoding='utf-8') as f:
        n = 0
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('#') or line.startswith('category\t'):
                continue
            cols = line.split('\t')
            n += 1
            yield 'probe', '%s:%d' % (cols[0], n), cols[1], cols[2]
    with open(CORPUS + '/conformance-cases.tsv', encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('# ----'):
                break
            if line.startswith('#') or line.startswith('group\t') or not line:
                continue
            cols = line.split('\t')
            if cols[3] == '-':
                yield 'conformance', cols[1], cols[2], cols[5]


def escape(s):
    out = []
    for ch in s:
        if ch == '\\':
            out.append('\\\\')
        elif ch in '\t\r\n':
            out.append({'\t': '\\t', '\r': '\\r', '\n': '\\n'}[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7f:
            out.append('\\x%02x' % ord(ch))
        else:
            out.append(ch)
    return ''.join(out)


def main():
    all_rows = list(rows())
    print('# Generated by gen_parse_cases.py from the corpus and libwireshark 4.0.17 (the oracle).')
    print('# filter: \\\\ \\t \\r \\n \\xNN escapes; loc: Wireshark column start and length in bytes of the')
    print('# text (-1 when Wireshark has none, ? when the oracle could not be asked); stage: parse = the parser must fail with this message, later =')
    print('# the parser must accept the filter (a later stage rejects it), ok = accepted by 4.0.')
    print('source\tid\tfilter\tresult\tmessage\tloc_start\tloc_len\tstage\tdeprecated')
    for source, ident, text, result in all_rows:
        want, want_msg = recorded(result)
        cands = readings(text)
        got = dfbatch.compile_many(cands)
        chosen = None
        for cand, r in zip(cands, got):
            status = 'accepted' if r['status'] in ('OK', 'EMPTY') else 'error'
            if status == want and (want == 'accepted' or r['msg'] == want_msg):
                chosen = (cand, r)
                break
        if chosen is None:
            # the oracle has no such macro table (the test suite's "ip" macro): keep tshark's word
            cand = cands[0]
            msg, loc, dep = want_msg, ('?', '?'), ''
            sys.stderr.write('no oracle reading for %s %r: keeping tshark\'s result\n' % (ident, text))
        else:
            cand, r = chosen
            msg = r['msg'] if want == 'error' else ''
            loc = r['loc'] if want == 'error' else (-1, 0)
            dep = r['deprecated']
        st = 'ok' if want == 'accepted' else stage(cand, msg, loc)
        if st == 'UNCLASSIFIED':
            sys.stderr.write('cannot classify %s: %s\n' % (ident, msg))
        print('\t'.join([source, ident, escape(cand), want, msg, str(loc[0]), str(loc[1]), st,
                         escape(dep)]))


main()
