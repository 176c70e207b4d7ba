#!/usr/bin/env python3
"""Writes images.pcapng: HTTP responses over TCP, one per stream, whose bodies exercise Wireshark's
image dissectors (file-jpeg.c, file-png.c, file-gif.c), each image built here byte by byte:

- JPEG/JFIF: APP0 JFIF (with and without a thumbnail), JFXX and unknown APP0s, comments, quantization
  and Huffman tables, baseline and progressive frames, restart intervals and markers, stuffed and
  fill bytes, data after the end of the image, a reserved marker;
- JPEG/Exif: APP1 Exif in both byte orders, with IFD0 (camera make and model, software, date), IFD1,
  an Exif sub-IFD, a GPS IFD (position, altitude, time) and an Interoperability IFD, every value
  type, APP2 FlashPix and ICC segments; damaged TIFF headers and IFDs (byte order, offsets out of
  range or backwards, 65535 entries, a count of 0xffffffff);
- PNG: IHDR, PLTE, tRNS, sRGB, gAMA, cHRM, pHYs, bKGD in its three sizes, sBIT, tIME, tEXt, zTXt,
  iTXt, a private chunk, IDAT, IEND; a bad CRC, empty and unterminated keywords, chunk lengths of
  0xffffffff and 0x7ffffff0;
- GIF: GIF87a and GIF89a, global and local colour tables, an interlaced image, graphic control,
  comment, plain text, application (NETSCAPE2.0) and unknown extensions, a stray byte, data after
  the trailer;
- cut-short images of each kind, a body too short for a signature, a body whose media type says
  image but whose bytes are not one, and images found by HTTP's heuristics (no image media type).

Deterministic: rerunning gives the same bytes (no compressor: image data is stored deflate, or
bytes from a fixed linear congruential sequence).

    python3 make-images.py images.pcapng
"""
import struct
import sys
import zlib

from wirebytes import http_response_frame, noise, write_pcapng

frames = []


def response(body, ctype):
    frames.append(http_response_frame(body, ctype, len(frames)))


# ------------------------------------------------------------------ JPEG

def seg(marker, body):
    """A marker segment: FF, the marker, a length that counts itself, the body."""
    return bytes([0xff, marker]) + struct.pack('>H', 2 + len(body)) + body


SOI = b'\xff\xd8'
EOI = b'\xff\xd9'
# ITU-T T.81 Annex K.1: the example luminance quantization table, in zig-zag order
LUMA_Q = bytes([16, 11, 12, 14, 12, 10, 16, 14, 13, 14, 18, 17, 16, 19, 24, 40, 26, 24, 22, 22, 24, 49,
                35, 37, 29, 40, 58, 51, 61, 60, 57, 51, 56, 55, 64, 72, 92, 78, 64, 68, 87, 69, 55, 56,
                80, 109, 81, 87, 95, 98, 103, 104, 103, 62, 77, 113, 121, 112, 100, 120, 92, 101, 103, 99])
CHROMA_Q = bytes([17, 18, 18, 24, 21, 24, 47, 26, 26, 47, 99] + [99] * 53)
# Annex K.3: the DC luminance Huffman table (code counts, then symbols)
DC_LUMA = bytes([0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]) + bytes(range(12))


def jfif_app0(version=(1, 1), units=1, density=(72, 72), thumb=(0, 0), rgb=b''):
    return seg(0xe0, b'JFIF\0' + bytes(version) + bytes([units]) + struct.pack('>HH', *density)
               + bytes(thumb) + rgb)


def dqt(table_id, table):
    return seg(0xdb, bytes([table_id]) + table)


def dht(cls_id, table):
    return seg(0xc4, bytes([cls_id]) + table)


def sof(marker, lines, samples, comps, precision=8):
    body = bytes([precision]) + struct.pack('>HHB', lines, samples, len(comps))
    for cid, h, v, tq in comps:
        body += bytes([cid, (h << 4) | v, tq])
    return seg(marker, body)


