//! The model file format.
//!
//! ```text
//! offset  size  field
//! 0       8     magic "AGNLPMDL"
//! 8       4     format version (u32 LE), FORMAT_VERSION
//! 12      4     model kind (4 ASCII bytes: "TAGR", "PARS", "NERC")
//! 16      8     payload length in bytes (u64 LE)
//! 24      n     payload: sections, each
//!                 4 bytes tag, 4 bytes zero, 8 bytes length (u64 LE), zero padding
//!                 up to the next multiple of 64 bytes from the start of the file,
//!                 the bytes, zero padding to a multiple of 8
//! 24+n    8     checksum of the payload (u64 LE, see `checksum`)
//! ```
//!
//! Every integer is little-endian. Arrays are stored flat so loading is a copy, not a
//! parse: the hash tables and weight arrays inside the sections are used as read. A file
//! of another version, of another kind, truncated, with a wrong checksum or with
//! padding that is not zero is an [`Error::Model`], never a panic.
//!
//! **Alignment (version 6).** A section's bytes start on a 64-byte boundary of the file,
//! and inside a section the hash tables and dense weight rows start on 64-byte
//! boundaries of the section (zero padding before them, see [`Cursor::align`] and
//! [`pad_to_line`]). Loaded into a buffer that starts on a cache line (every [`Bytes`]
//! does: huge pages, or an aligned copy), a 64-byte bucket is then one cache line and a
//! row of 192 bytes three, where unaligned they took two and four. Version 5, the same
//! layout without that padding, is still read (its tables used unaligned), so that a
//! model file written before version 6 keeps loading.

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use crate::error::{Error, Result};

/// The bytes of a model file: embedded in the binary (`'static`) or read from disk and
/// shared. Tables are ranges of these bytes, used in place: loading copies nothing.
#[derive(Clone)]
pub(crate) struct Bytes {
    data: Data,
    start: usize,
    end: usize,
}

#[derive(Clone)]
enum Data {
    Static(&'static [u8]),
    /// Owned bytes, in memory that starts on a cache line.
    Shared(Arc<Aligned>),
    /// Embedded bytes copied into huge pages.
    Embedded(Arc<HugeCopy>),
}

impl Bytes {
    /// Bytes embedded in the program.
    pub fn from_static(b: &'static [u8]) -> Bytes {
        Bytes {
            data: Data::Static(b),
            start: 0,
            end: b.len(),
        }
    }

    /// Bytes owned (read from a file), copied to memory that starts on a cache line, so
    /// that the tables of a model file sit on cache lines as the file lays them out.
    pub fn from_vec(v: Vec<u8>) -> Bytes {
        let end = v.len();
        Bytes {
            data: Data::Shared(Arc::new(Aligned::new(&v))),
            start: 0,
            end,
        }
    }

    /// Bytes embedded in the program, to be read at random many times: copied into
    /// huge pages where the system has them (see [`HugeCopy`]), used in place otherwise.
    pub fn embedded(b: &'static [u8]) -> Bytes {
        match HugeCopy::new(b) {
            Some(copy) => Bytes {
                data: Data::Embedded(Arc::new(copy)),
                start: 0,
                end: b.len(),
            },
            None => Bytes::from_static(b),
        }
    }

    /// The sub-range `start..end` (relative to these bytes).
    pub fn slice(&self, start: usize, end: usize) -> Bytes {
        assert!(
            start <= end && self.start + end <= self.end,
            "range inside the bytes"
        );
        Bytes {
            data: self.data.clone(),
            start: self.start + start,
            end: self.start + end,
        }
    }

    /// True for bytes embedded in the program.
    pub fn is_static(&self) -> bool {
        matches!(self.data, Data::Static(_) | Data::Embedded(_))
    }
}

impl Deref for Bytes {
    type Target = [u8];
    #[inline]
    fn deref(&self) -> &[u8] {
        match &self.data {
            Data::Static(b) => &b[self.start..self.end],
            Data::Shared(b) => &b.as_slice()[self.start..self.end],
            Data::Embedded(b) => &b.as_slice()[self.start..self.end],
        }
    }
}

impl PartialEq for Bytes {
    fn eq(&self, other: &Bytes) -> bool {
        **self == **other
    }
}

impl Eq for Bytes {}

impl fmt::Debug for Bytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Bytes({} bytes)", self.len())
    }
}

