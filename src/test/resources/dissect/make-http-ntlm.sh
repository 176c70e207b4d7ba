#!/usr/bin/env bash
# Captures http-ntlm.pcapng: NTLMSSP in HTTP's authentication headers, made with real software
# over the loopback on the project's machine (Debian 12, Squid 5.7, curl 7.88, Python 3.11's
# http.server) on 2026-11-30 with:
#
#   sudo src/test/resources/dissect/make-http-ntlm.sh http-ntlm.pcapng
#
# curl asks Squid on 127.0.0.1:3128 (one of HTTP's ports) for a page of http.server on port 8000;
# Squid demands NTLM proxy authentication (Proxy-Authenticate: NTLM, then the CHALLENGE), which its
# ntlm_fake_auth helper accepts for any user; curl sends the NEGOTIATE and the AUTHENTICATE of
# LABDOM\alice in Proxy-Authorization, then a second user's in a second connection.
# Needs root (tcpdump on lo), squid, curl and tcpdump; ports 3128 and 8000 must be free. Not
# deterministic (challenges, times): the tests name frames of the committed file, so rerun only
# to replace it and its recordings.
set -euo pipefail
out=$(realpath -m "$1")
lab=$(mktemp -d)
chmod 755 "$lab"
cleanup() {
    kill "$(cat "$lab/web.pid" 2>/dev/null)" 2>/dev/null || true
    kill "$(cat "$lab/squid.pid" 2>/dev/null)" 2>/dev/null || true
    sleep 1
    rm -rf "$lab"
}
trap cleanup EXIT
mkdir -p "$lab/www" "$lab/cache"
chown proxy:proxy "$lab/cache"
echo 'lateral movement notes' > "$lab/www/notes.txt"
cat > "$lab/squid.conf" <<CONF
http_port 127.0.0.1:3128
auth_param ntlm program /usr/lib/squid/ntlm_fake_auth
auth_param ntlm children 2
acl authenticated proxy_auth REQUIRED
http_access allow authenticated
http_access deny all
cache deny all
pid_filename $lab/squid.pid
access_log none
cache_log $lab/cache/cache.log
coredump_dir $lab/cache
shutdown_lifetime 0 seconds
CONF
(cd "$lab/www" && exec python3 -m http.server 8000 --bind 127.0.0.1 > /dev/null 2>&1) &
echo $! > "$lab/web.pid"
squid -f "$lab/squid.conf"
sleep 3
tcpdump -i lo -Z root -U -w "$out" 'tcp port 3128' 2>/dev/null &
dump=$!
sleep 1
curl -s -o /dev/null --proxy-ntlm --proxy-user 'LABDOM\alice:Secret1' -x http://127.0.0.1:3128 \
    http://127.0.0.1:8000/notes.txt
curl -s -o /dev/null --proxy-ntlm --proxy-user 'bob:hunter2' -x http://127.0.0.1:3128 \
    http://127.0.0.1:8000/
sleep 1
kill $dump
wait $dump 2>/dev/null || true