def sos(comps, ss=0, se=63, ah=0, al=0):
    body = bytes([len(comps)])
    for cs, td, ta in comps:
        body += bytes([cs, (td << 4) | ta])
    return seg(0xda, body + bytes([ss, se, (ah << 4) | al]))


def entropy(n, seed):
    """Scan data: every FF stuffed with a 00, as an encoder writes it."""
    return noise(n, seed).replace(b'\xff', b'\xff\x00')


YCBCR = [(1, 2, 2, 0), (2, 1, 1, 1), (3, 1, 1, 1)]
SCAN = [(1, 0, 0), (2, 1, 1), (3, 1, 1)]


def tables():
    return dqt(0x00, LUMA_Q) + dqt(0x01, CHROMA_Q) + dht(0x00, DC_LUMA) + dht(0x10, DC_LUMA)


# TIFF field types
BYTE, ASCII, SHORT, LONG, RATIONAL, SBYTE, UNDEFINED, SLONG, SRATIONAL, FLOAT = 1, 2, 3, 4, 5, 6, 7, 9, 10, 11
SIZES = {BYTE: 1, ASCII: 1, SHORT: 2, LONG: 4, RATIONAL: 8, SBYTE: 1, UNDEFINED: 1, SLONG: 4,
         SRATIONAL: 8, FLOAT: 4}


class Ptr:
    """An IFD entry's value that is the offset of another IFD, known once all are laid out."""

    def __init__(self, name):
        self.name = name


class Off:
    """An IFD entry's offset field written as it is (pointing anywhere), with its own count."""

    def __init__(self, offset):
        self.offset = offset


def tiff(order, ifds, chain, first=8, gap=b''):
    """A TIFF header and its IFDs, laid out one after another after `gap`: `ifds` maps a name to
    its entries (tag, type, values), `chain` maps a name to the IFD that follows it (its next-IFD
    offset), and the header points at `first` (an int) or at the IFD named first."""
    e = '<' if order == b'II' else '>'

    def pack(typ, values):
        if typ in (ASCII, UNDEFINED, BYTE, SBYTE) and isinstance(values, (bytes, bytearray)):
            return bytes(values)
        if typ in (RATIONAL, SRATIONAL):
            fmt = 'I' if typ == RATIONAL else 'i'
            return b''.join(struct.pack(e + fmt + fmt, n, d) for n, d in values)
        fmt = {BYTE: 'B', SBYTE: 'b', SHORT: 'H', LONG: 'I', SLONG: 'i', FLOAT: 'f'}[typ]
        return b''.join(struct.pack(e + fmt, v) for v in values)

    def size(entries):
        data = 0
        for tag, typ, values, *count in entries:
            if not isinstance(values, Off):
                n = len(pack(typ, [0] if isinstance(values, Ptr) else values))
                data += n if n > 4 else 0
        return 2 + 12 * len(entries) + 4 + data

    at = {}
    pos = 8 + len(gap)
    for name, entries in ifds.items():
        at[name] = pos
        pos += size(entries)
    out = bytearray(order + struct.pack(e + 'HI', 42, at[first] if isinstance(first, str) else first) + gap)
    for name, entries in ifds.items():
        data_at = at[name] + 2 + 12 * len(entries) + 4
        data = b''
        out += struct.pack(e + 'H', len(entries))
        for tag, typ, values, *count in entries:
            if isinstance(values, Off):
                out += struct.pack(e + 'HHII', tag, typ, count[0], values.offset)
                continue
            if isinstance(values, Ptr):
                values = [at[values.name]]
            raw = pack(typ, values)
            n = count[0] if count else len(raw) // SIZES.get(typ, 1)
            if len(raw) > 4:
                field = struct.pack(e + 'I', data_at + len(data))
                data += raw
            else:
                field = raw + b'\0' * (4 - len(raw))
            out += struct.pack(e + 'HHI', tag, typ, n) + field
        nxt = chain.get(name)
        out += struct.pack(e + 'I', nxt if isinstance(nxt, int) else at[nxt] if nxt else 0)
        out += data
    return bytes(out)