/// One cache line: the unit of an [`Aligned`] copy.
#[derive(Clone, Copy)]
#[repr(C, align(64))]
struct Line([u8; LINE]);

/// Bytes in memory that starts on a cache line (64 bytes).
pub(crate) struct Aligned {
    lines: Box<[Line]>,
    len: usize,
}

impl Aligned {
    fn new(b: &[u8]) -> Aligned {
        let mut lines = vec![Line([0; LINE]); b.len().div_ceil(LINE)].into_boxed_slice();
        for (line, chunk) in lines.iter_mut().zip(b.chunks(LINE)) {
            line.0[..chunk.len()].copy_from_slice(chunk);
        }
        Aligned {
            lines,
            len: b.len(),
        }
    }

    fn as_slice(&self) -> &[u8] {
        // SAFETY: `Line` is 64 plain bytes without padding (`repr(C)`, size 64 = align),
        // so the boxed lines are `64 * lines.len() >= len` initialized bytes.
        unsafe { std::slice::from_raw_parts(self.lines.as_ptr() as *const u8, self.len) }
    }
}

/// A read-only copy of embedded model bytes in anonymous memory aligned to 2 MiB and
/// marked for transparent huge pages.
///
/// The models are hash tables probed at random, some 150 lookups per token: with 4 KiB
/// pages their 21 MB span about 5,000 pages, far more than the processor's TLB holds, so
/// most lookups also pay a page walk. In 2 MiB pages the whole of them fits in a dozen
/// TLB entries.
pub(crate) struct HugeCopy {
    /// Start of the mapping.
    map: *mut u8,
    /// Length of the mapping.
    map_len: usize,
    /// Offset of the bytes in the mapping (the first 2 MiB boundary).
    offset: usize,
    len: usize,
}

// SAFETY: the memory is written once, in `HugeCopy::new`, before the value can be
// shared, and only read after.
unsafe impl Send for HugeCopy {}
// SAFETY: as above: read-only after construction.
unsafe impl Sync for HugeCopy {}

impl HugeCopy {
    const HUGE_PAGE: usize = 2 << 20;

    /// A copy of `b`; `None` when the system gives no memory for it (or is not Linux).
    #[cfg(target_os = "linux")]
    fn new(b: &'static [u8]) -> Option<HugeCopy> {
        let map_len = b.len().next_multiple_of(Self::HUGE_PAGE) + Self::HUGE_PAGE;
        // SAFETY: an anonymous private mapping, checked for failure below.
        let map = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                map_len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if map == libc::MAP_FAILED {
            return None;
        }
        let map = map as *mut u8;
        let offset = (map as usize).next_multiple_of(Self::HUGE_PAGE) - map as usize;
        // SAFETY: offset < HUGE_PAGE, so offset..offset + b.len() lies inside the mapping,
        // which is fresh and writable; the advice only changes how it is backed.
        unsafe {
            let dst = map.add(offset);
            libc::madvise(dst as *mut libc::c_void, b.len(), libc::MADV_HUGEPAGE);
            std::ptr::copy_nonoverlapping(b.as_ptr(), dst, b.len());
        }
        // the embedded pages are never read again: give them back
        release_static(b);
        Some(HugeCopy {
            map,
            map_len,
            offset,
            len: b.len(),
        })
    }

    #[cfg(not(target_os = "linux"))]
    fn new(_: &'static [u8]) -> Option<HugeCopy> {
        None
    }

    fn as_slice(&self) -> &[u8] {
        // SAFETY: the bytes written in `new`, alive as long as `self`.
        unsafe { std::slice::from_raw_parts(self.map.add(self.offset), self.len) }
    }
}

impl Drop for HugeCopy {
    fn drop(&mut self) {
        #[cfg(target_os = "linux")]
        // SAFETY: unmaps exactly the mapping made in `new`, no longer referenced.
        unsafe {
            libc::munmap(self.map as *mut libc::c_void, self.map_len);
        }
    }
}

