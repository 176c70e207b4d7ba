#!/usr/bin/env python3
"""Cuts a capture at every byte position and records what tshark 4.0.17 makes of each prefix:
how many frames it prints, then its error message ("{file}" stands for the file name).

    ./make-truth.py ../../../../corpus/captures/tcpdump-802.1ad_QinQ.pcap > tcpdump-802.1ad_QinQ.pcap.tsv
"""
import os, subprocess, sys, tempfile

src = sys.argv[1]
data = open(src, 'rb').read()
ext = src.rsplit('.', 1)[1]
print('cut\tframes\tmessage')
with tempfile.TemporaryDirectory() as tmp:
    name = os.path.join(tmp, 'cut.' + ext)
    for n in range(len(data) + 1):
        with open(name, 'wb') as f:
            f.write(data[:n])
        p = subprocess.run(['tshark', '-n', '-r', name, '-T', 'fields', '-e', 'frame.number'],
                           capture_output=True, text=True)
        frames = [l for l in p.stdout.split('\n') if l.strip()]
        err = '\n'.join(l for l in p.stderr.split('\n') if l and not l.startswith('Running as user'))
        err = err.replace('"%s"' % name, '"{file}"').replace('tshark: ', '')
        print('%d\t%d\t%s' % (n, len(frames), err.replace('\\', '\\\\').replace('\n', '\\n')))