def exif_app1(tiff_bytes):
    return seg(0xe1, b'Exif\0\0' + tiff_bytes)


def camera_ifds(with_interop_in_ifd0=False):
    ifd0 = [
        (0x010f, ASCII, b'Canon\0'),
        (0x0110, ASCII, b'Canon EOS 5D Mark IV\0'),
        (0x0112, SHORT, [1]),
        (0x011a, RATIONAL, [(72, 1)]),
        (0x011b, RATIONAL, [(72, 1)]),
        (0x0128, SHORT, [2]),
        (0x0131, ASCII, b'Adobe Photoshop Lightroom Classic 12.0 (Windows)\0'),
        (0x0132, ASCII, b'2023:04:01 10:15:30\0'),
        (0x013b, ASCII, b'J. Doe\0'),
        (0x8298, ASCII, b'(c) 2023 J. Doe\0'),
        (0x8769, LONG, Ptr('exif')),
        (0x8825, LONG, Ptr('gps')),
    ]
    if with_interop_in_ifd0:
        ifd0.append((0xa005, LONG, Ptr('interop')))
    ifd1 = [
        (0x0103, SHORT, [6]),
        (0x0201, LONG, [4000]),
        (0x0202, LONG, [1234]),
        (0x0213, SHORT, [2]),
    ]
    exif = [
        (0x829a, RATIONAL, [(1, 250)]),
        (0x829d, RATIONAL, [(28, 10)]),
        (0x8822, SHORT, [3]),
        (0x8827, SHORT, [400]),
        (0x9000, UNDEFINED, b'0231'),
        (0x9003, ASCII, b'2023:04:01 10:15:30\0'),
        (0x9004, ASCII, b'2023:04:01 10:15:30\0'),
        (0x9010, ASCII, b'+02:00\0'),
        (0x9101, UNDEFINED, b'\x01\x02\x03\x00'),
        (0x9201, SRATIONAL, [(7965784, 1000000)]),
        (0x9204, SRATIONAL, [(-1, 3)]),
        (0x9209, SHORT, [16]),
        (0x920a, RATIONAL, [(50, 1)]),
        (0x927c, UNDEFINED, b'MakerNote\0\x01\x02\x03'),
        (0x9286, UNDEFINED, b'ASCII\0\0\0holiday'),
        (0x9400, SRATIONAL, [(215, 10)]),
        (0xa001, SHORT, [1]),
        (0xa002, LONG, [6720]),
        (0xa003, LONG, [4480]),
        (0xa005, LONG, Ptr('interop')),
        (0xa431, ASCII, b'012345678901\0'),
        (0xa432, RATIONAL, [(24, 1), (105, 1), (0, 0), (0, 0)]),
        (0xa434, ASCII, b'EF24-105mm f/4L IS USM\0'),
        (0xbeef, SLONG, [-42]),
        (0xbef0, SBYTE, b'\xfe'),
        (0xbef1, FLOAT, [1.5], 1),
    ]
    gps = [
        (0x00, BYTE, b'\x02\x03\x00\x00'),
        (0x01, ASCII, b'N\0'),
        (0x02, RATIONAL, [(52, 1), (31, 1), (1234, 100)]),
        (0x03, ASCII, b'E\0'),
        (0x04, RATIONAL, [(13, 1), (24, 1), (3456, 100)]),
        (0x05, BYTE, b'\x00'),
        (0x06, RATIONAL, [(3450, 100)]),
        (0x07, RATIONAL, [(8, 1), (15, 1), (30, 1)]),
        (0x12, ASCII, b'WGS-84\0'),
        (0x1b, UNDEFINED, b'ASCII\0\0\0GPS'),
        (0x1d, ASCII, b'2023:04:01\0'),
    ]
    interop = [
        (0x0001, ASCII, b'R98\0'),
        (0x0002, UNDEFINED, b'0100'),
    ]
    return {'ifd0': ifd0, 'ifd1': ifd1, 'exif': exif, 'gps': gps, 'interop': interop}