/// Drops the whole pages of `b`, data embedded in the program and read already, from
/// the process's memory. They are the program file's, so this changes no byte that can be
/// read: a later read would load them again. Keeps the peak memory of a run down to what
/// it uses after loading.
pub(crate) fn release_static(b: &'static [u8]) {
    #[cfg(target_os = "linux")]
    {
        let page = 4096;
        let (start, end) = (
            (b.as_ptr() as usize).next_multiple_of(page),
            (b.as_ptr() as usize + b.len()) / page * page,
        );
        if end > start {
            // SAFETY: whole pages inside `b`, a read-only mapping of the program file;
            // dropping them changes no byte that can be read.
            unsafe { libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_DONTNEED) };
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = b;
}

/// A read-only array of little-endian `u64` values inside model bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct U64s(Bytes);

impl U64s {
    /// The values of `v`, encoded.
    pub fn from_vec(v: &[u64]) -> U64s {
        U64s(Bytes::from_vec(
            v.iter().flat_map(|x| x.to_le_bytes()).collect(),
        ))
    }

    /// Number of values.
    pub fn len(&self) -> usize {
        self.0.len() / 8
    }

    /// The encoded bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The raw bytes for a batch of reads with [`get_u64`].
    #[inline]
    pub fn raw(&self) -> &[u8] {
        &self.0
    }

    /// Every value.
    pub fn iter(&self) -> impl Iterator<Item = u64> + '_ {
        self.0
            .chunks_exact(8)
            .map(|c| u64::from_le_bytes(c.try_into().expect("8 bytes")))
    }
}

/// Value `i` of little-endian `u64`s in `b`, 0 past the end.
#[inline]
pub(crate) fn get_u64(b: &[u8], i: usize) -> u64 {
    match b.get(i * 8..i * 8 + 8) {
        Some(c) => u64::from_le_bytes(c.try_into().expect("8 bytes")),
        None => 0,
    }
}

/// The file magic.
pub(crate) const MAGIC: &[u8; 8] = b"AGNLPMDL";
/// The format version this build reads and writes. Bump it whenever the layout of any
/// section or the meaning of a feature template changes.
pub(crate) const FORMAT_VERSION: u32 = 6;

/// The version before tables were aligned (see the module documentation): the same
/// sections without the padding, still read.
pub(crate) const UNALIGNED_VERSION: u32 = 5;

/// A cache line: sections, hash tables and dense rows start on multiples of it.
pub(crate) const LINE: usize = 64;

/// Pads `out`, the bytes of one section so far, with zeros to a multiple of [`LINE`]:
/// what is written next starts on a cache line (see [`Cursor::align`]).
pub(crate) fn pad_to_line(out: &mut Vec<u8>) {
    out.resize(out.len().next_multiple_of(LINE), 0);
}

const HEADER: usize = 24;

/// A word-at-a-time checksum: fast enough to verify megabytes in about a millisecond,
/// and any flipped or truncated byte changes it.
pub(crate) fn checksum(bytes: &[u8]) -> u64 {
    let mut h = 0x243f_6a88_85a3_08d3u64 ^ bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let v = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        h = (h ^ v).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(23);
    }
    for &b in chunks.remainder() {
        h = (h ^ b as u64)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .rotate_left(23);
    }
    super::features::fmix64(h)
}

/// Builds a model file from sections.
#[derive(Debug)]
pub(crate) struct ModelWriter {
    kind: [u8; 4],
    payload: Vec<u8>,
}

impl ModelWriter {
    /// A file of model kind `kind`.
    pub fn new(kind: &[u8; 4]) -> ModelWriter {
        ModelWriter {
            kind: *kind,
            payload: Vec::new(),
        }
    }

    /// Appends a section, its bytes starting on a cache line of the file.
    pub fn section(&mut self, tag: &[u8; 4], bytes: &[u8]) {
        self.payload.extend_from_slice(tag);
        self.payload.extend_from_slice(&[0; 4]);
        self.payload
            .extend_from_slice(&(bytes.len() as u64).to_le_bytes());
        let start = (HEADER + self.payload.len()).next_multiple_of(LINE) - HEADER;
        self.payload.resize(start, 0);
        self.payload.extend_from_slice(bytes);
        while !self.payload.len().is_multiple_of(8) {
            self.payload.push(0);
        }
    }

