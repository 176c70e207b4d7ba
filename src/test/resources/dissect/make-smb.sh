#!/usr/bin/env bash
# Captures smb.pcapng: real SMB2/SMB3 sessions between smbclient and smbd over the loopback (TCP
# 445, no NetBIOS session request), made on the project's machine (Debian 12, Samba 4.17.12) on
# 2026-11-30 with:
#
#   sudo src/test/resources/dissect/make-smb.sh smb.pcapng
#
# The sessions, in order: a user with a password (NTLMSSP in SPNEGO) on a share over SMB 3.1.1:
# put of an MZ file named PSEXESVC.exe (70 KB, so that its write spans TCP segments) and of a text file, a directory listing, a get, a delete;
# the same user on IPC$ over SMB 2.1; a bad password (STATUS_LOGON_FAILURE); an anonymous logon
# (empty NTLMSSP user) on a guest share; an unknown user mapped to guest; and an encrypted
# SMB 3.1.1 session (transform headers, which cannot be read without the keys).
# Needs root (smbd on port 445, tcpdump on lo, a Unix user "lab" that it adds and removes),
# samba, smbclient and tcpdump; the port must be free. Not deterministic (challenges, GUIDs,
# times): the tests name frames of the committed file, so rerun only to replace it and its
# recordings.
set -euo pipefail
out=$(realpath -m "$1")
lab=$(mktemp -d)
chmod 755 "$lab"
cleanup() {
    kill "$(cat "$lab/run/smbd.pid" 2>/dev/null)" 2>/dev/null || true
    userdel lab 2>/dev/null || true
    rm -rf "$lab"
}
trap cleanup EXIT
mkdir -p "$lab"/{private,lock,state,cache,run,share,public,log}
chmod 777 "$lab/share" "$lab/public"
useradd -M -d "$lab/share" lab 2>/dev/null || true
cat > "$lab/smb.conf" <<CONF
[global]
    workgroup = LABGROUP
    netbios name = LABSERVER
    server role = standalone server
    interfaces = lo
    bind interfaces only = yes
    smb ports = 445
    disable netbios = yes
    server min protocol = SMB2_02
    server smb encrypt = if_required
    map to guest = Bad User
    restrict anonymous = 0
    private dir = $lab/private
    lock directory = $lab/lock
    state directory = $lab/state
    cache directory = $lab/cache
    pid directory = $lab/run
    log file = $lab/log/%m.log
    load printers = no
    printing = bsd
    printcap name = /dev/null
    disable spoolss = yes
    host msdfs = no
[share]
    path = $lab/share
    read only = no
    valid users = lab
[public]
    path = $lab/public
    guest ok = yes
    read only = yes
CONF
printf 'Passw0rd!\nPassw0rd!\n' | smbpasswd -c "$lab/smb.conf" -s -a lab >/dev/null
smbd -s "$lab/smb.conf" -D
sleep 1
{ printf 'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00'; head -c 70000 /dev/zero; } > "$lab/PSEXESVC.exe"
printf 'lateral movement notes\n' > "$lab/notes.txt"
echo 'public file' > "$lab/public/readme.txt"
tcpdump -i lo -Z root -U -w "$out" 'tcp port 445' 2>/dev/null &
dump=$!
sleep 1
C=(smbclient -s "$lab/smb.conf" --option='client min protocol=SMB2_02' --use-kerberos=off)
cd "$lab"
"${C[@]}" //127.0.0.1/share -U 'lab%Passw0rd!' -m SMB3 \
    -c 'put PSEXESVC.exe; put notes.txt; ls; get notes.txt got.txt; del notes.txt; del PSEXESVC.exe'
"${C[@]}" //127.0.0.1/IPC\$ -U 'lab%Passw0rd!' -m SMB2_10 -c 'exit' || true
"${C[@]}" //127.0.0.1/share -U 'lab%wrong' -m SMB3 -c 'ls' || true
"${C[@]}" //127.0.0.1/public -U '%' -N -m SMB3 -c 'ls' || true
"${C[@]}" //127.0.0.1/public -U 'nosuchuser%x' -m SMB3 -c 'get readme.txt got2.txt' || true
"${C[@]}" //127.0.0.1/share -U 'lab%Passw0rd!' -m SMB3 --client-protection=encrypt -c 'ls' || true
sleep 1
kill $dump
wait $dump 2>/dev/null || true