def baseline_tail(seed, lines=32, samples=48):
    return (tables() + sof(0xc0, lines, samples, YCBCR) + sos(SCAN) + entropy(120, seed) + EOI)


# 1. JFIF: a comment, tables, a baseline frame, restart markers in the scan, fill bytes, EOI
response(SOI + jfif_app0((1, 1), 1, (96, 96)) + seg(0xfe, b'Created with GIMP')
         + tables() + sof(0xc0, 114, 218, YCBCR) + seg(0xdd, struct.pack('>H', 4)) + sos(SCAN)
         + entropy(60, 1) + b'\xff\xd0' + entropy(40, 2) + b'\xff\xd1' + entropy(30, 3)
         + b'\xff\xff\xff' + EOI, 'image/jpeg')
# 2. JFIF 1.2 with a 2x2 thumbnail, a progressive single-component frame, and bytes after EOI
response(SOI + jfif_app0((1, 2), 2, (28, 28), (2, 2), bytes(range(12))) + dqt(0x00, LUMA_Q)
         + sof(0xc2, 16, 16, [(1, 1, 1, 0)]) + dht(0x00, DC_LUMA)
         + sos([(1, 0, 0)], 0, 0, 0, 1) + entropy(50, 4) + sos([(1, 0, 0)], 1, 63, 0, 1)
         + entropy(50, 5) + EOI + b'trailing bytes after the image', 'image/jpeg')
# 3. JFIF then JFXX and an unknown APP0, an Adobe APP14, arithmetic-coding and hierarchical markers
response(SOI + jfif_app0((1, 1), 0, (1, 1)) + seg(0xe0, b'JFXX\0\x10' + SOI + EOI)
         + seg(0xe0, b'AVI1\0\0\0\0\0') + seg(0xee, b'Adobe\0\x64\x80\0\0\0\0\x01')
         + seg(0xcc, b'\x00\x10') + seg(0xde, b'\x08\x00\x10\x00\x10\x01\x01\x11\x00')
         + seg(0xc9, b'\x08\x00\x10\x00\x10\x01\x01\x11\x00') + seg(0xdc, b'\x00\x10')
         + b'\xff\x01' + seg(0xef, b'\0') + seg(0xf0, b'jpeg-ext') + EOI, 'image/jfif')
# 4. Exif, big-endian: camera, software, dates, exposure, GPS position; FlashPix and ICC APP2s
ifds = camera_ifds()
response(SOI + exif_app1(tiff(b'MM', ifds, {'ifd0': 'ifd1'}, 'ifd0'))
         + seg(0xe2, b'FPXR\0\0\0\x01\x02') + seg(0xe2, b'ICC_PROFILE\0\x01\x01' + b'\0' * 16)
         + baseline_tail(6), 'image/jpeg')
# 5. Exif, little-endian, the IFD after a gap, the Interoperability IFD pointed at from IFD0, and a
# JFIF APP0 after the Exif one
ifds = camera_ifds(True)
response(SOI + exif_app1(tiff(b'II', ifds, {'ifd0': 'ifd1'}, 'ifd0', b'\0\0\0\0'))
         + jfif_app0() + baseline_tail(7, 8, 8), 'image/jpg')

# damaged Exif: an unknown byte order; an IFD offset inside the header; offsets past the segment
# (a value, the Exif IFD, the next IFD behind the current one); an APP1 that is no Exif
response(SOI + exif_app1(b'XX\0\x2a\0\0\0\x08') + baseline_tail(8, 8, 8), 'image/jpeg')
response(SOI + exif_app1(b'MM\0\x2a\0\0\0\x04') + seg(0xe1, b'http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>')
         + baseline_tail(9, 8, 8), 'image/jpeg')