    /// The complete file.
    pub fn finish(self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.payload.len() + HEADER + 8);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&self.kind);
        out.extend_from_slice(&(self.payload.len() as u64).to_le_bytes());
        out.extend_from_slice(&self.payload);
        out.extend_from_slice(&checksum(&self.payload).to_le_bytes());
        out
    }
}

/// The sections of a verified model file.
#[derive(Debug)]
pub(crate) struct ModelReader<'a> {
    what: &'a str,
    sections: Vec<([u8; 4], Bytes)>,
    /// Whether the file lays its tables out on cache lines (version 6, not 5).
    aligned: bool,
}

impl<'a> ModelReader<'a> {
    /// Verifies the header, version, kind and checksum of `file`; `what` names the
    /// model in errors. The checksum of a model embedded in the program is not
    /// recomputed: it was verified when the program was built (see the tests) and
    /// reading all of it would cost more than the rest of loading together.
    pub fn new(what: &'a str, file: &Bytes, kind: &[u8; 4]) -> Result<ModelReader<'a>> {
        let bytes: &[u8] = file;
        let err = |reason: String| Error::Model {
            what: what.to_string(),
            reason,
        };
        if bytes.len() < HEADER + 8 {
            return Err(err(format!(
                "truncated model file ({} bytes, shorter than the header)",
                bytes.len()
            )));
        }
        if &bytes[..8] != MAGIC {
            return Err(err("not an actorgraph model file (bad magic)".into()));
        }
        let version = u32::from_le_bytes(bytes[8..12].try_into().expect("4 bytes"));
        if version != FORMAT_VERSION && version != UNALIGNED_VERSION {
            return Err(err(format!(
                "model format version {version}, this build reads version {FORMAT_VERSION} \
                 (and {UNALIGNED_VERSION}); retrain with `cargo run --release --features \
                 train --bin train` or use matching models"
            )));
        }
        let aligned = version == FORMAT_VERSION;
        if &bytes[12..16] != kind {
            return Err(err(format!(
                "wrong model kind {:?}, expected {:?}",
                String::from_utf8_lossy(&bytes[12..16]),
                String::from_utf8_lossy(kind)
            )));
        }
        let len = u64::from_le_bytes(bytes[16..24].try_into().expect("8 bytes"));
        let expected = (HEADER as u64)
            .checked_add(len)
            .and_then(|n| n.checked_add(8));
        if expected != Some(bytes.len() as u64) {
            return Err(err(format!(
                "truncated or padded model file: {} bytes, the header says {}",
                bytes.len(),
                expected.map_or_else(|| "an impossible size".to_string(), |n| n.to_string())
            )));
        }
        let payload = &bytes[HEADER..HEADER + len as usize];
        let stored = u64::from_le_bytes(bytes[bytes.len() - 8..].try_into().expect("8 bytes"));
        if !file.is_static() && checksum(payload) != stored {
            return Err(err("corrupt model file (checksum mismatch)".into()));
        }
        let mut sections = Vec::new();
        let mut rest = payload;
        let mut offset = HEADER;
        while !rest.is_empty() {
            if rest.len() < 16 {
                return Err(err("corrupt section header".into()));
            }
            let tag: [u8; 4] = rest[..4].try_into().expect("4 bytes");
            let n = u64::from_le_bytes(rest[8..16].try_into().expect("8 bytes"));
            let name = String::from_utf8_lossy(&tag);
            // the bytes start on the next cache line of the file (version 6)
            let head = if aligned {
                (offset + 16).next_multiple_of(LINE) - offset
            } else {
                16
            };
            let Some(pad) = rest.get(16..head) else {
                return Err(err(format!(
                    "corrupt section {name:?} (length past the end)"
                )));
            };
            if pad.iter().any(|&b| b != 0) {
                return Err(err(format!(
                    "corrupt section {name:?} (padding before its bytes is not zero)"
                )));
            }
            let padded = n.checked_add(7).map(|p| p & !7);
            let Some(padded) = padded.filter(|&p| p <= (rest.len() - head) as u64) else {
                return Err(err(format!(
                    "corrupt section {name:?} (length past the end)"
                )));
            };
            sections.push((tag, file.slice(offset + head, offset + head + n as usize)));
            rest = &rest[head + padded as usize..];
            offset += head + padded as usize;
        }
        Ok(ModelReader {
            what,
            sections,
            aligned,
        })
    }

    /// A cursor over the bytes of section `tag`, reading the tables laid out as this
    /// file's version lays them out.
    pub fn cursor(&self, tag: &[u8; 4]) -> Result<Cursor> {
        let mut c = Cursor::new(self.section(tag)?);
        c.aligned = self.aligned;
        Ok(c)
    }

    /// The bytes of section `tag`.
    pub fn section(&self, tag: &[u8; 4]) -> Result<Bytes> {
        self.sections
            .iter()
            .find(|(t, _)| t == tag)
            .map(|(_, b)| b.clone())
            .ok_or_else(|| {
                self.error(format!(
                    "missing section {:?}",
                    String::from_utf8_lossy(tag)
                ))
            })
    }

    /// An error about this model.
    pub fn error(&self, reason: String) -> Error {
        Error::Model {
            what: self.what.to_string(),
            reason,
        }
    }
}

/// Reads little-endian values from a section, failing cleanly at its end.
#[derive(Debug)]
pub(crate) struct Cursor {
    bytes: Bytes,
    pos: usize,
    /// Whether [`Cursor::align`] skips padding (files of the current version) or nothing
    /// (version 5).
    aligned: bool,
}

impl Cursor {
    /// A cursor at the start of `bytes`, laid out as the current version lays out a
    /// section.
    pub fn new(bytes: Bytes) -> Cursor {
        Cursor {
            bytes,
            pos: 0,
            aligned: true,
        }
    }

