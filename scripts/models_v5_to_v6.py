"""Converts a format-5 model file (assets/models/*.agm) to format 6: the same bytes of
every section and table, laid out on cache lines (see src/nlp/model_io.rs): each
section's bytes start on a 64-byte boundary of the file, and inside the Linear sections
(TLIN tagger, NLIN entity recognizer, PLAB parser labeler) and the parser's PTRN the hash
buckets and the dense weight rows start on a 64-byte boundary of the section. No weight
changes; the script reads its output back and checks that every table holds the very
bytes of the input. Used once, to convert the shipped models without retraining them
(see the README, "Linguistic models"). Usage: python3 scripts/models_v5_to_v6.py OLD.agm
NEW.agm"""
import struct, sys

from agm import checksum

LINE = 64
HEADER = 24


def pad(b, k):
    return b + b'\0' * (-len(b) % k)


def parse_buckets(sec, o, size, aligned):
    """(bucket count, bucket bytes, offset after) of a Buckets table at `o`."""
    nb, = struct.unpack_from('<Q', sec, o); o += 8
    if aligned:
        assert sec[o:o + (-o % LINE)] == b'\0' * (-o % LINE)
        o += -o % LINE
    n = nb * size
    body = sec[o:o + n]; o += n + (-n % 8)
    return nb, body, o


def write_buckets(out, nb, body):
    out = pad(out + struct.pack('<Q', nb), LINE)
    return pad(out + body, 8)


def parse_linear(sec, aligned):
    """(class count, bucket count, buckets, dense rows, sparse parameters)."""
    ncls, = struct.unpack_from('<Q', sec, 0)
    nb, buckets, o = parse_buckets(sec, 8, 32 + 8 * 4, aligned)
    arrays = []
    for i in range(2):
        n, = struct.unpack_from('<Q', sec, o); o += 8
        if aligned and i == 0:
            o += -o % LINE
        arrays.append(sec[o:o + n]); o += n + (-n % 8)
    assert o == len(sec), (o, len(sec))
    return (ncls, nb, buckets, *arrays)


def write_linear(ncls, nb, buckets, dense, sparse):
    out = write_buckets(struct.pack('<Q', ncls), nb, buckets)
    out = pad(out + struct.pack('<Q', len(dense)), LINE) + pad(dense, 8)
    return out + struct.pack('<Q', len(sparse)) + pad(sparse, 8)


def parse_inline4(sec, aligned):
    nb, body, o = parse_buckets(sec, 0, 32 + 8 * 6, aligned)
    assert o == len(sec)
    return nb, body


def sections(b, version):
    """The (tag, bytes) of the sections of a file of `version`."""
    assert b[:8] == b'AGNLPMDL' and struct.unpack('<I', b[8:12])[0] == version
    plen, = struct.unpack('<Q', b[16:24])
    payload = b[HEADER:HEADER + plen]
    assert struct.unpack('<Q', b[HEADER + plen:])[0] == checksum(payload)
    out, o = [], 0
    while o < len(payload):
        tag = payload[o:o + 4]; n, = struct.unpack_from('<Q', payload, o + 8)
        head = 16
        if version >= 6:
            head = (HEADER + o + 16 + LINE - 1) // LINE * LINE - HEADER - o
            assert payload[o + 16:o + head] == b'\0' * (head - 16)
        out.append((tag, payload[o + head:o + head + n]))
        o += head + n + (-n % 8)
    return b[12:16], out


def tables(tag, sec, aligned):
    """What the section holds, independent of the layout."""
    if tag in (b'TLIN', b'NLIN', b'PLAB'):
        return parse_linear(sec, aligned)
    if tag == b'PTRN':
        return parse_inline4(sec, aligned)
    return sec


def main():
    src, dst = sys.argv[1], sys.argv[2]
    b = open(src, 'rb').read()
    kind, secs = sections(b, 5)
    payload = b''
    for tag, sec in secs:
        if tag in (b'TLIN', b'NLIN', b'PLAB'):
            sec = write_linear(*parse_linear(sec, False))
        elif tag == b'PTRN':
            sec = write_buckets(b'', *parse_inline4(sec, False))
        payload += tag + b'\0' * 4 + struct.pack('<Q', len(sec))
        payload += b'\0' * (-(HEADER + len(payload)) % LINE)
        payload += pad(sec, 8)
    f = (b'AGNLPMDL' + struct.pack('<I', 6) + kind + struct.pack('<Q', len(payload))
         + payload + struct.pack('<Q', checksum(payload)))
    # read back: the same sections holding the same tables, byte for byte
    kind6, secs6 = sections(f, 6)
    assert kind6 == kind and [t for t, _ in secs6] == [t for t, _ in secs]
    for (tag, old), (_, new) in zip(secs, secs6):
        assert tables(tag, old, False) == tables(tag, new, True), tag
    open(dst, 'wb').write(f)
    print(src, len(b), '->', dst, len(f))


main()
