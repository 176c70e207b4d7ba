#!/usr/bin/env bash
# Captures ssh-openssh.pcap: eight real OpenSSH connections over the loopback, one per key
# exchange and cipher family packet-ssh.c reads, made on the project's machine (Debian 12,
# OpenSSH 9.2p1) on 2026-11-30 with:
#
#   sudo src/test/resources/dissect/make-ssh-openssh.sh ssh-openssh.pcap
#
# Needs root (sshd on port 22, tcpdump on lo), openssh-server and tcpdump; the port must be free.
# Not deterministic (keys, cookies and times are new each run): the tests name frames of the
# committed file, so rerun only to replace it and its recordings.
set -euo pipefail
out=$(realpath -m "$1")
lab=$(mktemp -d)
trap 'kill $(cat "$lab/sshd.pid" 2>/dev/null) 2>/dev/null || true; rm -rf "$lab"' EXIT
for t in rsa ecdsa ed25519; do ssh-keygen -q -t $t -N '' -f "$lab/host_$t"; done
ssh-keygen -q -t ed25519 -N '' -f "$lab/client" -C lab
mkdir -p /root/.ssh /run/sshd
cat "$lab/client.pub" >> /root/.ssh/authorized_keys
cat > "$lab/sshd_config" <<CONF
Port 22
ListenAddress 127.0.0.1
ListenAddress ::1
HostKey $lab/host_ed25519
HostKey $lab/host_ecdsa
HostKey $lab/host_rsa
PermitRootLogin yes
UsePAM no
PidFile $lab/sshd.pid
Compression yes
KexAlgorithms +diffie-hellman-group1-sha1,diffie-hellman-group14-sha1,diffie-hellman-group-exchange-sha1
Ciphers +aes128-cbc,3des-cbc
MACs +hmac-md5,hmac-sha1-96,hmac-md5-96
HostKeyAlgorithms +ssh-rsa
CONF
/usr/sbin/sshd -f "$lab/sshd_config"
sleep 0.5
tcpdump -i lo -U -w "$out" 'tcp port 22' 2>/dev/null &
dump=$!
sleep 1
S=(ssh -q -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o IdentitiesOnly=yes -i "$lab/client")
"${S[@]}" root@127.0.0.1 echo default-chacha
"${S[@]}" -o Ciphers=aes128-ctr -o MACs=hmac-sha2-256 -o HostKeyAlgorithms=rsa-sha2-512 \
    -o KexAlgorithms=diffie-hellman-group14-sha256 root@127.0.0.1 echo dh14-rsa-ctr
"${S[@]}" -o Ciphers=aes256-gcm@openssh.com -o HostKeyAlgorithms=ecdsa-sha2-nistp256 \
    -o KexAlgorithms=ecdh-sha2-nistp256 root@127.0.0.1 echo ecdh-gcm
"${S[@]}" -o Ciphers=aes128-ctr -o MACs=hmac-sha2-256-etm@openssh.com \
    -o KexAlgorithms=diffie-hellman-group-exchange-sha256 root@127.0.0.1 echo gex-etm
"${S[@]}" -C -o Ciphers=aes256-ctr -o MACs=hmac-sha1 -o KexAlgorithms=curve25519-sha256 root@::1 echo v6-zlib-sha1
"${S[@]}" -o Ciphers=aes128-cbc -o MACs=hmac-md5 -o HostKeyAlgorithms=ssh-rsa \
    -o KexAlgorithms=diffie-hellman-group1-sha1 root@127.0.0.1 echo group1-cbc-md5
"${S[@]}" -o Ciphers=3des-cbc -o MACs=hmac-sha1-96 -o KexAlgorithms=diffie-hellman-group-exchange-sha1 \
    root@127.0.0.1 echo gex1-3des
ssh -q -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o BatchMode=yes \
    -o PubkeyAuthentication=no nobody@127.0.0.1 true || true
sleep 1
kill $dump
wait $dump 2>/dev/null || true
sed -i "\|$(cut -d' ' -f2 "$lab/client.pub")|d" /root/.ssh/authorized_keys