    /// Skips the zero padding up to the next cache line of the section (what
    /// [`pad_to_line`] wrote); `None` when it is past the end or not zero. In a file of
    /// version 5 there is none.
    pub fn align(&mut self) -> Option<()> {
        if !self.aligned {
            return Some(());
        }
        let end = self.pos.next_multiple_of(LINE);
        if self.bytes.get(self.pos..end)?.iter().any(|&b| b != 0) {
            return None;
        }
        self.pos = end;
        Some(())
    }

    /// A cursor over a copy of `bytes`.
    #[cfg(test)]
    pub fn copied(bytes: &[u8]) -> Cursor {
        Cursor::new(Bytes::from_vec(bytes.to_vec()))
    }

    /// The next `n` bytes.
    pub fn take(&mut self, n: usize) -> Option<Bytes> {
        let end = self.pos.checked_add(n)?;
        if end > self.bytes.len() {
            return None;
        }
        let s = self.bytes.slice(self.pos, end);
        self.pos = end;
        Some(s)
    }

    fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        let end = self.pos.checked_add(N)?;
        let a = self.bytes.get(self.pos..end)?.try_into().ok()?;
        self.pos = end;
        Some(a)
    }

    /// The next u8.
    pub fn u8(&mut self) -> Option<u8> {
        self.array::<1>().map(|b| b[0])
    }

    /// The next u16.
    pub fn u16(&mut self) -> Option<u16> {
        self.array().map(u16::from_le_bytes)
    }

    /// The next u32.
    pub fn u32(&mut self) -> Option<u32> {
        self.array().map(u32::from_le_bytes)
    }

    /// The next u64.
    pub fn u64(&mut self) -> Option<u64> {
        self.array().map(u64::from_le_bytes)
    }

    /// The next `n` u64 values, in place.
    pub fn u64s(&mut self, n: usize) -> Option<U64s> {
        self.take(n.checked_mul(8)?).map(U64s)
    }

