"""A minimal pcap writer for the scripts that hand-build synthetic captures (tls/make_synthetic.py,
ocsp/make_synthetic.py under src/test/resources).

Classic little-endian pcap, version 2.4, Ethernet link type, snap length 65535. Frames are 1 ms
apart from a fixed start, so that writing a capture again gives the same bytes.
"""
import struct


class Pcap:
    """One capture file being written; close() when done."""

    def __init__(self, path):
        self.f = open(path, "wb")
        self.f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
        self.t = 1_700_000_000.0

    def frame(self, data):
        self.t += 0.001
        sec = int(self.t)
        usec = int(round((self.t - sec) * 1e6))
        self.f.write(struct.pack("<IIII", sec, usec, len(data), len(data)) + data)

    def close(self):
        self.f.close()
