#!/usr/bin/env bash
# Captures kerberos.pcapng: a real MIT Kerberos KDC on 127.0.0.1:88 (UDP and TCP) and its
# clients, made on the project's machine (Debian 12, MIT Kerberos 1.20.1-2+deb12u5, tcpdump
# 4.99.3) on 2026-11-30 with:
#
#   sudo src/test/resources/dissect/make-kerberos.sh kerberos.pcapng
#
# Needs root (port 88, tcpdump on lo), krb5-kdc, krb5-admin-server (kdb5_util, kadmin.local),
# krb5-user (kinit, kvno) and tcpdump; port 88 must be free. The realm LAB.TEST lives in a
# temporary directory (KRB5_CONFIG, KRB5_KDC_PROFILE), never in /etc. Principals: alice (a
# password, pre-authentication required as for every principal by default_principal_flags),
# bob (-requires_preauth: an AS-REQ without pre-authentication gets an AS-REP, AS-REP roasting),
# the services HTTP/web.lab.test (AES and RC4 keys) and MSSQLSvc/db.lab.test (an RC4 key only:
# its tickets are encrypted with etype 23, Kerberoasting). What the clients do:
#   alice, right password over UDP: PREAUTH_REQUIRED, AS-REQ with PA-ENC-TIMESTAMP, AS-REP;
#   kvno HTTP/web.lab.test (TGS-REQ/TGS-REP), kvno -e rc4-hmac HTTP/web.lab.test (a TGS-REQ
#   asking an RC4 session key only, which krb5 1.20 refuses: ETYPE_NOSUPP, sent twice by the
#   client), kvno MSSQLSvc/db.lab.test (a TGS-REP whose ticket is RC4-encrypted), kvno
#   HTTP/nosuch.lab.test (S_PRINCIPAL_UNKNOWN);
#   alice, wrong password (PREAUTH_FAILED); nosuch (C_PRINCIPAL_UNKNOWN); bob (AS-REP without
#   pre-authentication); alice again and a kvno over TCP (udp_preference_limit = 1).
# Not deterministic (keys, nonces, times): the tests name frames of the committed file, so rerun
# only to replace it and its recordings.
set -euo pipefail
out=$(realpath -m "$1")
lab=$(mktemp -d)
dump=
trap 'kill $dump $(cat "$lab/kdc.pid" 2>/dev/null) 2>/dev/null || true; rm -rf "$lab"' EXIT
cat > "$lab/kdc.conf" <<CONF
[kdcdefaults]
    kdc_listen = 127.0.0.1
    kdc_tcp_listen = 127.0.0.1
[realms]
    LAB.TEST = {
        database_name = $lab/principal
        key_stash_file = $lab/stash
        acl_file = $lab/kadm5.acl
        supported_enctypes = aes256-cts-hmac-sha1-96:normal aes128-cts-hmac-sha1-96:normal rc4-hmac:normal
        default_principal_flags = +preauth
    }
[logging]
    kdc = FILE:$lab/kdc.log
CONF
client_conf() {
    cat <<CONF
[libdefaults]
    default_realm = LAB.TEST
    dns_lookup_kdc = false
    dns_lookup_realm = false
    rdns = false
    allow_weak_crypto = true
    permitted_enctypes = aes256-cts-hmac-sha1-96 aes128-cts-hmac-sha1-96 rc4-hmac
    udp_preference_limit = $1
[realms]
    LAB.TEST = {
        kdc = 127.0.0.1:88
    }
CONF
}
client_conf 1465 > "$lab/krb5-udp.conf"
client_conf 1 > "$lab/krb5-tcp.conf"
touch "$lab/kadm5.acl"
export KRB5_KDC_PROFILE="$lab/kdc.conf" KRB5_CONFIG="$lab/krb5-udp.conf" KRB5CCNAME="FILE:$lab/cc"
kdb5_util create -s -r LAB.TEST -P 'master-Key-1' >/dev/null
adm() { kadmin.local -r LAB.TEST -q "$1" >/dev/null; }
adm 'addprinc -pw Winter2026! alice'
adm 'addprinc -pw Summer2026! -requires_preauth bob'
adm 'addprinc -randkey HTTP/web.lab.test'
adm 'addprinc -randkey -e rc4-hmac:normal MSSQLSvc/db.lab.test'
krb5kdc -n -P "$lab/kdc.pid" -r LAB.TEST &
sleep 1
tcpdump -i lo -U -w "$out.pcap" 'port 88' 2>/dev/null &
dump=$!
sleep 1
echo 'Winter2026!' | kinit alice >/dev/null
kvno HTTP/web.lab.test >/dev/null
kvno -e rc4-hmac HTTP/web.lab.test >/dev/null 2>&1 || true
kvno MSSQLSvc/db.lab.test >/dev/null
kvno HTTP/nosuch.lab.test >/dev/null 2>&1 || true
kdestroy -q
echo 'wrong-password' | kinit alice >/dev/null 2>&1 || true
echo 'whatever' | kinit nosuch >/dev/null 2>&1 || true
echo 'Summer2026!' | kinit bob >/dev/null
kdestroy -q
export KRB5_CONFIG="$lab/krb5-tcp.conf"
echo 'Winter2026!' | kinit alice >/dev/null
kvno MSSQLSvc/db.lab.test >/dev/null
kdestroy -q
sleep 1
kill $dump
wait $dump 2>/dev/null || true
dump=
# tcpdump writes pcap; the capture is kept as pcapng, with one interface block
editcap -F pcapng "$out.pcap" "$out"
rm -f "$out.pcap"