    /// True when every byte has been read.
    pub fn at_end(&self) -> bool {
        self.pos == self.bytes.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<u8> {
        let mut w = ModelWriter::new(b"TEST");
        w.section(b"AAAA", b"hello");
        w.section(b"BBBB", &[1, 2, 3, 4, 5, 6, 7, 8, 9]);
        w.finish()
    }

    #[test]
    fn sections_round_trip() {
        let bytes = sample();
        let r = ModelReader::new("test", &Bytes::from_vec(bytes), b"TEST").unwrap();
        assert_eq!(&*r.section(b"AAAA").unwrap(), b"hello");
        assert_eq!(&*r.section(b"BBBB").unwrap(), &[1, 2, 3, 4, 5, 6, 7, 8, 9]);
        let e = r.section(b"CCCC").unwrap_err().to_string();
        assert_eq!(e, "test: missing section \"CCCC\"");
    }

    #[test]
    fn version_mismatch_is_a_clear_error() {
        let mut bytes = sample();
        bytes[8..12].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
        let e = ModelReader::new("tagger", &Bytes::from_vec(bytes), b"TEST")
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with(&format!(
                "tagger: model format version {}, this build reads version {FORMAT_VERSION}",
                FORMAT_VERSION + 1
            )),
            "{e}"
        );
    }

    #[test]
    fn truncated_corrupt_and_foreign_files_are_errors() {
        let bytes = sample();
        for cut in [0, 5, 23, 30, bytes.len() - 1] {
            let e = ModelReader::new("m", &Bytes::from_vec(bytes[..cut].to_vec()), b"TEST")
                .unwrap_err()
                .to_string();
            assert!(e.contains("truncated"), "cut {cut}: {e}");
        }
        let mut flipped = bytes.clone();
        flipped[30] ^= 1;
        let e = ModelReader::new("m", &Bytes::from_vec(flipped), b"TEST")
            .unwrap_err()
            .to_string();
        assert_eq!(e, "m: corrupt model file (checksum mismatch)");
        let e = ModelReader::new("m", &Bytes::from_vec(bytes.clone()), b"PARS")
            .unwrap_err()
            .to_string();
        assert!(e.contains("wrong model kind"), "{e}");
        // an embedded model skips the checksum but not the header checks
        let stat: &'static [u8] = Box::leak(flipped_header(&bytes).into_boxed_slice());
        let e = ModelReader::new("m", &Bytes::from_static(stat), b"TEST")
            .unwrap_err()
            .to_string();
        assert!(e.contains("model format version"), "{e}");
        let e = ModelReader::new(
            "m",
            &Bytes::from_static(b"hello world, this is not a model file!"),
            b"TEST",
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("bad magic"), "{e}");
    }

    /// `bytes` with the checksum made right again after an edit of the payload.
    fn resealed(mut bytes: Vec<u8>) -> Vec<u8> {
        let n = bytes.len();
        let sum = checksum(&bytes[HEADER..n - 8]);
        bytes[n - 8..].copy_from_slice(&sum.to_le_bytes());
        bytes
    }

    #[test]
    fn sections_start_on_cache_lines_and_their_padding_must_be_zero() {
        let bytes = sample();
        // the first section's bytes start at offset 64, the second's at 128
        assert_eq!(&bytes[64..69], b"hello");
        assert_eq!(&bytes[128..137], &[1, 2, 3, 4, 5, 6, 7, 8, 9]);
        assert!(bytes[40..64].iter().all(|&b| b == 0));
        for at in [40, 63, 88, 127] {
            let mut bad = bytes.clone();
            bad[at] = 1;
            let e = ModelReader::new(
                "tagger.agm",
                &Bytes::from_vec(resealed(bad.clone())),
                b"TEST",
            )
            .unwrap_err()
            .to_string();
            let tag = if at < 64 { "AAAA" } else { "BBBB" };
            assert_eq!(
                e,
                format!(
                    "tagger.agm: corrupt section \"{tag}\" (padding before its bytes is not zero)"
                )
            );
            // also in an embedded file, whose checksum is not recomputed
            let stat: &'static [u8] = Box::leak(bad.into_boxed_slice());
            let e = ModelReader::new("m", &Bytes::from_static(stat), b"TEST").unwrap_err();
            assert!(e.to_string().contains("padding"), "{e}");
        }
        // a section header whose padding runs past the end
        let mut w = ModelWriter::new(b"TEST");
        w.section(b"AAAA", b"");
        let mut short = w.finish();
        short.truncate(24 + 16 + 8);
        short[16..24].copy_from_slice(&24u64.to_le_bytes());
        let short = resealed([short, vec![0; 8]].concat());
        let e = ModelReader::new("m", &Bytes::from_vec(short), b"TEST").unwrap_err();
        assert!(e.to_string().contains("length past the end"), "{e}");
    }

