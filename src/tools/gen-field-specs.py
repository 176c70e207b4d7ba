#!/usr/bin/env python3
"""Prints FieldSpec constants for Wireshark fields, as tshark -G fields describes them.

usage: src/tools/gen-field-specs.py [--declared] NAMES_FILE > out.java.txt
NAMES_FILE holds one field name per line (# comments allowed). Each line of output declares a
constant named after the field, through the static helper f(name, title, type, base, mask) of the
class it is pasted into; with --declared, as SPECS.add(f(...)), for a class that lists its
constants through io.sharkfin.dissect.protocol.DeclaredFields. Used for the LLDP, NBSS/SMB2, NTLMSSP, MIME multipart, SMTP, IMF, FTP, POP, IMAP, CDP, SSH, DHCP, TLS, X.509, OCSP and Kerberos field tables.
"""
import os, re, subprocess, sys, tempfile

def catalog():
    env = dict(os.environ, WIRESHARK_CONFIG_DIR=tempfile.mkdtemp())
    out = subprocess.run(["tshark", "-G", "fields"], capture_output=True, env=env, check=True)
    defs = {}
    for line in out.stdout.decode().splitlines():
        p = line.split("\t")
        if p[0] == "F" and p[2] not in defs:
            defs[p[2]] = p
    return defs

def const(name):
    s = re.sub(r"^(lldp|nbss|smb2|ntlmssp|mime_multipart|smtp|imf|ftp|cdp|ssh|dhcp|tls|x509af|x509ce|x509if|x509sat|pkcs1|pkix1explicit|pkix1implicit|ocsp|kerberos|pop|imap|stp)\.", "", name)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    return re.sub(r"[^A-Za-z0-9]+", "_", s).upper().strip("_")

def main():
    defs = catalog()
    declared = sys.argv[1] == "--declared"
    for raw in open(sys.argv[-1]):
        name = raw.split("#")[0].strip()
        if not name:
            continue
        p = defs[name]
        title = p[1].replace("\\", "\\\\").replace('"', '\\"')
        ftype = p[3][3:]
        base = p[5]
        mask = p[6]
        if int(mask, 16) > 0x7fffffff:
            mask += "L"  # a Java int literal would be negative, sign-extended to a long mask
        spec = f'f("{name}", "{title}", FieldType.{ftype}, "{base}", {mask})'
        print(f'    public static final FieldSpec {const(name)} = {"SPECS.add(" + spec + ")" if declared else spec};')

main()
