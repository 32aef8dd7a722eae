"""What the model-file converters share: the checksum of src/nlp/model_io.rs (the
payload's 64-bit hash), written out in Python so that a converted file loads."""
import struct

M = (1 << 64) - 1


def fmix(h):
    h ^= h >> 33; h = (h * 0xff51afd7ed558ccd) & M
    h ^= h >> 33; h = (h * 0xc4ceb9fe1a85ec53) & M
    h ^= h >> 33; return h


def rotl(x, r): return ((x << r) | (x >> (64 - r))) & M


def checksum(b):
    h = 0x243f6a8885a308d3 ^ len(b)
    n = len(b) // 8 * 8
    for (v,) in struct.iter_unpack('<Q', b[:n]):
        h = rotl(((h ^ v) * 0x9E3779B97F4A7C15) & M, 23)
    for x in b[n:]:
        h = rotl(((h ^ x) * 0x9E3779B97F4A7C15) & M, 23)
    return fmix(h)