    #[test]
    fn a_file_of_version_5_is_read_without_padding() {
        // the sample's sections as version 5 wrote them: no padding before the bytes
        let mut payload = Vec::new();
        for (tag, b) in [
            (b"AAAA", &b"hello"[..]),
            (b"BBBB", &[1, 2, 3, 4, 5, 6, 7, 8, 9]),
        ] {
            payload.extend_from_slice(tag);
            payload.extend_from_slice(&[0; 4]);
            payload.extend_from_slice(&(b.len() as u64).to_le_bytes());
            payload.extend_from_slice(b);
            payload.resize(payload.len().next_multiple_of(8), 0);
        }
        let mut bytes = MAGIC.to_vec();
        bytes.extend_from_slice(&UNALIGNED_VERSION.to_le_bytes());
        bytes.extend_from_slice(b"TEST");
        bytes.extend_from_slice(&(payload.len() as u64).to_le_bytes());
        bytes.extend_from_slice(&payload);
        bytes.extend_from_slice(&checksum(&payload).to_le_bytes());
        let r = ModelReader::new("test", &Bytes::from_vec(bytes), b"TEST").unwrap();
        assert_eq!(&*r.section(b"AAAA").unwrap(), b"hello");
        assert_eq!(&*r.section(b"BBBB").unwrap(), &[1, 2, 3, 4, 5, 6, 7, 8, 9]);
        // and its cursors skip no padding
        let mut c = r.cursor(b"AAAA").unwrap();
        assert_eq!(c.u8(), Some(b'h'));
        assert_eq!(c.align(), Some(()));
        assert_eq!(c.u8(), Some(b'e'));
    }

    #[test]
    fn cursor_aligns_over_zeros_only() {
        let mut b = vec![7u8; 1];
        pad_to_line(&mut b);
        b.push(9);
        assert_eq!(b.len(), 65);
        let mut c = Cursor::copied(&b);
        assert_eq!(c.u8(), Some(7));
        assert_eq!(c.align(), Some(()));
        assert_eq!(c.u8(), Some(9));
        assert_eq!(c.align(), None, "padding past the end");
        b[10] = 1;
        let mut c = Cursor::copied(&b);
        c.u8();
        assert_eq!(c.align(), None, "padding not zero");
        // owned bytes start on a cache line
        assert_eq!(Bytes::from_vec(b).as_ptr() as usize % LINE, 0);
    }

    fn flipped_header(bytes: &[u8]) -> Vec<u8> {
        let mut b = bytes.to_vec();
        b[8] ^= 0x40;
        b
    }

    #[test]
    fn embedded_bytes_read_as_written_and_stay_trusted() {
        // a model embedded in the program: bigger than a huge page, not page-aligned
        static BIG: &[u8] = crate::nlp::DEFAULT_NER;
        assert!(BIG.len() > 3 << 20);
        let bytes = Bytes::embedded(&BIG[3..]);
        assert_eq!(&*bytes, &BIG[3..]);
        assert!(bytes.is_static());
        let part = bytes.slice(1000, 2000);
        assert_eq!(&*part, &BIG[1003..2003]);
        drop(bytes);
        // the copy outlives the handle it was sliced from
        assert_eq!(&*part, &BIG[1003..2003]);
        // the embedded pages given back still read the same
        assert_eq!(Bytes::embedded(BIG)[..], *BIG);
    }

    #[test]
    fn cursor_stops_at_the_end() {
        let mut c = Cursor::copied(&[1, 0, 0, 0, 2]);
        assert_eq!(c.u32(), Some(1));
        assert_eq!(c.u32(), None);
        assert_eq!(c.u8(), Some(2));
        assert!(c.at_end());
    }
}
