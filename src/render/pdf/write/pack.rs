//! Write stage, bytes: stream compression (one reusable zlib compressor per thread) and
//! the `/ID` fingerprint of the finished file.

use flate2::{Compress, Compression, FlushCompress, Status};
use lopdf::{Object, ObjectId};
use rayon::prelude::*;

/// Deflate level for streams. Measured on 1,000 stories (one thread, PDF alone): level 6
/// took 2.84 s and gave 19.3 MB, level 3 2.52 s and 21.4 MB, level 2 2.37 s and 23.0 MB,
/// level 1 2.34 s and 31.4 MB. Level 2 (zlib's fast strategy) buys a sixth of the PDF's
/// time for a fifth more bytes; level 1 would add another third of the size for little.
const COMPRESSION: u32 = 2;

/// A content stream: its bytes and whether they are deflated.
pub(super) struct Packed {
    pub(super) bytes: Vec<u8>,
    pub(super) deflated: bool,
}

/// A zlib compressor kept for many streams: a fresh one allocates and zeroes a few
/// hundred kilobytes of tables, which for thousands of page streams cost more than the
/// compressing (the kernel clearing fresh pages was a sixth of a 1,000-story build).
pub(super) struct Deflater(Compress);

impl Deflater {
    pub(super) fn new() -> Self {
        Deflater(Compress::new(Compression::new(COMPRESSION), true))
    }

    /// `raw` deflated, or as it is when deflating does not make it smaller.
    pub(super) fn pack(&mut self, raw: Vec<u8>) -> Packed {
        self.0.reset();
        let mut out = Vec::with_capacity(raw.len() / 3 + 64);
        let packed = loop {
            let read = usize::try_from(self.0.total_in()).unwrap_or(raw.len());
            match self
                .0
                .compress_vec(&raw[read.min(raw.len())..], &mut out, FlushCompress::Finish)
            {
                Ok(Status::StreamEnd) => break true,
                // Out of room: grow and go on.
                Ok(_) => out.reserve(out.capacity().max(1024)),
                Err(_) => break false,
            }
        };
        if packed && out.len() + 19 < raw.len() {
            Packed {
                bytes: out,
                deflated: true,
            }
        } else {
            Packed {
                bytes: raw,
                deflated: false,
            }
        }
    }
}

/// Deflates every stream that has no filter yet, in parallel; results are put back in
/// object order, so the output does not depend on scheduling.
pub(super) fn compress(lo: &mut lopdf::Document) {
    let jobs: Vec<(ObjectId, Vec<u8>)> = lo
        .objects
        .iter_mut()
        .filter_map(|(id, obj)| match obj {
            Object::Stream(s) if s.allows_compression && !s.dict.has(b"Filter") => {
                Some((*id, std::mem::take(&mut s.content)))
            }
            _ => None,
        })
        .collect();
    let done: Vec<(ObjectId, Packed)> = jobs
        .into_par_iter()
        .map_init(Deflater::new, |z, (id, raw)| (id, z.pack(raw)))
        .collect();
    for (id, packed) in done {
        if let Some(Object::Stream(s)) = lo.objects.get_mut(&id) {
            if packed.deflated {
                s.dict.set("Filter", "FlateDecode");
            }
            s.set_content(packed.bytes);
        }
    }
}

/// Replaces the zero `/ID` placeholder (the last one in the file: the trailer) with a
/// 128-bit fingerprint of the whole file.
pub(crate) fn set_id(out: &mut [u8]) {
    let hex = |v: &[u8]| v.iter().map(|b| format!("{b:02X}")).collect::<String>();
    let zeros = hex(&[0u8; 16]);
    let pattern = format!("<{zeros}>");
    let value = format!("<{}>", hex(&fingerprint(out)));
    let p = pattern.as_bytes();
    // Both array entries: the trailer is at the end, so search backwards.
    let mut end = out.len();
    for _ in 0..2 {
        let Some(at) = out[..end].windows(p.len()).rposition(|w| w == p) else {
            return;
        };
        out[at..at + p.len()].copy_from_slice(value.as_bytes());
        end = at;
    }
}

/// A 128-bit fingerprint of `bytes`: two independent multiply-rotate lanes over 8-byte
/// words, then a final avalanche. Not a security hash: `/ID` only has to change when
/// the content does, and this reads a 20 MB file in a few milliseconds.
fn fingerprint(bytes: &[u8]) -> [u8; 16] {
    const K1: u64 = 0x9E37_79B9_7F4A_7C15;
    const K2: u64 = 0xC2B2_AE3D_27D4_EB4F;
    let mut a = 0x243F_6A88_85A3_08D3_u64 ^ bytes.len() as u64;
    let mut b = 0x1319_8A2E_0370_7344_u64;
    let mut mix = |w: u64| {
        a = (a ^ w).wrapping_mul(K1).rotate_left(31);
        b = (b.rotate_left(27) ^ w).wrapping_mul(K2);
    };
    let mut words = bytes.chunks_exact(8);
    for c in &mut words {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        mix(u64::from_le_bytes(w));
    }
    let mut tail = [0u8; 8];
    tail[..words.remainder().len()].copy_from_slice(words.remainder());
    mix(u64::from_le_bytes(tail));
    let avalanche = |mut h: u64| {
        h ^= h >> 33;
        h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
        h ^= h >> 33;
        h = h.wrapping_mul(0xC4CE_B9FE_1A85_EC53);
        h ^ (h >> 33)
    };
    let mut id = [0u8; 16];
    id[..8].copy_from_slice(&avalanche(a ^ b.rotate_left(17)).to_be_bytes());
    id[8..].copy_from_slice(&avalanche(b ^ a.rotate_left(43)).to_be_bytes());
    id
}

#[cfg(test)]
mod tests {
    #[test]
    fn fingerprint_sees_every_byte() {
        let base = vec![7u8; 29];
        let id = super::fingerprint(&base);
        assert_eq!(id, super::fingerprint(&base.clone()));
        for i in 0..base.len() {
            let mut other = base.clone();
            other[i] ^= 1;
            assert_ne!(id, super::fingerprint(&other), "byte {i}");
        }
        assert_ne!(id, super::fingerprint(&base[..28]));
    }
}