# (the GPS IFD pointer points at IFD1, which is read twice), text after an ASCII value's NUL
response(SOI + exif_app1(tiff(b'MM', {
    'ifd0': [(0x010f, ASCII, b'Nikon\0xy'), (0x0131, ASCII, b'GIMP 2.10\0'), (0x8769, LONG, [0x7000]),
             (0x8825, LONG, Ptr('ifd1')), (0x013b, ASCII, b'abc', 4), (0x0110, 12, Off(0x20), 1)],
    'ifd1': [(0x0132, LONG, [0x9000], 2), (0x010e, ASCII, Off(0xfff0), 40)]},
    {'ifd0': 'ifd1', 'ifd1': 8}, 'ifd0')) + baseline_tail(10, 8, 8), 'image/jpeg')
# IFD offsets past 0x7fffffff, which file-jpeg.c reads back from the end of the TIFF data: the
# header's points at the last IFD, whose next one is 0xffffffee (18 bytes before the end)
last = b'\0\x01' + b'\x01\x31\0\x02\0\0\0\x04end\0' + b'\0\0\0\0'
response(SOI + exif_app1(b'MM\0\x2a\xff\xff\xff\xee' + last) + baseline_tail(14, 8, 8), 'image/jpeg')
response(SOI + exif_app1(b'II\x2a\0\x08\0\0\0' + b'\x01\0' + b'\x0f\x01\x02\0\x02\0\0\0A\0\0\0'
                         + b'\xee\xff\xff\xff' + b'\x01\0\x31\x01\x02\0\x04\0\0\0end\0\0\0\0\0')
         + baseline_tail(15, 8, 8), 'image/jpeg')
# an empty marker segment (its length field says 2): the tree's "Remaining segment data" fails
response(SOI + jfif_app0() + seg(0xef, b'') + EOI, 'image/jpeg')
# an IFD claiming 65535 entries
response(SOI + exif_app1(b'II\x2a\0\x08\0\0\0\xff\xff' + b'\x0f\x01\x02\0\x04\0\0\0abc\0' * 3)
         + baseline_tail(11, 8, 8), 'image/jpeg')
# an ASCII value of 0xffffffff bytes (to the end), SHORT values running past the segment
response(SOI + exif_app1(b'MM\0\x2a\0\0\0\x08\0\x02' + b'\x01\x0e\0\x02\xff\xff\xff\xff\0\0\0\x26'
                         + b'\x01\x12\0\x03\x00\x00\x00\x30\0\0\0\x26' + b'\0\0\0\0' + b'a long description')
         + baseline_tail(12, 8, 8), 'image/jpeg')
# cut short: in the frame header, and in a quantization table (the segment's length runs past)
response(SOI + jfif_app0() + tables() + sof(0xc0, 8, 8, YCBCR)[:9], 'image/jpeg')
response(SOI + jfif_app0() + dqt(0x00, LUMA_Q)[:30], 'image/jpeg')
# a reserved marker ends the dissection
response(SOI + jfif_app0() + dqt(0x00, LUMA_Q) + b'\xff\x02\x00\x04' + EOI, 'image/jpeg')
# no JFIF or Exif identifier: refused by the media type's dissector and the heuristics alike
response(SOI + seg(0xe0, b'JFIX\0\x01\x01\0\0\x01\0\x01\0\0') + EOI, 'image/jpeg')
# a JPEG found by the heuristics (application/x-binary has no dissector)
response(SOI + jfif_app0() + baseline_tail(13, 8, 8), 'application/x-binary')

# ------------------------------------------------------------------ PNG

PNG_SIG = b'\x89PNG\r\n\x1a\n'


def chunk(ctype, data, crc=None):
    if crc is None:
        crc = zlib.crc32(ctype + data) & 0xffffffff
    return struct.pack('>I', len(data)) + ctype + data + struct.pack('>I', crc)


def ihdr(w, h, depth, colour, interlace=0):
    return chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, depth, colour, 0, 0, interlace))


