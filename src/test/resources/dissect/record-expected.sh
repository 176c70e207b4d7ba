#!/bin/sh
# Records what tshark 4.0.17 prints for every field sharkfin's link/network/UDP dissectors and its
# NBNS, DHCP, RIP, XML, JSON, image, CDP, SSH, FTP, SMTP, IMF, MIME multipart, NBSS, SMB2, GSS-API, SPNEGO,
# NTLMSSP, Kerberos, POP, IMAP and STP dissectors add, for the corpus
# captures, synthetic.pcapng, nbns.pcapng, xml.pcapng, json.pcapng, images.pcapng, cdp.pcapng,
# ssh.pcapng, ssh-tools.pcapng, ftp.pcapng, dns-tunnel.pcapng, smtp.pcapng, smtp-python.pcap,
# multipart.pcapng, smb.pcapng, http-ntlm.pcapng, kerberos.pcapng and kerberos-cut.pcap
# (make-kerberos-cut.py), tcp-replayed.pcap (make-tcp-replayed.sh), pop.pcapng (make-pop.py), imap.pcapng (make-imap.py), guessing.pcapng (make-guessing.py) and stp.pcapng (make-stp.py), as
# expected/<capture>.tsv.gz (one row per frame, occurrences joined with ','). expected/fields.txt
# lists those fields; after adding fields, regenerate it and the recordings (from the project
# root, after mvn test-compile):
#   java -cp target/test-classes:target/classes io.sharkfin.dissect.DissectTool fields \
#       | grep -v '^frame.comment$' > src/test/resources/dissect/expected/fields.txt
#   src/test/resources/dissect/record-expected.sh
# (the NBNS fields were added to the list as it was, with `DissectTool fields | grep '^nbns'`, and
# so were the XML, JSON, image (`grep -E '^(png|image-gif|image-jfif|gif\.)'`), CDP, SSH, FTP
# (`grep '^ftp'`), SMTP/IMF (`grep -E '^(smtp|imf)'`), MIME multipart (`grep '^mime_multipart'`),
# SMB (`grep -E '^(nbss|smb2|ntlmssp|gss-api|spnego)'`), Kerberos (`grep '^kerberos'`), POP (`grep '^pop'`), IMAP (`grep '^imap'`)
# and STP (`grep -E '^(stp|mstp|bpdu)'`) fields)
set -e
cd "$(dirname "$0")"
args=""
for f in $(cat expected/fields.txt); do args="$args -e $f"; done
export WIRESHARK_CONFIG_DIR=$(mktemp -d)
for cap in ../corpus/captures/*.pcap ../corpus/captures/*.pcapng synthetic.pcapng nbns.pcapng xml.pcapng json.pcapng images.pcapng cdp.pcapng ssh.pcapng ssh-tools.pcapng ftp.pcapng dns-tunnel.pcapng smtp.pcapng smtp-python.pcap multipart.pcapng smb.pcapng http-ntlm.pcapng kerberos.pcapng kerberos-cut.pcap tcp-replayed.pcap pop.pcapng imap.pcapng guessing.pcapng stp.pcapng; do
  name=$(basename "$cap")
  TZ=UTC tshark -n -r "$cap" -T fields -E header=y -E separator=/t -E occurrence=a -E aggregator=, \
    $args 2>/dev/null | gzip -9n > "expected/$name.tsv.gz"
done
