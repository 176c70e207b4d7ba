#!/usr/bin/env python3
"""Records what openssl says about every certificate tshark found in the corpus, for the
tls.cert.* fields (computed by sharkfin with the JDK) to be checked against an independent tool.

usage: src/test/resources/tls/make_cert_expectations.py   (needs openssl; reads truth/*.tsv)

Writes certificates.tsv: capture, frame, index of the certificate in the frame, serial (lower-case
hex), notBefore and notAfter (epoch seconds), SHA-1, SHA-256, subject CN values, issuer CN values,
DNS subject alternative names (each list joined by '|').
"""
import glob, hashlib, os, re, subprocess
from datetime import datetime, timezone

here = os.path.dirname(os.path.abspath(__file__))

def openssl(der, *args):
    return subprocess.run(["openssl", "x509", "-inform", "DER", "-noout", *args], input=der,
                          capture_output=True, check=True).stdout.decode()

def epoch(text):
    return int(datetime.strptime(text.strip(), "%b %d %H:%M:%S %Y GMT").replace(tzinfo=timezone.utc).timestamp())

def cns(name):
    return [v for k, v in (part.split("=", 1) for part in re.split(r"(?<!\\),", name.strip()) if "=" in part)
            if k.strip() == "CN"]

rows = []
for truth in sorted(glob.glob(os.path.join(here, "truth", "*.tsv"))):
    capture = os.path.basename(truth)[:-4]
    for line in open(truth, encoding="utf-8"):
        frame, field, value = line.rstrip("\n").split("\t", 2)
        if field != "tls.handshake.certificate":
            continue
        for i, cert in enumerate(value.split("\x1f")):
            der = bytes.fromhex(cert)
            try:
                serial = openssl(der, "-serial").split("=", 1)[1].strip().lower().lstrip("0") or "0"
                nb = epoch(openssl(der, "-startdate").split("=", 1)[1])
                na = epoch(openssl(der, "-enddate").split("=", 1)[1])
                subject = openssl(der, "-subject", "-nameopt", "RFC2253").split("=", 1)[1]
                issuer = openssl(der, "-issuer", "-nameopt", "RFC2253").split("=", 1)[1]
                san = openssl(der, "-ext", "subjectAltName")
            except subprocess.CalledProcessError:
                continue
            dns = re.findall(r"DNS:([^,\n]+)", san)
            rows.append([capture, frame, str(i), serial, str(nb), str(na), hashlib.sha1(der).hexdigest(),
                         hashlib.sha256(der).hexdigest(), "|".join(cns(subject)), "|".join(cns(issuer)),
                         "|".join(d.strip() for d in dns)])
with open(os.path.join(here, "certificates.tsv"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write("\t".join(r) + "\n")
print(len(rows), "certificates")