def stored_zlib(raw):
    """A zlib stream of stored (uncompressed) deflate blocks: no compressor's choices involved."""
    out = b'\x78\x01'
    for i in range(0, max(len(raw), 1), 65535):
        block = raw[i:i + 65535]
        final = 1 if i + 65535 >= len(raw) else 0
        out += bytes([final]) + struct.pack('<HH', len(block), len(block) ^ 0xffff) + block
    return out + struct.pack('>I', zlib.adler32(raw) & 0xffffffff)


def scanlines(w, h, bpp, seed):
    return b''.join(b'\0' + noise(w * bpp, seed + y) for y in range(h))


# a truecolour image with every chunk packet-png.c decodes, and some it only names
pixels = stored_zlib(scanlines(8, 4, 3, 20))
response(PNG_SIG + ihdr(8, 4, 8, 2) + chunk(b'sRGB', b'\x00') + chunk(b'gAMA', struct.pack('>I', 45455))
         + chunk(b'cHRM', struct.pack('>8I', 31270, 32900, 64000, 33000, 30000, 60000, 15000, 6000))
         + chunk(b'pHYs', struct.pack('>IIB', 2835, 2835, 1)) + chunk(b'bKGD', struct.pack('>HHH', 255, 255, 255))
         + chunk(b'sBIT', b'\x08\x08\x08') + chunk(b'tIME', struct.pack('>HBBBBB', 2023, 4, 1, 10, 15, 30))
         + chunk(b'tEXt', b'Title\0Quarterly report') + chunk(b'tEXt', b'Software\0GIMP 2.10.34')
         + chunk(b'zTXt', b'Comment\0\0' + stored_zlib(b'compressed comment'))
         + chunk(b'iTXt', b'Author\0\0\0en\0Autor\0Jos\xc3\xa9')
         + chunk(b'prVt', b'private data') + chunk(b'IDAT', pixels[:40]) + chunk(b'IDAT', pixels[40:])
         + chunk(b'IEND', b''), 'image/png')
# an indexed image: palette, transparency, a palette-index background, a bad CRC on IDAT, keywords
# that are empty or unterminated, an interlaced header
pixels = stored_zlib(scanlines(4, 4, 1, 30))
response(PNG_SIG + ihdr(4, 4, 8, 3, 1) + chunk(b'PLTE', bytes([0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0, 255]))
         + chunk(b'tRNS', b'\x00\xff') + chunk(b'bKGD', b'\x01') + chunk(b'tEXt', b'\0no keyword')
         + chunk(b'tEXt', b'Empty\0') + chunk(b'tEXt', b'Caf\xe9\0cr\xe8me \x01br\xfbl\xe9e')
         + chunk(b'tEXt', b'no terminator') + chunk(b'pHYs', struct.pack('>IIB', 1, 1, 0))
         + chunk(b'IDAT', pixels, 0xdeadbeef) + chunk(b'IEND', b''), 'image/png')
# greyscale: a two-byte background, 16 bits deep, with alpha; text after the image end
response(PNG_SIG + ihdr(2, 2, 16, 4) + chunk(b'bKGD', b'\x12\x34')
         + chunk(b'IDAT', stored_zlib(scanlines(2, 2, 4, 40))) + chunk(b'IEND', b'')
         + chunk(b'tEXt', b'After\0the end'), 'image/png')
# hostile lengths: 0xffffffff (too large, reported), then 0x7ffffff0 (past the data)
response(PNG_SIG + ihdr(1, 1, 8, 0) + struct.pack('>I', 0xffffffff) + b'IDAT' + b'\0' * 16, 'image/png')
response(PNG_SIG + ihdr(1, 1, 8, 0) + struct.pack('>I', 0x7ffffff0) + b'IDAT' + b'\0' * 16, 'image/png')
# a header chunk shorter than its fields, a tIME chunk too short
response(PNG_SIG + chunk(b'IHDR', b'\0\0\0\x01\0') + chunk(b'IEND', b''), 'image/png')
response(PNG_SIG + ihdr(1, 1, 8, 0) + chunk(b'tIME', b'\x07\xe7\x04'), 'image/png')
# cut short in its image data; and a body too short for the dissector (under 20 bytes)
response((PNG_SIG + ihdr(8, 4, 8, 2) + chunk(b'IDAT', stored_zlib(scanlines(8, 4, 3, 50))))[:90], 'image/png')
response(PNG_SIG + b'\0\0\0\0IEND', 'image/png')
# a PNG found by the heuristics
response(PNG_SIG + ihdr(1, 1, 1, 0) + chunk(b'IDAT', stored_zlib(b'\0\0')) + chunk(b'IEND', b''),
         'application/x-binary')

