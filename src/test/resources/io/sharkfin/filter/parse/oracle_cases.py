"""Shared by the generators of this folder: how libwireshark 4.0.17 (the oracle) judges a filter,
and in which stage of the compiler an error message belongs."""
import re
import sys


def oracle(path):
    sys.path.insert(0, path)
    import dfbatch
    return dfbatch


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
               r'cannot be converted into a sequence of bytes', r'is not a valid argument to',
               r'is not a valid Ethernet address', r'is not a valid arithmetic operand',
               r'^Need a field or field-like value', r'are not type compatible\.$',
               r'^Arguments to .* must have the same type']


def range_nodes(filt):
    """The texts between "[" and "]" or "," that Wireshark's scanner reads as range nodes."""
    nodes, i, n = [], 0, len(filt)
    while i < n:
        c = filt[i]
        if c in '"\'':
            i += 1
            while i < n and filt[i] != c:
                i += 2 if filt[i] == '\\' else 1
            i += 1
        elif c == '[':
            i += 1
            while i < n:
                j = i
                while j < n and filt[j] not in '],':
                    j += 1
                if j > i:
                    nodes.append(filt[i:j])
                i = j + 1
                if j >= n or filt[j] == ']':
                    break
        else:
            i += 1
    return nodes


def stage(filt, msg, loc):
    if any(re.search(p, msg, re.DOTALL) for p in PARSE_STAGE):
        return 'parse'
    m = re.search(NOT_A_NUMBER, msg, re.DOTALL)
    if m:
        # drange.c says it of the first number of a range node, the semantic check of a literal
        return 'parse' if msg[1:-len('" is not a valid number.')] in range_nodes(filt) else 'later'
    if any(re.search(p, msg, re.DOTALL) for p in LATER_STAGE):
        return 'later'
    return 'UNCLASSIFIED'


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



HEADER = """# filter, message: \\\\ \\t \\r \\n \\xNN escapes; loc: Wireshark column start and length in bytes of the
# text (-1: Wireshark gives none; ?: not known); stage: parse = the parser must fail with this
# message, later = the parser must accept the filter (a later stage rejects it), ok = accepted;
# deprecated: tokens separated by |.
source\tid\tfilter\tresult\tmessage\tloc_start\tloc_len\tstage\tdeprecated"""


TILDE_EQ = 'The operator "~=" is deprecated, use "!==" instead.'


def deprecated_list(joined):
    """The oracle joins deprecated tokens with spaces; the ~= notice has spaces of its own."""
    out = []
    for i, part in enumerate(joined.split(TILDE_EQ)):
        if i:
            out.append(TILDE_EQ)
        out.extend(part.split())
    return out


def row(source, ident, text, result):
    """A TSV line for an oracle result (a dfbatch record)."""
    accepted = result['status'] in ('OK', 'EMPTY')
    msg = '' if accepted else result['msg']
    loc = (-1, 0) if accepted else result['loc']
    st = 'ok' if accepted else stage(text, msg, loc)
    return '\t'.join([source, ident, escape(text), 'accepted' if accepted else 'error', escape(msg),
                      str(loc[0]), str(loc[1]), st, escape('|'.join(deprecated_list(result['deprecated'])))])
