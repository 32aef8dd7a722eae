"""Converts a format-4 model file (assets/models/*.agm) to format 5: its Linear sections
(tagger, entity recognizer, parser labeler) go from 32-bit weights on a 2^20 scale to
16-bit weights on a 32767 scale, the same learned weights rounded; other sections are
copied. Used once, to convert the shipped models without retraining them (see the README,
"Linguistic models"). Usage: python3 scripts/models_v4_to_v5.py OLD.agm NEW.agm
(the format-4 coref and relations files only need the version field set to 5: their
sections did not change and the checksum covers the payload only)."""
import struct, sys
from agm import checksum
def pad8(b):
    return b + b'\0' * (-len(b) % 8)
K = 32767 / (1 << 20)
def q(w):
    x = w * K
    return int(x + 0.5) if x >= 0 else -int(-x + 0.5)
def convert_linear(sec):
    o = 0
    ncls, = struct.unpack_from('<Q', sec, o); o += 8
    stride = (ncls + 15) // 16 * 16
    nb, = struct.unpack_from('<Q', sec, o); o += 8
    size = nb * (32 + 8 * 4)
    buckets = sec[o:o + size]; o += size + (-size % 8)
    arrays = []
    for _ in range(2):
        n, = struct.unpack_from('<Q', sec, o); o += 8
        arrays.append(sec[o:o + n]); o += n + (-n % 8)
    assert o == len(sec), (o, len(sec))
    dense, sparse = arrays
    ws = struct.unpack('<%di' % (len(dense) // 4), dense)
    assert max(abs(w) for w in ws) <= 1 << 20
    d16 = struct.pack('<%dh' % len(ws), *[q(w) for w in ws])
    sp = []
    for (p,) in struct.iter_unpack('<I', sparse):
        c = p & 0xff
        w = struct.unpack('<i', struct.pack('<I', p))[0] >> 8
        w = q(w)
        sp.append(struct.unpack('<I', struct.pack('<i', (w << 8) | c))[0])
    s16 = struct.pack('<%dI' % len(sp), *sp)
    out = struct.pack('<Q', ncls) + struct.pack('<Q', nb) + pad8(buckets)
    for a in (d16, s16):
        out += struct.pack('<Q', len(a)) + pad8(a)
    return out
src, dst = sys.argv[1], sys.argv[2]
b = open(src, 'rb').read()
assert b[:8] == b'AGNLPMDL' and struct.unpack('<I', b[8:12])[0] == 4
kind = b[12:16]
plen, = struct.unpack('<Q', b[16:24])
payload = b[24:24 + plen]
out = b''
o = 0
while o < len(payload):
    tag = payload[o:o + 4]; n, = struct.unpack_from('<Q', payload, o + 8)
    sec = payload[o + 16:o + 16 + n]; o += 16 + n + (-n % 8)
    if tag in (b'TLIN', b'NLIN', b'PLAB'):
        sec = convert_linear(sec)
    out += tag + b'\0' * 4 + struct.pack('<Q', len(sec)) + pad8(sec)
f = b'AGNLPMDL' + struct.pack('<I', 5) + kind + struct.pack('<Q', len(out)) + out + struct.pack('<Q', checksum(out))
open(dst, 'wb').write(f)
print(src, len(b), '->', dst, len(f))
