#!/usr/bin/env python3
"""Prints the DHCP option table of Wireshark's packet-dhcp.c as Java, for DhcpOptions.java.

usage: src/tools/gen-dhcp-options.py path/to/packet-dhcp.c table   > rows.java.txt
       src/tools/gen-dhcp-options.py path/to/packet-dhcp.c fields  > names.txt

`table` prints one row per option code (0-255) of default_dhcp_opt[]: its name, its value type
(the C enum field_type), the field Wireshark adds its value as (null for none), and whether a
handler of its own dissects it (proto_reg_handoff_dhcp registers one for the code, replacing the
value type's handler of DHCP_OPTION_BASICTYPE_RANGE). `fields` prints the names of those fields, for
gen-field-specs.py.
"""
import re
import sys


def main():
    src = open(sys.argv[1], encoding='utf-8').read()
    hf = dict(re.findall(r'\{\s*&(hf_dhcp_\w+),\s*\{\s*"[^"]*",\s*"([^"]+)"', src))
    table = src[src.index('static struct opt_info default_dhcp_opt'):]
    table = table[:table.index('};')]
    rows = re.findall(r'/\*\s*(\d+)\s*\*/\s*\{\s*"([^"]*)",\s*(\w+),\s*(NULL|&\w+)\s*\}', table)
    handled = set(int(c) for c in re.findall(r'dissector_add_uint\("dhcp\.option",\s*(\d+),', src))
    assert [int(r[0]) for r in rows] == list(range(256)), 'option table is not 0..255'
    if sys.argv[2] == 'fields':
        for code, text, ftype, ref in rows:
            if ref != 'NULL':
                print(hf[ref[1:]])
        return
    for code, text, ftype, ref in rows:
        field = 'null' if ref == 'NULL' else '"' + hf[ref[1:]] + '"'
        own = int(code) in handled
        print(f'        row({code}, "{text}", Kind.{ftype.upper()}, {field}, {str(own).lower()});')


main()