# ------------------------------------------------------------------ GIF


def blocks(data, size=255):
    """Data sub-blocks: a length byte before each piece, an empty block after the last."""
    out = b''
    for i in range(0, len(data), size):
        piece = data[i:i + size]
        out += bytes([len(piece)]) + piece
    return out + b'\0'


def palette(n, seed):
    return noise(3 * n, seed)


# GIF87a: a global colour table of 8, an image with a local table of 4, interlaced
response(b'GIF87a' + struct.pack('<HH', 32, 16) + bytes([0xa2, 3, 0]) + palette(8, 60)
         + b',' + struct.pack('<HHHH', 0, 0, 32, 16) + bytes([0xc1]) + palette(4, 61)
         + b'\x02' + blocks(noise(300, 62)) + b';', 'image/gif')
# GIF89a: an aspect ratio, an animation loop, graphic control, comment, plain text and an unknown
# extension, a stray byte, two frames, then bytes after the trailer
response(b'GIF89a' + struct.pack('<HH', 10, 10) + bytes([0xf7, 1, 49]) + palette(256, 70)
         + b'!\xff' + blocks(b'NETSCAPE2.0', 11)[:-1] + b'\x03\x01\x00\x00\x00'
         + b'!\xf9\x04\x05\x0a\x00\x03\x00' + b'!\xfe' + blocks(b'a GIF comment')
         + b'!\x01' + blocks(b'\x00\x00\x00\x00\x10\x00\x10\x00\x08\x08\x01\x00' + b'hi', 12)
         + b'!\x99' + blocks(b'odd') + b'\x00'
         + b',' + struct.pack('<HHHH', 0, 0, 10, 10) + b'\x00' + b'\x08' + blocks(noise(40, 71), 16)
         + b'!\xf9\x04\x04\x0a\x00\x00\x00'
         + b',' + struct.pack('<HHHH', 2, 3, 4, 5) + b'\xa0' + palette(2, 72) + b'\x02' + blocks(b'\x44\x01')
         + b';' + b'after the trailer', 'image/gif')
# GIF89a without a global colour table and without a trailer
response(b'GIF89a' + struct.pack('<HH', 1, 1) + bytes([0x00, 0, 0])
         + b',' + struct.pack('<HHHH', 0, 0, 1, 1) + b'\x00' + b'\x02' + blocks(b'\x4c\x01'), 'image/gif')
# cut short inside a data block, and a colour table running past the data
response((b'GIF89a' + struct.pack('<HH', 4, 4) + bytes([0x80, 0, 0]) + palette(2, 80)
          + b',' + struct.pack('<HHHH', 0, 0, 4, 4) + b'\x00\x02' + blocks(noise(60, 81)))[:50], 'image/gif')
response(b'GIF89a' + struct.pack('<HH', 4, 4) + bytes([0x87, 0, 0]) + palette(8, 82), 'image/gif')
# too short to be one (under 20 bytes), and a GIF found by the heuristics
response(b'GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'image/gif')
response(b'GIF87a' + struct.pack('<HH', 1, 1) + bytes([0x80, 0, 0]) + palette(2, 90)
         + b',' + struct.pack('<HHHH', 0, 0, 1, 1) + b'\x00\x02' + blocks(b'\x44\x01') + b';',
         'application/x-binary')
# a body whose media type says image but whose bytes are text
response(b'<html><body>not an image after all</body></html>', 'image/png')

write_pcapng(sys.argv[1], frames, 1700300000, 250000)
